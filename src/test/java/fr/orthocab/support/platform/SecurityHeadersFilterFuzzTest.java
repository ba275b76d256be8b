package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

class SecurityHeadersFilterFuzzTest {
  /**
   * Whatever policy text reaches the header, the desk's policy goes out, at most with one nonce
   * added: nothing in the text can loosen it or add a directive or a header line.
   */
  @FuzzTest(maxDuration = "8s")
  void aFoldedPolicyIsTheDesksWithAtMostANonce(FuzzedDataProvider data) {
    String folded = SecurityHeadersFilter.policyFor(data.consumeRemainingAsString());
    assertTrue(
        folded.equals(SecurityHeadersFilter.POLICY)
            || folded.matches(
                java.util.regex.Pattern.quote(SecurityHeadersFilter.POLICY)
                    + " 'nonce-[A-Za-z0-9+/=_-]+'"),
        folded);
  }
}
