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
import java.net.URI;

/**
 * Every redirect the desk's pages and servlets ask for ({@code sendRedirect}, Faces' redirects)
 * goes to the desk's configured address ({@link BaseUrl}), never to the host a request named.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR},
    asyncSupported = true)
public class RedirectFilter extends HttpFilter {
  @Inject private BaseUrl baseUrl;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(
        req,
        new HttpServletResponseWrapper(res) {
          @Override
          public void sendRedirect(String location) {
            BaseUrl.found(res, baseUrl.target(location, requestUrl(req)));
          }
        });
  }

  /** The address the request was sent to, as its Host header tells it. */
  private static URI requestUrl(HttpServletRequest req) {
    try {
      return URI.create(req.getRequestURL().toString());
    } catch (IllegalArgumentException unusableHost) {
      return URI.create("http://host.invalid" + req.getRequestURI());
    }
  }
}
