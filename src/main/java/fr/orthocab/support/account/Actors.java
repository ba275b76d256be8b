package fr.orthocab.support.account;

import fr.orthocab.support.audit.AuditActor;
import fr.orthocab.support.platform.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/**
 * Who is acting now, as the audit trail names them: the API token of this request, else the
 * logged-in person (name and email as they read today), else the desk itself (sweeps, timers,
 * start-up).
 */
@ApplicationScoped
public class Actors {
  @Inject private SecurityContext security;
  @Inject private Accounts accounts;
  @Inject private ApiCallerOfRequest apiCaller;
  @Inject private Instance<HttpServletRequest> request;
  @Inject private ClientAddress clientAddress;

  public AuditActor current() {
    String from = clientAddress();
    Optional<ApiCaller> api = apiCallerOfRequest();
    if (api.isPresent()) {
      Account owner = api.get().owner();
      return AuditActor.apiToken(owner == null ? null : owner.getId(), api.get().name(), from);
    }
    Principal caller = callerPrincipal();
    return Optional.ofNullable(caller)
        .flatMap(c -> accounts.byEmail(c.getName()))
        .map(a -> of(a, from))
        .orElseGet(AuditActor::desk);
  }

  /** That account acting from this request. */
  public AuditActor of(Account account) {
    return of(account, clientAddress());
  }

  private static AuditActor of(Account account, String from) {
    return AuditActor.person(account.getId(), account.getDisplayName(), account.getEmail(), from);
  }

  private Optional<ApiCaller> apiCallerOfRequest() {
    try {
      return apiCaller.get();
    } catch (ContextNotActiveException e) {
      return Optional.empty();
    }
  }

  private Principal callerPrincipal() {
    try {
      return security.getCallerPrincipal();
    } catch (IllegalStateException | ContextNotActiveException e) {
      return null;
    }
  }

  /** The address of this request's client; none outside an HTTP request (a timer, start-up). */
  private String clientAddress() {
    try {
      return clientAddress.of(request.get());
    } catch (RuntimeException e) {
      return null;
    }
  }
}
