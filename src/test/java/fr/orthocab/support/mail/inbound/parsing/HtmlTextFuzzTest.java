package fr.orthocab.support.mail.inbound.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/** Any HTML a sender writes: turned into tidy text without failing. */
class HtmlTextFuzzTest {
  @FuzzTest(maxDuration = "8s")
  void of(byte[] input) {
    String html = new String(input, StandardCharsets.UTF_8);
    String text = HtmlText.of(html);
    assertFalse(text.contains("\n\n\n"), "one blank line in a row at most");
    assertEquals(text, HtmlText.tidy(text), "tidy text stays as it is");
  }
}
