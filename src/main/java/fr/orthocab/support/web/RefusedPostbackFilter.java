package fr.orthocab.support.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * A form post that Faces cannot take is the browser's problem, not the desk's: its view expired
 * (session ended, page kept open too long), its view state is forged ({@code stateless}: the desk
 * has no stateless view), or PrimeFaces' CSP nonce is missing or wrong. It answers 400 with a page
 * that says what to do, and leaves one line in the log instead of a SEVERE stack trace, which is
 * kept for the desk's own faults.
 */
@WebFilter(servletNames = "Faces Servlet", asyncSupported = true)
public class RefusedPostbackFilter extends HttpFilter {
  private static final Logger LOG = Logger.getLogger(RefusedPostbackFilter.class.getName());

  /** Set on the request when the refused post's view had expired: the page says so. */
  static final String EXPIRED = "fr.orthocab.support.web.viewExpired";

  enum Reason {
    VIEW_EXPIRED,
    FORGED_VIEW_STATE,
    BAD_CSP_NONCE
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(req, res);
    } catch (ServletException | RuntimeException e) {
      Optional<Reason> reason =
          reasonOf(e, req.getParameter(ResponseStateManager.VIEW_STATE_PARAM));
      if (reason.isEmpty() || res.isCommitted()) {
        throw e;
      }
      LOG.info(() -> "Refused a post to " + req.getRequestURI() + ": " + reason.get());
      req.setAttribute(EXPIRED, reason.get() == Reason.VIEW_EXPIRED);
      res.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
  }

  /** Why Faces could not take the post, when the fault is the post's; empty for the desk's own. */
  static Optional<Reason> reasonOf(Throwable failure, String viewState) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
      if (t instanceof ViewExpiredException) {
        return Optional.of(Reason.VIEW_EXPIRED);
      }
      if (t instanceof CspException) {
        return Optional.of(Reason.BAD_CSP_NONCE);
      }
    }
    // Mojarra rebuilds a "stateless" post's view and gives up with a bare FacesException when the
    // view is not transient, which none of the desk's views is.
    return "stateless".equals(viewState) ? Optional.of(Reason.FORGED_VIEW_STATE) : Optional.empty();
  }
}
