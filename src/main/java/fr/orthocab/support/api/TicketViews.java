package fr.orthocab.support.api;

import fr.orthocab.support.policy.Decision;
import fr.orthocab.support.policy.Decisions;
import fr.orthocab.support.screening.TicketFlag;
import fr.orthocab.support.screening.TicketFlags;
import fr.orthocab.support.sla.SlaClock;
import fr.orthocab.support.sla.SlaClocks;
import fr.orthocab.support.sla.SlaEvent;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketNotFound;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketThreads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How the ticket API finds a ticket by its reference and shows it, the same way everywhere. */
@ApplicationScoped
class TicketViews {
  @Inject private TicketReads ticketReads;
  @Inject private TicketThreads ticketThreads;
  @Inject private Decisions decisions;
  @Inject private SlaClocks slaClocks;
  @Inject private TicketFlags flags;

  Ticket found(String reference) {
    return ticketReads.byReference(reference).orElseThrow(() -> new TicketNotFound(-1));
  }

  /**
   * The answer with the ticket as it is now (the call's own transaction holds it), its version as
   * the ETag, read once the view's queries have flushed the call's changes.
   */
  Response shown(Response.ResponseBuilder response, Ticket ticket) {
    JsonObject body = view(ticket);
    return response
        .tag(new EntityTag(Long.toString(ticket.getVersion())))
        .type(MediaType.APPLICATION_JSON)
        .entity(body)
        .build();
  }

  /**
   * A page of a list, each ticket as {@link #view} shows it, read in five queries for the page (six
   * when histories hold lines of merged requests).
   */
  List<JsonObject> views(List<Ticket> page) {
    List<Long> ids = page.stream().map(Ticket::getId).toList();
    Map<Long, List<Decision>> decided =
        decisions.ofTickets(ids).stream()
            .collect(Collectors.groupingBy(d -> d.getTicket().getId()));
    Map<Long, List<Message>> threads =
        ticketThreads.threadsOf(ids).stream()
            .collect(Collectors.groupingBy(m -> m.getTicket().getId()));
    Map<Long, List<TicketFlag>> flagged =
        flags.ofTickets(ids).stream().collect(Collectors.groupingBy(f -> f.getTicket().getId()));
    Map<Long, SlaClock> clocks = slaClocks.of(ids);
    List<SlaEvent> events = slaClocks.histories(ids);
    Map<Long, String> mergedFrom = slaClocks.mergedFrom(events);
    Map<Long, List<SlaEvent>> histories =
        events.stream().collect(Collectors.groupingBy(SlaEvent::getTicketId));
    return page.stream()
        .map(
            t ->
                TicketJson.of(
                    t,
                    decided.getOrDefault(t.getId(), List.of()),
                    flagged.getOrDefault(t.getId(), List.of()),
                    threads.getOrDefault(t.getId(), List.of()),
                    clocks.get(t.getId()),
                    histories.getOrDefault(t.getId(), List.of()),
                    mergedFrom))
        .toList();
  }

  JsonObject view(Ticket ticket) {
    List<SlaEvent> history = slaClocks.history(ticket.getId());
    return TicketJson.of(
        ticket,
        decisions.ofTicket(ticket.getId()),
        flags.ofTicket(ticket.getId()),
        ticketThreads.fullThread(ticket.getId()),
        slaClocks.of(ticket.getId()).orElse(null),
        history,
        slaClocks.mergedFrom(history));
  }

  static URI location(Ticket ticket) {
    return URI.create("/api/tickets/" + ticket.getReference());
  }
}
