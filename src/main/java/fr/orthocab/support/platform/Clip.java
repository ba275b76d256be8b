package fr.orthocab.support.platform;

/**
 * Text cut to fit a column: never in the middle of a character that takes two UTF-16 units (an
 * emoji in a subject would otherwise leave half a character that PostgreSQL refuses to store).
 */
public final class Clip {
  private static final String ELLIPSIS = "…";

  private Clip() {}

  /**
   * At most {@code max} characters of the text (null stays null; nothing when max is 0 or less).
   */
  public static String to(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    if (max <= 0) {
      return "";
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }

  /**
   * At most the last {@code max} characters of the text (null stays null): what ends a name, such
   * as a file's extension, matters more than its start.
   */
  public static String last(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    if (max <= 0) {
      return "";
    }
    int start = text.length() - max;
    return text.substring(Character.isLowSurrogate(text.charAt(start)) ? start + 1 : start);
  }

  /**
   * The same as {@link #to}, its end marked with an ellipsis when something was cut, shown to
   * people.
   */
  public static String marked(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return to(text, max - ELLIPSIS.length()) + ELLIPSIS;
  }
}
