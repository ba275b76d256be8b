package fr.orthocab.support.api;

import fr.orthocab.support.account.ApiTokens;
import fr.orthocab.support.platform.JvmMetrics;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /metrics} for a scraper holding a supervisor's API token ({@code Authorization: Bearer
 * ...}, made on the tokens page): what the desk's JVM is doing is not for anonymous callers.
 */
@WebServlet("/metrics")
public class MetricsServlet extends HttpServlet {
  @Inject private ApiTokens tokens;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String header = req.getHeader("Authorization");
    boolean allowed =
        header != null
            && header.regionMatches(true, 0, "Bearer ", 0, 7)
            && tokens.authenticate(header.substring(7).strip()).isPresent();
    if (!allowed) {
      res.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      res.setHeader("WWW-Authenticate", "Bearer realm=\"orthocab-support\"");
      res.setContentType("application/problem+json");
      res.setCharacterEncoding("UTF-8");
      res.getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                  + "\"detail\":\"Send a supervisor's API token as \\\"Authorization: Bearer"
                  + " <token>\\\".\"}");
      return;
    }
    res.setContentType(JvmMetrics.CONTENT_TYPE);
    res.setHeader("Cache-Control", "no-store");
    res.getWriter().write(JvmMetrics.now());
  }
}
