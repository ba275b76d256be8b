package fr.orthocab.support.api;

import fr.orthocab.support.idempotency.KeyTaken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A call that lost the race for its idempotency key answers, once its own transaction has rolled
 * back, what the winner recorded ({@link IdempotentCall#afterRace}).
 */
@Provider
@ApplicationScoped
public class KeyTakenMapper implements ExceptionMapper<KeyTaken> {
  @Inject private IdempotentCall call;

  @Override
  public Response toResponse(KeyTaken taken) {
    try {
      return call.afterRace(taken);
    } catch (ProblemException different) {
      return different.problem().toResponse();
    }
  }
}
