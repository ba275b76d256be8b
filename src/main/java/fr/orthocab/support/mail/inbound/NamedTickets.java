package fr.orthocab.support.mail.inbound;

import fr.orthocab.support.mail.inbound.parsing.ParsedMail;
import fr.orthocab.support.mail.inbound.parsing.TicketReferences;
import fr.orthocab.support.mail.inbound.proof.HeaderFields;
import fr.orthocab.support.mail.inbound.proof.ReplyTokens;
import fr.orthocab.support.mail.inbound.proof.SenderAuthentication;
import fr.orthocab.support.mail.outbox.Outbox;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The tickets a mail names, and which of them it has the right to join. Naming is easy: a reference
 * in the subject, anybody's Message-ID in the thread headers. Proof is not: the mail answers one of
 * the desk's own mails about the ticket (its random Message-ID in In-Reply-To or References, or its
 * reply token in the address the mail was sent to), or the desk's receiving server vouches for the
 * sender's domain ({@link SenderAuthentication}).
 */
@Dependent
class NamedTickets {
  @PersistenceContext private EntityManager em;
  @Inject private Outbox outbox;
  @Inject private TicketReads ticketReads;

  @Inject private MailboxSettings mailbox;

  @Inject
  @ConfigProperty(name = "app.mail.trusted-authserv-id")
  private Optional<String> trustedAuthservId;

  /**
   * What a mail names and proves.
   *
   * @param named the tickets it names, each once: those its thread headers or reply token name
   *     first, then its subject's
   * @param answered the tickets one of whose desk mails it answers
   * @param senderAuthenticated the receiving server vouches for the domain of its From
   */
  record Naming(List<Ticket> named, Set<Long> answered, boolean senderAuthenticated) {
    /** Whether the mail proves its sender may write on that ticket, if the ticket is theirs. */
    boolean proves(Ticket ticket) {
      return senderAuthenticated || answered.contains(ticket.getId());
    }
  }

  Naming of(ParsedMail mail) {
    HeaderFields headers = HeaderFields.of(mail.headers());
    List<String> deskIds = new ArrayList<>(mail.threadIds());
    deskIds.addAll(outbox.messageIdsOfTokens(ReplyTokens.in(headers, mailbox.supportAddress())));
    Map<Long, Ticket> named = new LinkedHashMap<>();
    Set<Long> answered = new LinkedHashSet<>();
    for (Long id : outbox.ticketsOfMessageIds(deskIds)) {
      ticketReads
          .find(id)
          .map(NamedTickets::original)
          .ifPresent(t -> named.putIfAbsent(t.getId(), t));
    }
    answered.addAll(named.keySet());
    if (named.isEmpty() && !mail.threadIds().isEmpty()) {
      ticketOfInboundIds(mail.threadIds())
          .flatMap(ticketReads::find)
          .map(NamedTickets::original)
          .ifPresent(t -> named.put(t.getId(), t));
    }
    for (String reference : TicketReferences.inSubject(mail.subject())) {
      ticketReads
          .byReference(reference)
          .map(NamedTickets::original)
          .ifPresent(t -> named.putIfAbsent(t.getId(), t));
    }
    boolean authenticated =
        SenderAuthentication.proves(headers, mail.from(), trustedAuthservId.orElse(null));
    return new Naming(new ArrayList<>(named.values()), answered, authenticated);
  }

  /** The ticket a merged one went into, through merges of merges; any other ticket itself. */
  private static Ticket original(Ticket ticket) {
    Ticket current = ticket;
    for (int hops = 0;
        hops < 10 && current.getStatus() == TicketStatus.MERGED && current.getMergedInto() != null;
        hops++) {
      current = current.getMergedInto();
    }
    return current;
  }

  /** A ticket an earlier mail of the thread reached: a name only, as anyone may copy its id. */
  private Optional<Long> ticketOfInboundIds(List<String> messageIds) {
    return em.createQuery(
            "select m.ticketId from InboundMail m where m.messageId in :ids"
                + " and m.ticketId is not null order by m.receivedAt desc, m.id desc",
            Long.class)
        .setParameter("ids", messageIds)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
