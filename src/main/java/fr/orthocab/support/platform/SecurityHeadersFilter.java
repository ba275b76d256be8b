package fr.orthocab.support.platform;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Security headers on every response, the error pages the container dispatches to included (its 403
 * for a role the caller lacks is decided before any request filter runs). One
 * Content-Security-Policy: scripts from the desk only, no inline script and no eval; on Faces pages
 * PrimeFaces' CSP mode gives each inline script of the page a nonce, and its own header is folded
 * into this one, so that two enforced policies never have to be read together. A desk whose address
 * is https tells browsers to use nothing else for a year (HSTS); one on http never does, since a
 * browser would then refuse the desk until the header expires.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR},
    asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {
  static final String CSP = "Content-Security-Policy";

  static final String POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'; script-src 'self'";

  static final String HSTS = "Strict-Transport-Security";
  static final String HSTS_VALUE = "max-age=31536000; includeSubDomains";

  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

  @Inject BaseUrl baseUrl;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    res.setHeader(CSP, POLICY);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (baseUrl.https()) {
      res.setHeader(HSTS, HSTS_VALUE);
    }
    if (req.getRequestURI().endsWith(".xhtml")) {
      res.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(req, new OnePolicy(res));
  }

  /** The policy with the scripts of one page allowed by their nonce. */
  static String policyFor(String primeFacesPolicy) {
    Matcher nonce = NONCE.matcher(primeFacesPolicy);
    return nonce.find() ? POLICY + " 'nonce-" + nonce.group(1) + "'" : POLICY;
  }

  /** Folds the policy PrimeFaces adds to a page into the desk's. */
  static final class OnePolicy extends HttpServletResponseWrapper {
    OnePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        super.setHeader(CSP, policyFor(value));
      } else {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, CSP.equalsIgnoreCase(name) ? policyFor(value) : value);
    }
  }
}
