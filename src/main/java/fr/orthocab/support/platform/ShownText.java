package fr.orthocab.support.platform;

/**
 * Text that people read (subjects, names, file names, messages) cleared of what hides or disguises
 * it: NUL and the other control characters, the bidirectional overrides, embeddings, isolates and
 * marks that reorder what is shown ({@code facture\u202Etxt.exe} reads as "factureexe.txt"), and
 * lone surrogates, which no database encoding keeps (PostgreSQL stored them as "?"). Where the
 * sender can fix its input (the API) such text is refused with {@link #faultIn}; mail, which cannot
 * be sent back, is neutralised with {@link #line} or {@link #paragraphs}.
 */
public final class ShownText {
  /** What replaces a lone surrogate, as a UTF-8 decoder replaces an invalid sequence. */
  public static final char REPLACEMENT = '\uFFFD';

  private ShownText() {}

  /**
   * Why that text cannot be shown as it is, in the API's words, or null when it can.
   *
   * @param multiline whether tab and line breaks belong in it (a message body, not a subject)
   */
  public static String faultIn(String text, boolean multiline) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isPairAt(text, i)) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return "must not contain a lone surrogate (invalid UTF-16)";
      } else if (isControl(c, multiline)) {
        return multiline
            ? "must not contain control characters such as NUL"
            : "must not contain control characters such as NUL, tabs or line breaks";
      } else if (isBidiControl(c)) {
        return "must not contain bidirectional control characters (U+202A to U+202E, U+2066 to"
            + " U+2069, U+200E, U+200F, U+061C)";
      }
    }
    return null;
  }

  /** One line (a subject, a name, a file name): line breaks and tabs become spaces. */
  public static String line(String text) {
    return neutralised(text, false);
  }

  /** Text of several lines (a message): tabs and line breaks are kept. */
  public static String paragraphs(String text) {
    return neutralised(text, true);
  }

  private static String neutralised(String text, boolean multiline) {
    if (text == null || faultIn(text, multiline) == null) {
      return text;
    }
    StringBuilder shown = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isPairAt(text, i)) {
        shown.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        shown.append(REPLACEMENT);
      } else if (c == '\t' || c == '\n' || c == '\r') {
        shown.append(multiline ? c : ' ');
      } else if (!isControl(c, multiline) && !isBidiControl(c)) {
        shown.append(c);
      }
    }
    return shown.toString();
  }

  private static boolean isPairAt(String text, int i) {
    return Character.isHighSurrogate(text.charAt(i))
        && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1));
  }

  /** C0 (with DEL) and C1 controls; tab, line feed and carriage return only where lines are. */
  private static boolean isControl(char c, boolean multiline) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return !multiline;
    }
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
  }

  /**
   * The explicit formatting characters of Unicode's bidirectional algorithm (UAX #9): embeddings
   * and overrides, isolates, and the marks, which alone can move an extension in a file name.
   */
  private static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C';
  }
}
