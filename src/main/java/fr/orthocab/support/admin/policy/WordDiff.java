package fr.orthocab.support.admin.policy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two texts, word by word (whitespace after a word does not count), as a
 * supervisor reviews a new version of the policy: runs of kept, removed and added text, long kept
 * runs shortened to their ends. The common start and end are set aside first, so that the longest
 * common subsequence runs on the edited middle only; a middle too long for it reads as all removed,
 * then all added.
 */
public final class WordDiff {
  /** A run of text kept, removed or added. */
  public record Run(Kind kind, String text) implements Serializable {}

  public enum Kind {
    KEPT,
    REMOVED,
    ADDED
  }

  static final int CONTEXT_WORDS = 8;
  private static final int MAX_MIDDLE = 2_000;
  private static final Pattern TOKEN = Pattern.compile("\\S+\\s*|\\s+");

  private WordDiff() {}

  /** The runs from one text to the other (null reads as empty); none when they are equal. */
  public static List<Run> between(String before, String after) {
    List<String> a = tokens(before);
    List<String> b = tokens(after);
    if (a.equals(b)) {
      return List.of();
    }
    int start = 0;
    while (start < a.size() && start < b.size() && same(a.get(start), b.get(start))) {
      start++;
    }
    int endA = a.size();
    int endB = b.size();
    while (endA > start && endB > start && same(a.get(endA - 1), b.get(endB - 1))) {
      endA--;
      endB--;
    }
    List<Run> runs = new ArrayList<>();
    add(runs, Kind.KEPT, b.subList(0, start));
    middle(runs, a.subList(start, endA), b.subList(start, endB));
    add(runs, Kind.KEPT, b.subList(endB, b.size()));
    return shortened(runs);
  }

  private static void middle(List<Run> runs, List<String> a, List<String> b) {
    if (a.size() > MAX_MIDDLE || b.size() > MAX_MIDDLE) {
      add(runs, Kind.REMOVED, a);
      add(runs, Kind.ADDED, b);
      return;
    }
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] =
            same(a.get(i), b.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      if (same(a.get(i), b.get(j))) {
        add(runs, Kind.KEPT, List.of(b.get(j++)));
        i++;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        add(runs, Kind.REMOVED, List.of(a.get(i++)));
      } else {
        add(runs, Kind.ADDED, List.of(b.get(j++)));
      }
    }
    add(runs, Kind.REMOVED, a.subList(i, a.size()));
    add(runs, Kind.ADDED, b.subList(j, b.size()));
  }

  /** Appends tokens to the last run when of the same kind. */
  private static void add(List<Run> runs, Kind kind, List<String> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    String text = String.join("", tokens);
    int last = runs.size() - 1;
    if (last >= 0 && runs.get(last).kind() == kind) {
      runs.set(last, new Run(kind, runs.get(last).text() + text));
    } else {
      runs.add(new Run(kind, text));
    }
  }

  /** Kept runs longer than the context keep their ends near the changes only. */
  private static List<Run> shortened(List<Run> runs) {
    List<Run> shown = new ArrayList<>();
    for (int k = 0; k < runs.size(); k++) {
      Run run = runs.get(k);
      if (run.kind() != Kind.KEPT) {
        shown.add(run);
        continue;
      }
      List<String> words = tokens(run.text());
      int limit = CONTEXT_WORDS * 2;
      boolean first = k == 0;
      boolean last = k == runs.size() - 1;
      int keepStart = first ? 0 : limit;
      int keepEnd = last ? 0 : limit;
      if (words.size() <= keepStart + keepEnd + 2) {
        shown.add(run);
      } else {
        String head = String.join("", words.subList(0, keepStart));
        String tail = String.join("", words.subList(words.size() - keepEnd, words.size()));
        shown.add(new Run(Kind.KEPT, head + (first ? "… " : " … ") + tail));
      }
    }
    return shown;
  }

  /** Words are the same whatever whitespace follows them. */
  private static boolean same(String one, String other) {
    return one.strip().equals(other.strip());
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    Matcher token = TOKEN.matcher(text);
    while (token.find()) {
      tokens.add(token.group());
    }
    return tokens;
  }
}
