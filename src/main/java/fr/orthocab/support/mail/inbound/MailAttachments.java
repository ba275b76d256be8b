package fr.orthocab.support.mail.inbound;

import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.Tickets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files mails bring: kept with the ticket message they came with when the limits allow, else
 * refused politely (the customer is told on the ticket, and the message itself is kept); read by
 * agents as downloads.
 */
@Stateless
public class MailAttachments {
  @PersistenceContext private EntityManager em;
  @Inject private Tickets tickets;
  @Inject private AttachmentLimits limits;

  /** Keeps the mail's files that the limits allow; answers what was refused, for the record. */
  String keep(ParsedMail mail, InboundMail record, Ticket ticket, Long messageId) {
    List<MailNotice.RefusedFile> refused = new ArrayList<>();
    for (ParsedMail.Attachment file : mail.attachments()) {
      Optional<AttachmentLimits.Refusal> why = limits.check(file);
      if (why.isPresent()) {
        refused.add(
            new MailNotice.RefusedFile(
                file.fileName(), file.contentType(), file.size(), why.get()));
      } else {
        em.persist(new InboundAttachment(record.getId(), messageId, file));
      }
    }
    if (refused.isEmpty()) {
      return null;
    }
    tickets.tellCustomer(
        ticket,
        MailNotice.attachmentsRefused(
            ticket.requesterLanguage(), ticket.getReference(), refused, limits.maxBytes()));
    return "Pièces jointes refusées : "
        + String.join(", ", refused.stream().map(f -> f.fileName() + " (" + f.why() + ")").toList())
        + ".";
  }

  /** The files of a ticket's mails, without their content. */
  @RolesAllowed({"AGENT", "SUPERVISOR"})
  public List<AttachmentInfo> ofTicket(long ticketId) {
    List<Object[]> rows =
        em.createQuery(
                "select a.id, a.inboundMailId, a.fileName, a.contentType, a.sizeBytes"
                    + " from InboundAttachment a, InboundMail m"
                    + " where a.inboundMailId = m.id and m.ticketId = :ticket order by a.id",
                Object[].class)
            .setParameter("ticket", ticketId)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new AttachmentInfo(
                    (Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (Long) r[4]))
        .toList();
  }

  /** One file with its content, for download. */
  @RolesAllowed({"AGENT", "SUPERVISOR"})
  public Optional<InboundAttachment> file(long id) {
    return Optional.ofNullable(em.find(InboundAttachment.class, id));
  }
}
