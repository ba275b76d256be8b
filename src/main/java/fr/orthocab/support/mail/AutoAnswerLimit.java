package fr.orthocab.support.mail;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;

/**
 * At most {@code app.mail.auto-answers-per-hour} automatic mails in answer to incoming mail to one
 * address in any hour, so that two automatic responders can never answer each other for long, and a
 * sender who writes often is not flooded (a portal request's acknowledgement is no such answer).
 * Counted from the outbox (automatic mails written in the last hour, sent or not), on every node
 * alike.
 */
@Stateless
public class AutoAnswerLimit {
  @PersistenceContext private EntityManager em;
  @Inject private MailSettings settings;

  /** Whether one more automatic mail to that address may be written at {@code now}. */
  public boolean allows(String recipientEmail, Instant now) {
    long recent =
        em.createQuery(
                "select count(m) from OutboxMessage m where m.recipientEmail = :to"
                    + " and m.autoSubmitted = true and m.createdAt > :since",
                Long.class)
            .setParameter("to", recipientEmail)
            .setParameter("since", now.minus(Duration.ofHours(1)))
            .getSingleResult();
    return recent < settings.autoAnswersPerHour();
  }
}
