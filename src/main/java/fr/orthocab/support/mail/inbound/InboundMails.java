package fr.orthocab.support.mail.inbound;

import fr.orthocab.support.mail.inbound.parsing.MailParser;
import fr.orthocab.support.mail.inbound.parsing.ParsedMail;
import fr.orthocab.support.outbox.AutomaticAnswers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

/**
 * Entry point for a mail the desk received, whatever fetched it. Each mail is handled in a
 * transaction of its own that first claims it by inserting its record under its unique Message-ID,
 * then has its effects, so that a mail fetched twice (two nodes, a crash before the mailbox was
 * marked) has one effect: the second finds the record, or loses the race on the unique constraint
 * and its transaction rolls back whole.
 */
@Stateless
public class InboundMails {
  @PersistenceContext private EntityManager em;
  @Inject private MailRouting routing;
  @Inject private AutomaticAnswers automaticAnswers;
  @Inject private Clock clock;

  /** Receives one raw mail (RFC 5322 bytes). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Receipt receive(byte[] raw) {
    ParsedMail mail;
    try {
      mail = MailParser.parse(raw);
    } catch (MessagingException e) {
      throw new IllegalArgumentException("Unreadable mail: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (recorded(mail.messageId())) {
      return new Receipt(mail.messageId(), null, null, false, true);
    }
    automaticAnswers.answeringMail();
    InboundMail record = new InboundMail(mail, clock.instant());
    em.persist(record);
    em.flush(); // the claim: a concurrent copy of the same mail fails here, before any effect
    routing.route(mail, record);
    return new Receipt(
        record.getMessageId(),
        record.getOutcome(),
        record.getTicketId(),
        automaticAnswers.withheld(),
        false);
  }

  /** Whether a mail with that Message-ID was received already (and its effects committed). */
  public boolean recorded(String messageId) {
    return !em.createQuery("select m.id from InboundMail m where m.messageId = :id", Long.class)
        .setParameter("id", messageId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The mails of a ticket's thread, oldest first, as agents read them. */
  @RolesAllowed({"AGENT", "SUPERVISOR"})
  public List<InboundMail> ofTicket(long ticketId) {
    return em.createQuery(
            "select m from InboundMail m where m.ticketId = :ticket order by m.receivedAt, m.id",
            InboundMail.class)
        .setParameter("ticket", ticketId)
        .getResultList();
  }

  /**
   * What became of a mail.
   *
   * @param outcome null when the mail had been received before
   * @param automaticAnswersWithheld whether the transaction forbade automatic answers to it
   * @param duplicate the mail had been received before: nothing was done this time
   */
  public record Receipt(
      String messageId,
      InboundOutcome outcome,
      Long ticketId,
      boolean automaticAnswersWithheld,
      boolean duplicate) {}
}
