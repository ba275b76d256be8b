package fr.orthocab.support.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.orthocab.support.billing.WebhookSignature.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fixed vectors: the expected HMACs below were computed independently with {@code printf '%s'
 * "1795680000.{...}" | openssl dgst -sha256 -hmac <secret>}, not by the class under test.
 */
class WebhookSignatureTest {
  private static final long T = 1_795_680_000L;
  private static final Instant NOW = Instant.ofEpochSecond(T + 10);
  private static final byte[] BODY = "{\"eventId\":\"evt_1\"}".getBytes(StandardCharsets.UTF_8);
  private static final String OLD = "whsec_old";
  private static final String NEW = "whsec_new";
  private static final String V1_OLD =
      "ae019ca5093b2e143ee5879d10cfb6827bfeefabb6a05ca3553217b831b2ffd3";
  private static final String V1_NEW =
      "f395150e2fb5b41e9223eb7307dfeaf510f2866583f939f048934fe68ee3a298";

  private final WebhookSignature both =
      new WebhookSignature(List.of(NEW, OLD), Duration.ofSeconds(300));
  private final WebhookSignature newOnly =
      new WebhookSignature(List.of(NEW), Duration.ofSeconds(300));

  @Test
  void theVectorsAreWhatOpensslComputes() {
    assertEquals("t=" + T + ",v1=" + V1_OLD, WebhookSignature.sign(OLD, T, BODY));
    assertEquals("t=" + T + ",v1=" + V1_NEW, WebhookSignature.sign(NEW, T, BODY));
  }

  @Test
  void anyOfTheSecretsAndAnyOfTheSignaturesWillDo() {
    assertEquals(Verdict.VALID, both.check("t=" + T + ",v1=" + V1_OLD, BODY, NOW));
    assertEquals(Verdict.VALID, both.check("t=" + T + ",v1=" + V1_NEW, BODY, NOW));
    assertEquals(
        Verdict.VALID, newOnly.check("t=" + T + ",v1=" + V1_OLD + ",v1=" + V1_NEW, BODY, NOW));
    assertEquals(Verdict.MISMATCH, newOnly.check("t=" + T + ",v1=" + V1_OLD, BODY, NOW));
    assertEquals(
        Verdict.VALID,
        both.check(" t=" + T + " , v0=abc, v1=" + V1_OLD.toUpperCase(), BODY, NOW),
        "spaces, other schemes and upper-case hex are tolerated");
  }

  @Test
  void aTamperedBodyOrTimestampDoesNotMatch() {
    byte[] tampered = "{\"eventId\":\"evt_2\"}".getBytes(StandardCharsets.UTF_8);
    assertEquals(Verdict.MISMATCH, both.check("t=" + T + ",v1=" + V1_OLD, tampered, NOW));
    assertEquals(Verdict.MISMATCH, both.check("t=" + (T + 1) + ",v1=" + V1_OLD, BODY, NOW));
  }

  @Test
  void aTimestampOutsideTheToleranceIsStaleEitherWay() {
    String header = "t=" + T + ",v1=" + V1_OLD;
    assertEquals(Verdict.VALID, both.check(header, BODY, Instant.ofEpochSecond(T + 300)));
    assertEquals(Verdict.STALE, both.check(header, BODY, Instant.ofEpochSecond(T + 301)));
    assertEquals(Verdict.VALID, both.check(header, BODY, Instant.ofEpochSecond(T - 300)));
    assertEquals(Verdict.STALE, both.check(header, BODY, Instant.ofEpochSecond(T - 301)), "future");
  }

  @Test
  void junkIsMalformedAndNothingIsMissing() {
    assertEquals(Verdict.MISSING, both.check(null, BODY, NOW));
    assertEquals(Verdict.MISSING, both.check("  ", BODY, NOW));
    for (String junk :
        List.of(
            "v1=" + V1_OLD,
            "t=" + T,
            "t=abc,v1=" + V1_OLD,
            "t=" + T + ",t=" + T + ",v1=" + V1_OLD,
            "t=" + T + ",v1=xyz",
            "t=" + T + ",v1=" + V1_OLD + ",garbage",
            "t=-5,v1=" + V1_OLD,
            "t=" + T + ",v1=" + V1_OLD.substring(2),
            "x".repeat(3000))) {
      assertEquals(Verdict.MALFORMED, both.check(junk, BODY, NOW), junk);
    }
  }
}
