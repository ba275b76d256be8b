package fr.orthocab.support.api;

import fr.orthocab.support.idempotency.KeyTaken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * A call that lost the race for its idempotency key answers, once its own transaction has rolled
 * back, what the winner recorded ({@link IdempotentCall#afterRace}).
 */
@Provider
@ApplicationScoped
public class KeyTakenMapper implements ExceptionMapper<KeyTaken> {
  private static final Logger LOG = Logger.getLogger(KeyTakenMapper.class.getName());

  @Inject private IdempotentCall call;

  @Override
  public Response toResponse(KeyTaken taken) {
    // rare and worth seeing: the key kept a racing retry, maybe on another node, from acting twice
    LOG.info("Idempotency-Key raced: this call rolled back and answers the one that holds the key");
    try {
      return call.afterRace(taken);
    } catch (ProblemException different) {
      return different.problem().toResponse();
    }
  }
}
