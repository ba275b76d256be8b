package fr.orthocab.support.ticket;

import fr.orthocab.support.text.SearchTerms;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps each ticket's {@link SearchDocument} up to date, in the caller's transaction: a new ticket
 * gets its document, a message written by a person adds its terms, a merge rewrites both tickets'.
 * The desk's own notices are left out: the same boilerplate on thousands of tickets would match
 * every search for its words. Appends and rewrites go through the row's lock, so that a rewrite
 * (the sweep's, a merge's) and an append on another node follow one another and none is lost.
 */
@Stateless
public class SearchDocuments {
  @PersistenceContext private EntityManager em;

  /** The document of a new ticket, from its subject and first message. */
  public void opened(Ticket ticket, String body) {
    List<String> terms = new ArrayList<>(SearchTerms.of(ticket.getSubject()));
    terms.addAll(SearchTerms.of(body));
    em.persist(new SearchDocument(ticket, " " + SearchTerms.written(terms)));
  }

  /** The message's terms, after the ticket's; a document still waiting for the sweep stays so. */
  public void added(Message message) {
    if (message.getAuthorKind() == AuthorKind.SYSTEM) {
      return;
    }
    String more = SearchTerms.written(SearchTerms.of(message.getBody()));
    if (more.isEmpty()) {
      return;
    }
    em.flush();
    em.createNativeQuery(
            "update ticket_search set terms = case when terms is null then null"
                + " else terms || ? end where ticket_id = ?")
        .setParameter(1, more)
        .setParameter(2, message.getTicket().getId())
        .executeUpdate();
  }

  /** The ticket's document written again from its subject and its thread as it is now. */
  public void rewrite(long ticketId) {
    em.flush();
    lock(ticketId);
    write(ticketId);
  }

  /**
   * Indexes up to {@code max} documents still waiting, lowest ticket first, and answers how many it
   * wrote. Nodes sweeping together lock the same rows in the same order: the second finds them
   * written and skips them.
   */
  public int indexPending(int max) {
    @SuppressWarnings("unchecked")
    List<Number> pending =
        em.createNativeQuery(
                "select ticket_id from ticket_search where terms is null order by ticket_id")
            .setMaxResults(max)
            .getResultList();
    int written = 0;
    for (Number id : pending) {
      if (lock(id.longValue()) && write(id.longValue())) {
        written++;
      }
    }
    return written;
  }

  /** Locks the document's row; answers whether it still waits for its terms. */
  private boolean lock(long ticketId) {
    List<?> waiting =
        em.createNativeQuery(
                "select case when terms is null then 1 else 0 end from ticket_search"
                    + " where ticket_id = ? for update")
            .setParameter(1, ticketId)
            .getResultList();
    return !waiting.isEmpty() && ((Number) waiting.get(0)).intValue() == 1;
  }

  private boolean write(long ticketId) {
    List<String> subject =
        em.createQuery("select t.subject from Ticket t where t.id = :id", String.class)
            .setParameter("id", ticketId)
            .getResultList();
    if (subject.isEmpty()) {
      return false;
    }
    List<String> terms = new ArrayList<>(SearchTerms.of(subject.get(0)));
    em.createQuery(
            "select m.body from Message m where m.ticket.id = :id and m.authorKind <> :desk"
                + " order by m.createdAt, m.id",
            String.class)
        .setParameter("id", ticketId)
        .setParameter("desk", AuthorKind.SYSTEM)
        .getResultStream()
        .forEach(body -> terms.addAll(SearchTerms.of(body)));
    return em.createNativeQuery("update ticket_search set terms = ? where ticket_id = ?")
            .setParameter(1, " " + SearchTerms.written(terms))
            .setParameter(2, ticketId)
            .executeUpdate()
        == 1;
  }
}
