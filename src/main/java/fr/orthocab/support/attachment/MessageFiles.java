package fr.orthocab.support.attachment;

import fr.orthocab.support.customer.Language;
import fr.orthocab.support.platform.Sha256;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketThreads;
import fr.orthocab.support.ticket.Tickets;
import fr.orthocab.support.ticket.Visibility;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Entry point for files on messages: an agent's reply with its files (all checked before anything
 * is written: one refused file and nothing is sent), a customer's request or comment with theirs
 * (each file on its own: the refused ones are named, the message and the others kept), and the
 * files of messages, for the thread and for the mail that carries the reply.
 */
@Stateless
public class MessageFiles {
  @PersistenceContext private EntityManager em;
  @Inject private Tickets tickets;
  @Inject private FileLimits limits;
  @Inject private Clock clock;
  @Inject private TicketThreads threads;

  /** The reply, with its files, in one transaction; the mail that carries it takes them along. */
  public Message reply(
      long ticketId,
      long expectedVersion,
      long agentId,
      @NotBlank String body,
      List<Upload> files) {
    List<FileCheck.Problem> problems = FileCheck.check(files, limits);
    if (!problems.isEmpty()) {
      throw new FilesRefused(problems);
    }
    Message reply = tickets.reply(ticketId, expectedVersion, agentId, body);
    for (Upload file : files) {
      em.persist(
          new MessageFile(
              reply, file, FileCheck.typeOf(file), Sha256.hex(file.content()), clock.instant()));
    }
    return reply;
  }

  /**
   * Files added to a customer's message just written in its own transaction (a portal comment,
   * wherever it landed: {@code closing.FollowUps}); the message stays whatever is refused here.
   */
  public Attached addToMessage(long messageId, List<Upload> files) {
    return keep(em.find(Message.class, messageId), files);
  }

  /**
   * Files added to the first message of a request the customer has just sent (their request was
   * received in its own transaction, and stays whatever is refused here).
   */
  public Attached addToRequest(long ticketId, List<Upload> files) {
    return keep(threads.request(ticketId), files);
  }

  /**
   * Files sent through the API as a customer's message, all or none: one refused file and nothing
   * is written, each refused file named with its reason.
   */
  public Attached commentAllOrNone(
      Ticket ticket, long customerId, String body, List<Upload> files) {
    FileCheck.Sorted sorted = FileCheck.sort(files, limits);
    if (!sorted.refused().isEmpty()) {
      throw new FilesRefused(sorted.refused());
    }
    String text = body == null || body.isBlank() ? naming(ticket, files) : body;
    return keep(tickets.comment(ticket.getId(), customerId, text), files);
  }

  /** Files sent without a word: their message names them, in the requester's language. */
  private static String naming(Ticket ticket, List<Upload> files) {
    String names = String.join(", ", files.stream().map(Upload::name).toList());
    return (ticket.requesterLanguage() == Language.EN ? "Attachments: " : "Pièces jointes : ")
        + names;
  }

  private Attached keep(Message message, List<Upload> files) {
    FileCheck.Sorted sorted = FileCheck.sort(files, limits);
    List<MessageFile> kept = new ArrayList<>();
    for (Upload file : sorted.kept()) {
      MessageFile one =
          new MessageFile(
              message, file, FileCheck.typeOf(file), Sha256.hex(file.content()), clock.instant());
      em.persist(one);
      kept.add(one);
    }
    return new Attached(message, kept, sorted.refused());
  }

  /** The files of these messages, without their bytes, by message. */
  public Map<Long, List<MessageFile>> of(Collection<Long> messageIds) {
    if (messageIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select f from MessageFile f where f.message.id in :messages order by f.id",
            MessageFile.class)
        .setParameter("messages", messageIds)
        .getResultStream()
        .collect(Collectors.groupingBy(f -> f.getMessage().getId()));
  }

  /** The files of one message, with their bytes: for the mail that carries it. */
  public List<MailedFile> mailed(long messageId) {
    return em.createQuery(
            "select new fr.orthocab.support.attachment.MailedFile(f.fileName, f.contentType,"
                + " f.content) from MessageFile f where f.message.id = :message order by f.id",
            MailedFile.class)
        .setParameter("message", messageId)
        .getResultList();
  }

  /** A file for agents, whatever its message. */
  public Optional<MessageFile> find(long fileId) {
    return Optional.ofNullable(em.find(MessageFile.class, fileId));
  }

  /**
   * A file for that customer: only one of a public message of their own request; another's, or an
   * internal note's, is not found.
   */
  public Optional<MessageFile> findFor(long customerId, long fileId) {
    return em.createQuery(
            "select f from MessageFile f where f.id = :file and f.message.visibility = :public"
                + " and f.message.ticket.customer.id = :customer",
            MessageFile.class)
        .setParameter("file", fileId)
        .setParameter("public", Visibility.PUBLIC)
        .setParameter("customer", customerId)
        .getResultStream()
        .findFirst();
  }
}
