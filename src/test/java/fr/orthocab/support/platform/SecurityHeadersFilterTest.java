package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {
  @Test
  void thePolicyAllowsNeitherInlineScriptsNorEval() {
    assertFalse(SecurityHeadersFilter.POLICY.contains("unsafe-eval"));
    assertTrue(SecurityHeadersFilter.POLICY.endsWith("; script-src 'self'"));
  }

  @Test
  void primeFacesNonceIsFoldedIntoTheDesksPolicy() {
    String folded =
        SecurityHeadersFilter.policyFor("script-src 'self' 'nonce-MjVmNmQ5NjAtODMy==';");
    assertEquals(SecurityHeadersFilter.POLICY + " 'nonce-MjVmNmQ5NjAtODMy=='", folded);
  }

  @Test
  void aPolicyWithoutANonceCannotLoosenTheDesks() {
    assertEquals(
        SecurityHeadersFilter.POLICY,
        SecurityHeadersFilter.policyFor("script-src * 'unsafe-inline' 'unsafe-eval'"));
  }
}
