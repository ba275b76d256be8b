package fr.orthocab.support.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * How long browsers keep Faces resources. One whose address carries a version (PrimeFaces' own, the
 * desk's through {@link DeskResources}) never changes under that address: kept a year without
 * asking again. Any other is asked again each time (answered 304 while unchanged), where the Faces
 * default of 7 days would keep an old stylesheet after a new release.
 */
@WebFilter(urlPatterns = "/jakarta.faces.resource/*", asyncSupported = true)
public class StaticResourceCaching extends HttpFilter {
  static final String VERSIONED = "public, max-age=31536000, immutable";
  static final String UNVERSIONED = "no-cache";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String policy = req.getParameter("v") != null ? VERSIONED : UNVERSIONED;
    res.setHeader("Cache-Control", policy);
    chain.doFilter(req, new FixedCaching(res, policy));
  }

  /** Keeps the policy whatever the resource handler sets after this filter. */
  static final class FixedCaching extends HttpServletResponseWrapper {
    private final String policy;

    FixedCaching(HttpServletResponse response, String policy) {
      super(response);
      this.policy = policy;
    }

    @Override
    public void setHeader(String name, String value) {
      if ("Cache-Control".equalsIgnoreCase(name)) {
        super.setHeader(name, policy);
      } else if (!"Expires".equalsIgnoreCase(name) || policy.equals(VERSIONED)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if ("Cache-Control".equalsIgnoreCase(name)) {
        super.setHeader(name, policy);
      } else if (!"Expires".equalsIgnoreCase(name) || policy.equals(VERSIONED)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setDateHeader(String name, long date) {
      if (!"Expires".equalsIgnoreCase(name) || policy.equals(VERSIONED)) {
        super.setDateHeader(name, date);
      }
    }

    @Override
    public void addDateHeader(String name, long date) {
      if (!"Expires".equalsIgnoreCase(name) || policy.equals(VERSIONED)) {
        super.addDateHeader(name, date);
      }
    }
  }
}
