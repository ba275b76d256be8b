package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.screening.FlagKind;
import fr.orthocab.support.screening.TicketFlag;
import fr.orthocab.support.screening.TicketFlags;
import fr.orthocab.support.ticket.Ticket;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The flags not yet cleared of the queue's page on show, read in one query when a row asks. */
@Named("queueFlags")
@RequestScoped
public class QueueFlagsBacking {
  @Inject private QueueBacking queue;
  @Inject private TicketFlags flags;

  private Map<Long, List<FlagKind>> page;

  public List<FlagKind> of(Ticket ticket) {
    if (page == null || !page.containsKey(ticket.getId())) {
      List<Ticket> rows = queue.getTickets().getWrappedData();
      List<Long> ids = new ArrayList<>(List.of(ticket.getId()));
      if (rows != null) {
        rows.forEach(t -> ids.add(t.getId()));
      }
      page =
          flags.ofTickets(ids).stream()
              .filter(f -> !f.isCleared())
              .collect(
                  Collectors.groupingBy(
                      f -> f.getTicket().getId(),
                      Collectors.mapping(TicketFlag::getKind, Collectors.toList())));
      ids.forEach(id -> page.putIfAbsent(id, List.of()));
    }
    return page.get(ticket.getId()).stream().distinct().toList();
  }
}
