package fr.orthocab.support.billing;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A verified delivery of a renewal event, taken to the end: each attempt is a transaction of its
 * own ({@link Renewals#receive}), so a lost race is tried once more, and a concurrent delivery of
 * the same event that committed first gives its answer rather than an error. Applied once, however
 * many deliveries arrive together.
 */
@ApplicationScoped
public class RenewalAttempts {
  private static final Logger LOG = Logger.getLogger(RenewalAttempts.class.getName());

  @Inject private Renewals renewals;

  /** What a delivery came to, and whether its log entry is already written with it. */
  public record Received(Receipt receipt, boolean logged) {}

  /** The renewal could not be applied now (not the caller's fault): billing should retry. */
  public static class NotApplied extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotApplied(String eventId, Throwable cause) {
      super("Renewal " + eventId + " not applied", cause);
    }
  }

  /**
   * Applies the event unless it was already, logging the delivery in the same transaction; or
   * answers as the delivery that applied it meanwhile did, its log entry left to the caller.
   *
   * @throws RenewalRefused for an unknown pack or a period that ends before it starts
   * @throws ConstraintViolationException for data an entity refused: retrying cannot help
   * @throws NotApplied for anything else
   */
  public Received receive(RenewalEvent event, Instant at, byte[] body, String bodySha256) {
    try {
      return new Received(onceMoreAfterALostRace(event, at, body, bodySha256), true);
    } catch (EJBException e) {
      Optional<ConstraintViolationException> invalid = invalidData(e);
      if (invalid.isPresent()) {
        throw invalid.get();
      }
      Optional<BillingEvent> known = renewals.applied(event.eventId());
      if (known.isPresent()) {
        return new Received(Receipt.again(known.get(), bodySha256), false);
      }
      NotApplied failure = new NotApplied(event.eventId(), e);
      LOG.log(Level.WARNING, failure.getMessage(), e);
      throw failure;
    }
  }

  /**
   * Once more when the first attempt lost a race it can win the second time: another event of a
   * customer nobody had yet created them meanwhile (the email's unique key), and now finds them.
   */
  private Receipt onceMoreAfterALostRace(
      RenewalEvent event, Instant at, byte[] body, String bodySha256) {
    try {
      return renewals.receive(event, at, body, bodySha256);
    } catch (EJBException e) {
      if (renewals.applied(event.eventId()).isPresent()) {
        throw e;
      }
      return renewals.receive(event, at, body, bodySha256);
    }
  }

  private static Optional<ConstraintViolationException> invalidData(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConstraintViolationException invalid) {
        return Optional.of(invalid);
      }
    }
    return Optional.empty();
  }
}
