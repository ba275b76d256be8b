package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExcerptTest {
  private static String of(String text, int max) {
    return Excerpt.of(text.getBytes(StandardCharsets.UTF_8), max);
  }

  @Test
  void aShortBodyIsQuotedWhole() {
    assertEquals("\"{\\\"eventId\\\":\\\"evt_1\\\"}\"", of("{\"eventId\":\"evt_1\"}", 80));
  }

  @Test
  void aLongBodyIsCutAndSaysSo() {
    assertEquals("\"abcde\"…", of("abcdefghij", 5));
    assertEquals("\"abcde\"…", Excerpt.of(new byte[] {'a', 'b', 'c', 'd', 'e', 'f'}, 5));
  }

  @Test
  void nothingInItCanStartALineOrTurnItAround() {
    assertEquals(
        "\"a\\nFAKE\\r\\tb\\u202ec\\u0085\\u2028\\\\\"",
        of("a\nFAKE\r\tb\u202ec\u0085\u2028\\", 80));
  }

  @Test
  void bytesThatAreNotUtf8BecomeReplacementCharacters() {
    assertEquals("\"a\ufffdb\"", Excerpt.of(new byte[] {'a', (byte) 0xff, 'b'}, 80));
    // an encoded surrogate (CESU-8) is not UTF-8 either: never half a character in the log
    assertEquals(
        "\"a\ufffdb\"",
        Excerpt.of(new byte[] {'a', (byte) 0xed, (byte) 0xa0, (byte) 0xbd, 'b'}, 80));
  }

  @Test
  void anEmojiIsKeptWholeOrNotAtAll() {
    assertEquals("\"é😀\"", of("é😀", 3));
    assertEquals("\"é\"…", of("é😀", 2));
  }

  @Test
  void noBodyAtAllIsSaid() {
    assertEquals("(none)", Excerpt.of(null, 80));
    assertEquals("\"\"", Excerpt.of(new byte[0], 80));
  }
}
