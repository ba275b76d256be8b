package fr.orthocab.support.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The {@code Orthocab-Signature} header, as anyone may send it: any header checked against any body
 * gives a verdict, never an exception (a 500 before the signature is even known), and never VALID
 * without a {@code v1}; a body signed as billing signs it is valid.
 */
class WebhookSignatureFuzzTest {
  private static final String SECRET = "fuzz-secret";

  @FuzzTest(maxDuration = "8s")
  void anySignatureHeaderGetsAVerdict(FuzzedDataProvider data) {
    long now = data.consumeLong(0, 999_999_999_999L);
    String header = data.consumeString(3000);
    byte[] body = data.consumeRemainingAsBytes();
    WebhookSignature signature = new WebhookSignature(List.of(SECRET), Duration.ofMinutes(5));

    WebhookSignature.Verdict verdict = signature.check(header, body, Instant.ofEpochSecond(now));

    assertNotNull(verdict);
    assertTrue(verdict != WebhookSignature.Verdict.VALID || header.contains("v1="), header);
    assertEquals(
        WebhookSignature.Verdict.VALID,
        signature.check(
            WebhookSignature.sign(SECRET, now, body), body, Instant.ofEpochSecond(now)));
  }
}
