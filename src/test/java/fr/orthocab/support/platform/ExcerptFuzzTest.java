package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Whatever a stranger sends, its excerpt is one harmless line of bounded length. */
class ExcerptFuzzTest {
  @FuzzTest(maxDuration = "8s")
  void anyBytesGiveOneQuotedLineOfBoundedLength(FuzzedDataProvider data) {
    int max = data.consumeInt(0, 120);
    byte[] bytes = data.consumeRemainingAsBytes();

    String excerpt = Excerpt.of(bytes, max);

    assertEquals(excerpt, Excerpt.of(bytes, max));
    assertTrue(excerpt.startsWith("\""), excerpt);
    assertTrue(excerpt.endsWith("\"") || excerpt.endsWith("\"…"), excerpt);
    assertTrue(excerpt.length() >= 2);
    // each character kept becomes at most six (an escape \\uXXXX), plus quotes and ellipsis
    assertTrue(excerpt.length() <= 6 * max + 3, excerpt.length() + " for " + max);
    excerpt
        .codePoints()
        .forEach(
            c -> {
              int type = Character.getType(c);
              assertTrue(
                  type != Character.CONTROL
                      && type != Character.FORMAT
                      && type != Character.SURROGATE
                      && type != Character.PRIVATE_USE
                      && type != Character.UNASSIGNED
                      && type != Character.LINE_SEPARATOR
                      && type != Character.PARAGRAPH_SEPARATOR,
                  () -> "U+" + Integer.toHexString(c) + " in " + excerpt);
            });
  }
}
