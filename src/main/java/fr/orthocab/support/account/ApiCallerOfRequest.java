package fr.orthocab.support.account;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The ticket API's caller of this request, once its token was checked: the API's authentication
 * tells it here, so that {@link Actors} names the token in the audit trail.
 */
@RequestScoped
public class ApiCallerOfRequest {
  private ApiCaller caller;

  public void authenticated(ApiCaller caller) {
    this.caller = caller;
  }

  Optional<ApiCaller> get() {
    return Optional.ofNullable(caller);
  }
}
