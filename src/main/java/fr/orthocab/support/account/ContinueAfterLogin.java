package fr.orthocab.support.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The page someone asked for before being sent to log in (a ticket's link in a mail, say), so that
 * the login takes them there. Only a page of the desk itself: never another site.
 */
public final class ContinueAfterLogin {
  private static final String ATTRIBUTE = ContinueAfterLogin.class.getName();
  private static final int MAX_LENGTH = 2000;

  private ContinueAfterLogin() {}

  static void remember(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return;
    }
    String query = request.getQueryString();
    String page = request.getRequestURI() + (query == null ? "" : "?" + query);
    if (isDeskPage(page, request.getContextPath())) {
      request.getSession(true).setAttribute(ATTRIBUTE, page);
    }
  }

  /** The page remembered for this session, forgotten once taken. */
  public static Optional<String> take(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String page)) {
      return Optional.empty();
    }
    session.removeAttribute(ATTRIBUTE);
    return isDeskPage(page, request.getContextPath()) ? Optional.of(page) : Optional.empty();
  }

  static boolean isDeskPage(String page, String contextPath) {
    return page.length() <= MAX_LENGTH
        && page.startsWith(contextPath + "/")
        && !page.startsWith(contextPath + "//")
        && page.chars().noneMatch(c -> c == '\\' || c < 0x20 || c == 0x7f);
  }
}
