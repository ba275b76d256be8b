package fr.orthocab.support.ticket.search;

import fr.orthocab.support.text.Passage;
import fr.orthocab.support.text.SearchTerms;
import fr.orthocab.support.ticket.AuthorKind;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketThreads;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For the tickets of one page of results, the passage that shows why each was found: from the
 * message (written by a person) where the words occur most, or else the subject. Read from the
 * threads in one query, for that page only: the database finds, Java shows.
 */
@Stateless
public class SearchPassages {
  static final int WIDTH = 220;

  @Inject private TicketThreads threads;

  public Map<Long, Passage> of(List<Ticket> tickets, String words) {
    Set<String> terms = SearchTerms.ofQuery(words);
    Map<Long, Passage> passages = new HashMap<>();
    for (Ticket ticket : tickets) {
      passages.put(ticket.getId(), Passage.of(ticket.getSubject(), terms, WIDTH));
    }
    if (tickets.isEmpty() || terms.isEmpty()) {
      return passages;
    }
    List<Message> messages =
        threads.threadsOf(tickets.stream().map(Ticket::getId).toList()).stream()
            .filter(m -> m.getAuthorKind() != AuthorKind.SYSTEM)
            .toList();
    for (Message message : messages) {
      long ticketId = message.getTicket().getId();
      Passage best = passages.get(ticketId);
      Passage candidate = Passage.of(message.getBody(), terms, WIDTH);
      if (best == null || candidate.matches() > best.matches()) {
        passages.put(ticketId, candidate);
      }
    }
    return passages;
  }
}
