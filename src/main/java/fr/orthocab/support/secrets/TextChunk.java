package fr.orthocab.support.secrets;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run of non-blank characters read after a password's keyword, or a whole quoted value; and the
 * value it gives, without its quotes or the stop after it.
 */
record TextChunk(int start, int end, String text) {
  private static final Pattern LINE_GAP = Pattern.compile("[ \\t]*(?:\\r?\\n[ \\t]*){0,3}");

  /** The first value after a colon, on the same line or after up to two blank lines. */
  static FoundSecret firstValueAfter(String text, int from) {
    Matcher gap = LINE_GAP.matcher(text).region(from, text.length());
    TextChunk c = gap.lookingAt() ? at(text, gap.end()) : null;
    return c == null ? null : valueOf(text, c.start(), c.end());
  }

  /**
   * The next run of non-blank characters on this line, or a whole quoted value; null at its end.
   */
  static TextChunk at(String text, int from) {
    int start = from;
    while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
      start++;
    }
    if (start >= text.length() || Character.isWhitespace(text.charAt(start))) {
      return null;
    }
    int close = "«\"“".indexOf(text.charAt(start));
    if (close >= 0) {
      int end = text.indexOf("»\"”".charAt(close), start + 1);
      int line = text.indexOf('\n', start);
      if (end > start + 1 && end - start < 80 && (line < 0 || end < line)) {
        return new TextChunk(start, end + 1, text.substring(start, end + 1));
      }
    }
    int end = start;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return new TextChunk(start, end, text.substring(start, end));
  }

  /** The value without the quotes around it or the stop after it; a final "!" is kept. */
  static FoundSecret valueOf(String text, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && "\"'«“(".indexOf(text.charAt(s)) >= 0) {
      s++;
    }
    while (e > s && ".,;:?)…\"'»”]".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    while (s < e && text.charAt(s) == ' ') {
      s++;
    }
    while (e > s && text.charAt(e - 1) == ' ') {
      e--;
    }
    return e > s ? new FoundSecret(SecretKind.PASSWORD, s, e) : null;
  }

  static String textOf(String text, FoundSecret value) {
    return text.substring(value.start(), value.end());
  }
}
