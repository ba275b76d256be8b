package fr.orthocab.support.mail.inbound.proof;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Headers are written by whoever sends a mail: reading them must end, quickly and without an
 * exception, whatever they hold, and a field that names another server proves nothing.
 */
class AuthenticationResultsFuzzTest {
  @FuzzTest(maxDuration = "8s")
  void anyHeadersAreReadWithoutFailing(byte[] input) {
    String headers = new String(input, java.nio.charset.StandardCharsets.UTF_8);
    HeaderFields fields = HeaderFields.of(headers);
    fields.values("Authentication-Results").forEach(AuthenticationResults::parse);
    ReplyTokens.in(fields, "support@orthocab.fr");
    boolean proven = SenderAuthentication.proves(fields, "claire@a.fr", "mx.orthocab.fr");
    if (!headers.toLowerCase(java.util.Locale.ROOT).contains("mx.orthocab.fr")) {
      assertFalse(proven, "only the trusted server's word proves a sender");
    }
  }
}
