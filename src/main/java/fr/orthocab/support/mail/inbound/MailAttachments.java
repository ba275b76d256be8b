package fr.orthocab.support.mail.inbound;

import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.Visibility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The files customers mailed: for agents, a list per mail and each as a download; for the customer
 * who mailed them, the files of their own request's thread, kept or refused, and the kept ones as
 * downloads. A customer reaches a file through the public message it came with, whose ticket must
 * be theirs; a merged duplicate's messages moved to the original with their files.
 */
@Stateless
public class MailAttachments {
  private static final String OWN_PUBLIC_MESSAGE =
      " and m.id = a.file.messageRowId and m.visibility = :public and m.ticket.customer.id = :customer";

  @PersistenceContext private EntityManager em;

  /** The files of a ticket's mails, without their content. */
  @RolesAllowed({"AGENT", "SUPERVISOR"})
  public List<AttachmentInfo> ofTicket(long ticketId) {
    return em.createQuery(
            "select a.id, a.file, a.pictured, a.purgedAt from InboundAttachment a, InboundMail m"
                + " where a.file.inboundMailId = m.id and m.ticketId = :ticket order by a.id",
            Object[].class)
        .setParameter("ticket", ticketId)
        .getResultStream()
        .map(r -> AttachmentInfo.kept((Long) r[0], (MailFile) r[1], (Boolean) r[2], r[3]))
        .toList();
  }

  /** The request a kept file came with (through its message), for the record of who read it. */
  @RolesAllowed({"AGENT", "SUPERVISOR"})
  public Optional<Ticket> ticketOf(long id) {
    return em.createQuery(
            "select m.ticket from InboundAttachment a, Message m"
                + " where a.id = :id and m.id = a.file.messageRowId",
            Ticket.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** One file with its content, for download. */
  @RolesAllowed({"AGENT", "SUPERVISOR"})
  public Optional<InboundAttachment> file(long id) {
    return Optional.ofNullable(em.find(InboundAttachment.class, id));
  }

  /**
   * The files the customer mailed with the public messages of their ticket, kept ones first, each
   * naming its message; nothing when the ticket is not theirs.
   */
  @RolesAllowed("CUSTOMER")
  public List<AttachmentInfo> sentBy(long customerId, long ticketId) {
    List<AttachmentInfo> files = new ArrayList<>();
    for (Object[] r :
        ownRows("InboundAttachment", "a.id, a.pictured, a.purgedAt", customerId, ticketId)) {
      files.add(AttachmentInfo.kept((Long) r[1], (MailFile) r[0], (Boolean) r[2], r[3]));
    }
    for (Object[] r : ownRows("RefusedAttachment", "a.reason", customerId, ticketId)) {
      files.add(AttachmentInfo.refused((MailFile) r[0], (AttachmentLimits.Refusal) r[1]));
    }
    files.sort(Comparator.comparing(AttachmentInfo::isKept).reversed());
    return files;
  }

  /**
   * A kept file with its content, when it came with a public message of one of the customer's
   * tickets; otherwise nothing, exactly as for an id that does not exist.
   */
  @RolesAllowed("CUSTOMER")
  public Optional<InboundAttachment> fileFor(long customerId, long id) {
    return em.createQuery(
            "select a from InboundAttachment a, Message m where a.id = :id" + OWN_PUBLIC_MESSAGE,
            InboundAttachment.class)
        .setParameter("id", id)
        .setParameter("public", Visibility.PUBLIC)
        .setParameter("customer", customerId)
        .getResultStream()
        .findFirst();
  }

  /**
   * Through the ticket's mails (indexed), then each file's own message, public and theirs: rows of
   * the file, then the columns {@code then} names (the kept file's id and whether it is pictured,
   * the refused one's reason).
   */
  private List<Object[]> ownRows(String entity, String then, long customerId, long ticketId) {
    return em.createQuery(
            "select a.file, "
                + then
                + " from "
                + entity
                + " a, InboundMail im, Message m"
                + " where a.file.inboundMailId = im.id and im.ticketId = :ticket"
                + OWN_PUBLIC_MESSAGE
                + " order by a.id",
            Object[].class)
        .setParameter("ticket", ticketId)
        .setParameter("public", Visibility.PUBLIC)
        .setParameter("customer", customerId)
        .getResultList();
  }
}
