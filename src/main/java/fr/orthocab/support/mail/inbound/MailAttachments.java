package fr.orthocab.support.mail.inbound;

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
      " and m.id = a.messageRowId and m.visibility = :public and m.ticket.customer.id = :customer";

  @PersistenceContext private EntityManager em;

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

  /**
   * The files the customer mailed with the public messages of their ticket, kept ones first, each
   * naming its message; nothing when the ticket is not theirs.
   */
  @RolesAllowed("CUSTOMER")
  public List<AttachmentInfo> sentBy(long customerId, long ticketId) {
    List<AttachmentInfo> files = new ArrayList<>();
    for (Object[] r : ownRows("InboundAttachment", customerId, ticketId)) {
      files.add(
          new AttachmentInfo(
              (Long) r[0],
              (Long) r[1],
              (Long) r[2],
              (String) r[3],
              (String) r[4],
              (Long) r[5],
              null));
    }
    for (Object[] r : ownRows("RefusedAttachment", customerId, ticketId)) {
      files.add(
          new AttachmentInfo(
              null,
              (Long) r[1],
              (Long) r[2],
              (String) r[3],
              (String) r[4],
              (Long) r[5],
              (AttachmentLimits.Refusal) r[6]));
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

  /** Through the ticket's mails (indexed), then each file's own message, public and theirs. */
  private List<Object[]> ownRows(String entity, long customerId, long ticketId) {
    String reason = entity.equals("RefusedAttachment") ? ", a.reason" : "";
    return em.createQuery(
            "select a.id, a.inboundMailId, a.messageRowId, a.fileName, a.contentType, a.sizeBytes"
                + reason
                + " from "
                + entity
                + " a, InboundMail im, Message m"
                + " where a.inboundMailId = im.id and im.ticketId = :ticket"
                + OWN_PUBLIC_MESSAGE
                + " order by a.id",
            Object[].class)
        .setParameter("ticket", ticketId)
        .setParameter("public", Visibility.PUBLIC)
        .setParameter("customer", customerId)
        .getResultList();
  }
}
