package fr.orthocab.support.mail;

import fr.orthocab.support.customer.EmailKey;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;

/**
 * At most {@code app.mail.auto-answers-per-hour} automatic mails in answer to incoming mail to one
 * address in any hour, so that two automatic responders can never answer each other for long, and a
 * sender who writes often is not flooded (a portal request's acknowledgement is no such answer, and
 * does not count). Counted from the outbox, on every node alike: the automatic mails written in the
 * last hour, sent or not, in reply to a mail received in that hour. An address is one mailbox
 * whatever its letter case ({@code Claire.Martin@Example.fr} is {@code claire.martin@example.fr}),
 * so it is counted by its lookup form, which the outbox keeps indexed with the creation time.
 */
@Stateless
public class AutoAnswerLimit {
  @PersistenceContext private EntityManager em;
  @Inject private MailSettings settings;

  /** Whether one more automatic mail to that address may be written at {@code now}. */
  public boolean allows(String recipientEmail, Instant now) {
    long recent =
        em.createQuery(
                "select count(m) from OutboxMessage m where m.recipientKey = :to"
                    + " and m.autoSubmitted = true and m.createdAt > :since"
                    + " and m.inReplyTo in (select i.messageId from InboundMail i"
                    + " where i.receivedAt > :since)",
                Long.class)
            .setParameter("to", EmailKey.of(recipientEmail))
            .setParameter("since", now.minus(Duration.ofHours(1)))
            .getSingleResult();
    return recent < settings.autoAnswersPerHour();
  }
}
