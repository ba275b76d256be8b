package fr.orthocab.support.secrets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Masks every secret a text holds, each replaced by its kind's placeholder, and counts them by
 * kind. Detectors run in order of how sure they are: a span one of them masked is not looked at by
 * the next (a NIR is never also a card). Pure and thread-safe.
 */
public final class SecretMasking {
  private static final List<SecretDetector> DETECTORS =
      List.of(new Ibans(), new NirNumbers(), new CardNumbers(), new Passwords());

  private SecretMasking() {}

  /** The text with its secrets masked; null stays null. */
  public static Masked mask(String text) {
    if (text == null || text.isEmpty()) {
      return new Masked(text, Map.of());
    }
    List<FoundSecret> kept = find(text);
    if (kept.isEmpty()) {
      return new Masked(text, Map.of());
    }
    kept.sort(Comparator.comparingInt(FoundSecret::start));
    StringBuilder masked = new StringBuilder(text.length());
    Map<SecretKind, Integer> counts = new EnumMap<>(SecretKind.class);
    int at = 0;
    for (FoundSecret secret : kept) {
      masked.append(text, at, secret.start()).append(secret.kind().placeholder());
      counts.merge(secret.kind(), 1, Integer::sum);
      at = secret.end();
    }
    masked.append(text, at, text.length());
    return new Masked(masked.toString(), counts);
  }

  /** The secrets of that text, found but not masked (for tests and the labelled set). */
  static List<FoundSecret> find(String text) {
    List<FoundSecret> placeholders = placeholdersIn(text);
    List<FoundSecret> kept = new ArrayList<>(placeholders);
    for (SecretDetector detector : DETECTORS) {
      for (FoundSecret found : detector.find(text)) {
        if (kept.stream().noneMatch(found::overlaps)) {
          kept.add(found);
        }
      }
    }
    kept.removeAll(placeholders);
    return kept;
  }

  /** Placeholders already in the text (masked once before), which are no secret to mask again. */
  private static List<FoundSecret> placeholdersIn(String text) {
    List<FoundSecret> found = new ArrayList<>();
    for (SecretKind kind : SecretKind.values()) {
      for (int at = text.indexOf(kind.placeholder());
          at >= 0;
          at = text.indexOf(kind.placeholder(), at + 1)) {
        found.add(new FoundSecret(kind, at, at + kind.placeholder().length()));
      }
    }
    return found;
  }
}
