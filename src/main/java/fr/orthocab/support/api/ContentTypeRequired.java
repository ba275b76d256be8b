package fr.orthocab.support.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * A ticket API call that sends a body says what it is: without a {@code Content-Type} the body was
 * read as JSON all the same (JAX-RS matches a missing type to any {@code @Consumes}), so a client
 * that forgot the header never learnt it. Now a 415 problem, as for any type but JSON; after
 * authentication, so that a caller without a token learns that first.
 */
@Provider
@ApplicationScoped
@BearerAuthenticated
@Priority(Priorities.HEADER_DECORATOR)
public class ContentTypeRequired implements ContainerRequestFilter {
  private static final Set<String> WITH_BODY =
      Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

  @Override
  public void filter(ContainerRequestContext request) {
    if (WITH_BODY.contains(request.getMethod()) && request.getMediaType() == null) {
      request.abortWith(
          Problem.of(
                  415,
                  "Unsupported Media Type",
                  "Send the body as application/json, with a Content-Type header that says so.")
              .toResponse());
    }
  }
}
