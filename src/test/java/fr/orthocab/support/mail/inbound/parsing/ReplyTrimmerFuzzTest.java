package fr.orthocab.support.mail.inbound.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Any text a sender writes: trimmed without failing, and never to nothing when it said something.
 */
class ReplyTrimmerFuzzTest {
  @FuzzTest(maxDuration = "8s")
  void trim(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    String reply = ReplyTrimmer.trim(text);
    assertEquals(text.isBlank(), reply.isBlank(), "nothing left only when nothing was said");
    assertFalse(reply.length() > text.length(), "a trimmed reply is never longer");
  }
}
