package fr.orthocab.support.intake;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.mail.outbox.Outbox;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import fr.orthocab.support.mail.outbox.OutboxTopic;
import fr.orthocab.support.mail.outbox.Recipient;
import fr.orthocab.support.platform.BaseUrl;
import fr.orthocab.support.platform.Clip;
import fr.orthocab.support.platform.Sha256;
import fr.orthocab.support.sla.calendar.DeadlineWording;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Entry point for the customer's confirmation of a request sent from another address with their
 * identity: the link goes to the customer's login address (whoever typed the identity cannot read
 * it), through the outbox, in their language; confirming it attaches the request to them and the
 * intake rules apply as for any identified request. One link a customer and hour at most, so that
 * nobody can flood a customer's mailbox through the desk: a request over that waits for an agent or
 * expires as every identification hold does (REFUSE-ID).
 */
@Stateless
public class IdentityConfirmations {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int MAX_TOKEN_LENGTH = 100;

  @PersistenceContext private EntityManager em;
  @Inject private Outbox outbox;
  @Inject private Intake intake;
  @Inject private Clock clock;

  @Inject private HoldDelays delays;

  @Inject private BaseUrl baseUrl;

  /** What the link's holder may see: the request's subject, in the customer's language. */
  public record Pending(String subject, Language language) {}

  /**
   * Asks the customer to confirm that held request; answers whether the link was mailed (not when
   * that customer got one within the hour).
   */
  public boolean ask(Ticket held, Customer customer, String givenBy) {
    Instant now = clock.instant();
    long lastHour =
        em.createQuery(
                "select count(c) from IdentityConfirmation c where c.customer.id = :customer"
                    + " and c.createdAt > :since",
                Long.class)
            .setParameter("customer", customer.getId())
            .setParameter("since", now.minus(Duration.ofHours(1)))
            .getSingleResult();
    if (lastHour > 0) {
      return false;
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Instant expires = now.plus(Duration.ofDays(delays.identificationDays()));
    em.persist(new IdentityConfirmation(held, customer, givenBy, Sha256.hex(token), now, expires));
    Language language = customer.getLanguage();
    String link = baseUrl.absolute("/confirm-identity.xhtml?token=" + token);
    String body =
        IntakeNotice.text(
            language,
            "identityConfirmation.body",
            customer.getFirstName(),
            held.getSenderEmail(),
            held.getSubject(),
            link,
            language == Language.EN ? DeadlineWording.en(expires) : DeadlineWording.fr(expires));
    outbox.add(
        new OutboxMessage(
                OutboxTopic.IDENTITY_CONFIRMATION,
                new Recipient(customer.getEmail(), null, language),
                held.getId(),
                IntakeNotice.text(language, "identityConfirmation.subject"),
                body,
                now)
            .automatic());
    return true;
  }

  /** The request a link can still confirm now, as its holder may see it. */
  public Optional<Pending> pending(String token) {
    return byToken(token, LockModeType.NONE)
        .filter(this::confirmable)
        .map(c -> new Pending(c.getTicket().getSubject(), c.getCustomer().getLanguage()));
  }

  /**
   * The customer confirms: the request is theirs, and goes through the intake rules. The link's row
   * is locked before it is checked, so that of two clicks at once the second finds it used. Answers
   * false for an unknown, used or expired link, or a request no longer awaiting it.
   */
  public boolean confirm(String token) {
    Optional<IdentityConfirmation> found =
        byToken(token, LockModeType.PESSIMISTIC_WRITE).filter(this::confirmable);
    if (found.isEmpty()) {
      return false;
    }
    IdentityConfirmation confirmation = found.get();
    confirmation.confirm(clock.instant());
    intake.attachConfirmed(
        confirmation.getTicket().getId(),
        confirmation.getCustomer().getId(),
        Clip.to("lien de confirmation du client (" + confirmation.getGivenBy() + ")", 255));
    return true;
  }

  private boolean confirmable(IdentityConfirmation confirmation) {
    return confirmation.usableAt(clock.instant())
        && confirmation.getTicket().getStatus() == TicketStatus.AWAITING_IDENTIFICATION;
  }

  private Optional<IdentityConfirmation> byToken(String token, LockModeType lock) {
    if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
      return Optional.empty();
    }
    return em.createQuery(
            "select c from IdentityConfirmation c where c.tokenHash = :hash",
            IdentityConfirmation.class)
        .setParameter("hash", Sha256.hex(token))
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }
}
