package fr.orthocab.support.satisfaction;

/** Good and bad answers of one group (a week, a pack, an agent, a category), and their rate. */
public record RateRow(String key, long good, long bad) {
  public long getGood() {
    return good;
  }

  public long getBad() {
    return bad;
  }

  public String getKey() {
    return key;
  }

  public long getAnswers() {
    return good + bad;
  }

  /** good / (good + bad); null without answers. */
  public Double getRate() {
    long answers = good + bad;
    return answers == 0 ? null : (double) good / answers;
  }
}
