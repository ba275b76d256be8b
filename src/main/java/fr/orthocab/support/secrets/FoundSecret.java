package fr.orthocab.support.secrets;

/** A secret's place in a text: from {@code start} included to {@code end} excluded. */
public record FoundSecret(SecretKind kind, int start, int end) {
  public FoundSecret {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("Empty or negative span " + start + ".." + end);
    }
  }

  boolean overlaps(FoundSecret other) {
    return start < other.end && other.start < end;
  }
}
