package fr.orthocab.support.duplicate;

import fr.orthocab.support.ticket.AuthorKind;
import fr.orthocab.support.ticket.TicketStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The customer's requests a new one may repeat (DUP-COMMENT): those still in progress, and those
 * closed in the last days, each with the notions intake kept from its subject and request text.
 */
@Stateless
public class Duplicates {
  @PersistenceContext private EntityManager em;

  @Inject
  @ConfigProperty(name = "app.duplicates.threshold", defaultValue = "0.35")
  private double threshold;

  @Inject
  @ConfigProperty(name = "app.duplicates.closed-days", defaultValue = "7")
  private int closedDays;

  /** The score from which a request is a probable duplicate (a setting). */
  public double threshold() {
    return threshold;
  }

  /**
   * The customer's requests to compare a request received at that instant with, most recent first:
   * their notions as kept at intake, or, for tickets written before, read again from the subject
   * and first customer message.
   */
  public List<DuplicateFinder.Earlier> earlierOf(long customerId, Instant at) {
    List<Object[]> rows =
        em.createQuery(
                "select t.id, t.reference, t.requestNotions from Ticket t"
                    + " where t.customer.id = :customer and t.receivedAt <= :at"
                    + " and (t.status not in :ended"
                    + " or (t.status = :closed and t.lastActivityAt >= :since))"
                    + " order by t.receivedAt desc",
                Object[].class)
            .setParameter("customer", customerId)
            .setParameter("at", at)
            .setParameter(
                "ended", List.of(TicketStatus.CLOSED, TicketStatus.REFUSED, TicketStatus.MERGED))
            .setParameter("closed", TicketStatus.CLOSED)
            .setParameter("since", at.minus(Duration.ofDays(closedDays)))
            .getResultList();
    Map<Long, RequestText> texts = new HashMap<>();
    List<Long> writtenBefore = new ArrayList<>();
    for (Object[] row : rows) {
      Optional<RequestText> kept = RequestText.fromStored((String) row[2]);
      kept.ifPresentOrElse(
          text -> texts.put((Long) row[0], text), () -> writtenBefore.add((Long) row[0]));
    }
    if (!writtenBefore.isEmpty()) {
      texts.putAll(readAgain(writtenBefore));
    }
    return rows.stream()
        .filter(row -> texts.containsKey((Long) row[0]))
        .map(
            row ->
                new DuplicateFinder.Earlier(
                    (Long) row[0], (String) row[1], texts.get((Long) row[0])))
        .toList();
  }

  /** Requests kept before their notions were: subject and first customer message, analysed. */
  private Map<Long, RequestText> readAgain(List<Long> ticketIds) {
    Map<Long, RequestText> texts = new HashMap<>();
    em.createQuery(
            "select t.id, t.subject, m.body from Message m join m.ticket t where t.id in :ids"
                + " and m.id = (select min(r.id) from Message r where r.ticket = t"
                + " and r.authorKind = :customerKind)",
            Object[].class)
        .setParameter("ids", ticketIds)
        .setParameter("customerKind", AuthorKind.CUSTOMER)
        .getResultStream()
        .forEach(row -> texts.put((Long) row[0], RequestText.of((String) row[1], (String) row[2])));
    return texts;
  }

  /** The customer's requests that read like what they are typing, most alike first. */
  public List<DuplicateFinder.Match> similarTo(
      long customerId, String subject, String body, Instant at) {
    RequestText typed = RequestText.of(subject, body);
    return earlierOf(customerId, at).stream()
        .map(
            e ->
                new DuplicateFinder.Match(
                    e.ticketId(), e.reference(), DuplicateFinder.similarity(e.text(), typed)))
        .filter(m -> m.score() >= threshold)
        .sorted((a, b) -> Double.compare(b.score(), a.score()))
        .toList();
  }
}
