package fr.orthocab.support.mail.inbound;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The files customers mailed, as agents read them: a list, and each as a download. */
@Stateless
public class MailAttachments {
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
}
