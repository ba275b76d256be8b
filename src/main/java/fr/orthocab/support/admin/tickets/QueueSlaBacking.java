package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.platform.ClockProducer;
import fr.orthocab.support.sla.SlaClock;
import fr.orthocab.support.sla.SlaClocks;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.web.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/** The reply clocks of the queue's page on show, read in one query when the first row asks. */
@Named("queueSla")
@RequestScoped
public class QueueSlaBacking {
  @Inject private QueueBacking queue;
  @Inject private SlaClocks clocks;
  @Inject private LanguageSelection language;
  @Inject private Clock clock;

  private Map<Long, SlaClock> page;
  private Instant now;

  public DueLabel due(Ticket ticket) {
    if (page == null || !page.containsKey(ticket.getId())) {
      List<Ticket> rows = queue.getTickets().getWrappedData();
      page = clocks.of(rows == null ? List.of(ticket.getId()) : ids(rows, ticket));
      now = clock.instant();
    }
    return DueLabel.of(page.get(ticket.getId()), now, language.getLanguage());
  }

  /** An instant in Paris time, as the desk's other pages read it (a cell's title). */
  public String at(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(language.getLocale())
            .withZone(ClockProducer.PARIS)
            .format(instant);
  }

  /** An instant in Paris time in a queue's cell: day, month and time; the year if not this one. */
  public String brief(Instant instant) {
    if (instant == null) {
      return "";
    }
    boolean thisYear =
        instant.atZone(ClockProducer.PARIS).getYear()
            == clock.instant().atZone(ClockProducer.PARIS).getYear();
    return DateTimeFormatter.ofPattern(thisYear ? "dd/MM HH:mm" : "dd/MM/yy HH:mm")
        .withZone(ClockProducer.PARIS)
        .format(instant);
  }

  private static List<Long> ids(List<Ticket> rows, Ticket ticket) {
    List<Long> ids = new java.util.ArrayList<>(rows.stream().map(Ticket::getId).toList());
    ids.add(ticket.getId());
    return ids;
  }
}
