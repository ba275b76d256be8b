package fr.orthocab.support.account;

import fr.orthocab.support.platform.BaseUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Form login on our own page ({@code /login.xhtml}, whose bean calls {@code
 * SecurityContext.authenticate}), remembered in the HTTP session.
 *
 * <p>Why not Jakarta Security's form mechanism: its {@code @AutoApplySession} lets Payara 6 rebuild
 * the caller from the session's subject through a security context shared between threads (Payara
 * issue 6145, fixed after the last Payara 6 release): under concurrent load some logged-in requests
 * lost their roles and were answered 403. Here the session keeps the caller's name and roles, and
 * every request hands both to the container, so nothing is reused across threads. The roles travel
 * with the session, so a cluster node that did not see the login knows them too (Payara issue 6342:
 * with the form mechanism, the other node answered 403; with this one, 200 on both nodes and after
 * the first node was killed, tried by hand on two clustered nodes).
 */
@ApplicationScoped
public class SessionLogin implements HttpAuthenticationMechanism {
  static final String LOGIN_PAGE = "/login.xhtml";

  @Inject private IdentityStoreHandler identityStores;
  @Inject private BaseUrl baseUrl;
  @Inject private Accounts accounts;
  @Inject private Clock clock;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return logIn(request, context, identityStores.validate(credential), clock.instant());
    }
    SignedIn signedIn = signedIn(request);
    if (signedIn != null && !isResource(request)) {
      Optional<Role> role = accounts.sessionRole(signedIn.caller(), signedIn.at());
      if (role.isPresent()) {
        // the role as it is now: a supervisor made an agent is one from their next request
        return context.notifyContainerAboutLogin(
            () -> signedIn.caller(), Set.of(role.get().name()));
      }
      // deactivated, or the password changed since: this session has ended
      request.getSession().invalidate();
    }
    if (context.isProtected()) {
      ContinueAfterLogin.remember(request);
      baseUrl.redirect(response, request.getContextPath() + LOGIN_PAGE);
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return context.doNothing();
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SignedIn.ATTRIBUTE);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }

  /**
   * After its owner changed their password on this session: this session goes on, the others end.
   */
  public static void renew(HttpServletRequest request, Instant at) {
    SignedIn signedIn = signedIn(request);
    if (signedIn != null) {
      request
          .getSession()
          .setAttribute(SignedIn.ATTRIBUTE, new SignedIn(signedIn.caller(), signedIn.roles(), at));
    }
  }

  private static AuthenticationStatus logIn(
      HttpServletRequest request,
      HttpMessageContext context,
      CredentialValidationResult result,
      Instant at) {
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    request
        .getSession(true)
        .setAttribute(
            SignedIn.ATTRIBUTE,
            new SignedIn(result.getCallerPrincipal().getName(), result.getCallerGroups(), at));
    return context.notifyContainerAboutLogin(result);
  }

  /** Stylesheets and scripts: public, and asked for many times a page. */
  private static boolean isResource(HttpServletRequest request) {
    return request
        .getRequestURI()
        .startsWith(request.getContextPath() + "/jakarta.faces.resource/");
  }

  private static SignedIn signedIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null
        ? null
        : session.getAttribute(SignedIn.ATTRIBUTE) instanceof SignedIn s ? s : null;
  }
}
