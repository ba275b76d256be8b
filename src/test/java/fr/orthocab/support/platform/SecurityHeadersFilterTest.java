package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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

  @Test
  void anHttpsDeskTellsBrowsersToUseNothingElseForAYear() throws Exception {
    Map<String, String> headers = filtered("https://support.orthocab.fr");

    assertEquals("max-age=31536000; includeSubDomains", headers.get("Strict-Transport-Security"));
  }

  @Test
  void aPlainHttpDeskNeverSendsHsts() throws Exception {
    assertFalse(filtered("http://localhost:8080").containsKey("Strict-Transport-Security"));
    assertFalse(filtered(null).containsKey("Strict-Transport-Security"));
  }

  /** The headers the filter sets on a page's answer, for a desk at this address. */
  private static Map<String, String> filtered(String baseUrl) throws Exception {
    Map<String, String> headers = new HashMap<>();
    HttpServletRequest request =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) ->
                    method.getName().equals("getRequestURI") ? "/login.xhtml" : null);
    HttpServletResponse response =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                HttpServletResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("setHeader")) {
                    headers.put((String) args[0], (String) args[1]);
                  }
                  return null;
                });
    FilterChain chain = (req, res) -> {};
    SecurityHeadersFilter filter = new SecurityHeadersFilter();
    filter.baseUrl = new BaseUrl(Optional.ofNullable(baseUrl));
    filter.doFilter(request, response, chain);
    return headers;
  }
}
