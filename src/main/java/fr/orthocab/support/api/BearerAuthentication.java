package fr.orthocab.support.api;

import fr.orthocab.support.account.ApiCaller;
import fr.orthocab.support.account.ApiCallerOfRequest;
import fr.orthocab.support.account.ApiTokens;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * {@code Authorization: Bearer <token>}: no token or an unknown or revoked one is a 401; a
 * read-only token that tries to write is a 403. The caller is then the request's principal.
 */
@Provider
@ApplicationScoped
@BearerAuthenticated
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthentication implements ContainerRequestFilter {
  private static final Set<String> READS =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

  /** The request property (a servlet request attribute) that holds the {@link ApiCaller}. */
  static final String CALLER = ApiCaller.class.getName();

  @Inject private ApiTokens tokens;
  @Inject private ApiCallerOfRequest callerOfRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    String presented = presentedToken(header);
    Optional<ApiCaller> caller =
        presented != null ? tokens.authenticate(presented) : Optional.empty();
    if (caller.isEmpty()) {
      request.abortWith(
          Response.fromResponse(
                  Problem.of(
                          Response.Status.UNAUTHORIZED,
                          "Send a valid token as \"Authorization: Bearer <token>\".")
                      .toResponse())
              .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"orthocab-support\"")
              .build());
      return;
    }
    if (!READS.contains(request.getMethod()) && !caller.get().scope().allowsWrites()) {
      request.abortWith(
          Problem.of(Response.Status.FORBIDDEN, "This token may read tickets, not change them.")
              .toResponse());
      return;
    }
    request.setProperty(CALLER, caller.get());
    callerOfRequest.authenticated(caller.get());
    boolean secure = request.getSecurityContext().isSecure();
    request.setSecurityContext(new CallerContext(caller.get(), secure));
  }

  /** The token of an {@code Authorization: Bearer <token>} header, or null for another header. */
  static String presentedToken(String header) {
    return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
        ? header.substring(7).strip()
        : null;
  }

  /** The authenticated caller, as resources read it from their {@link SecurityContext}. */
  record CallerContext(ApiCaller caller, boolean secure) implements SecurityContext {
    @Override
    public Principal getUserPrincipal() {
      return caller::name;
    }

    @Override
    public boolean isUserInRole(String role) {
      return caller.scope().name().equals(role);
    }

    @Override
    public boolean isSecure() {
      return secure;
    }

    @Override
    public String getAuthenticationScheme() {
      return "Bearer";
    }
  }
}
