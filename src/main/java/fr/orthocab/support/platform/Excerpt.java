package fr.orthocab.support.platform;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The start of bytes nobody vouched for, fit for one log line: decoded as UTF-8 (what is not UTF-8
 * becomes U+FFFD), cut to a few characters, and everything that could forge or break a line written
 * as an escape: line breaks, control and format characters (a right-to-left override would turn the
 * line around in a terminal), lone surrogates and the backslash itself.
 */
public final class Excerpt {
  private Excerpt() {}

  /**
   * At most {@code max} characters of the bytes' text before escaping (a character outside the BMP
   * counts as two), in quotes, followed by an ellipsis when something was cut.
   */
  public static String of(byte[] bytes, int max) {
    if (bytes == null) {
      return "(none)";
    }
    // at most four bytes a character: no need to decode what will be cut
    int read = (int) Math.min(bytes.length, 4L * max + 4);
    String text = decoded(bytes, read);
    StringBuilder line = new StringBuilder(max + 8).append('"');
    int end = Clip.to(text, max).length();
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < end
          && Character.isLowSurrogate(text.charAt(i + 1))
          && printable(Character.getType(text.codePointAt(i)))) {
        line.append(c).append(text.charAt(++i));
      } else {
        escape(c, line);
      }
    }
    line.append('"');
    return end < text.length() || read < bytes.length
        ? line.append('…').toString()
        : line.toString();
  }

  private static String decoded(byte[] bytes, int length) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes, 0, length))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder does not fail", e);
    }
  }

  private static void escape(char c, StringBuilder line) {
    switch (c) {
      case '\n' -> line.append("\\n");
      case '\r' -> line.append("\\r");
      case '\t' -> line.append("\\t");
      case '\\' -> line.append("\\\\");
      case '"' -> line.append("\\\"");
      default -> {
        if (Character.isSurrogate(c) || !printable(Character.getType(c))) {
          line.append(String.format("\\u%04x", (int) c));
        } else {
          line.append(c);
        }
      }
    }
  }

  private static boolean printable(int type) {
    return type != Character.CONTROL
        && type != Character.FORMAT
        && type != Character.SURROGATE
        && type != Character.PRIVATE_USE
        && type != Character.UNASSIGNED
        && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR;
  }
}
