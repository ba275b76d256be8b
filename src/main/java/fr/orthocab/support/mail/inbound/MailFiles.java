package fr.orthocab.support.mail.inbound;

import fr.orthocab.support.mail.inbound.parsing.ParsedMail;
import fr.orthocab.support.ticket.NoticeKind;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.Tickets;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files a mail brings: kept with the ticket message they came with when the limits allow, else
 * refused politely: the customer is told on the ticket which files and why (mailed to them as any
 * desk message), the refusal is recorded under the same message for their request's page, and their
 * message itself is kept.
 */
@Dependent
class MailFiles {
  @PersistenceContext private EntityManager em;
  @Inject private Tickets tickets;
  @Inject private AttachmentLimits limits;

  /** Keeps the mail's files that the limits allow; answers what was refused, for the record. */
  String keep(ParsedMail mail, InboundMail record, Ticket ticket, Long messageId) {
    List<RefusedAttachment> refused = new ArrayList<>();
    for (ParsedMail.Attachment file : mail.attachments()) {
      Optional<AttachmentLimits.Refusal> why = limits.check(file);
      if (why.isPresent()) {
        RefusedAttachment refusal =
            new RefusedAttachment(
                record.getId(),
                messageId,
                file.fileName(),
                file.contentType(),
                file.size(),
                why.get());
        em.persist(refusal);
        refused.add(refusal);
      } else {
        em.persist(
            new InboundAttachment(
                record.getId(),
                messageId,
                file.fileName(),
                AttachmentLimits.typeOf(file),
                file.content()));
      }
    }
    if (refused.isEmpty()) {
      return null;
    }
    tickets.tellCustomer(
        ticket,
        NoticeKind.ATTACHMENTS_REFUSED,
        MailNotice.attachmentsRefused(
            ticket.requesterLanguage(), ticket.getReference(), refused, limits.maxBytes()));
    return "Pièces jointes refusées : "
        + String.join(
            ", ",
            refused.stream()
                .map(f -> f.getFile().getFileName() + " (" + f.getReason() + ")")
                .toList())
        + ".";
  }
}
