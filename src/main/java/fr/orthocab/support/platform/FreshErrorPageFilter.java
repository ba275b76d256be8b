package fr.orthocab.support.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Error pages are rendered as fresh views. The failed request's fields are none of their business:
 * left visible, its {@code jakarta.faces.ViewState} makes Faces and PrimeFaces take the error page
 * for a postback of the failed form, whose view and CSP nonce it does not have, and the error page
 * itself fails (a cut page after a forged or expired post).
 */
@WebFilter(
    urlPatterns = "/WEB-INF/errorpages/*",
    dispatcherTypes = {DispatcherType.ERROR, DispatcherType.FORWARD},
    asyncSupported = true)
public class FreshErrorPageFilter extends HttpFilter {
  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(new WithoutFields(req), res);
  }

  /** The request as a plain GET without parameters. */
  static final class WithoutFields extends HttpServletRequestWrapper {
    WithoutFields(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }
  }
}
