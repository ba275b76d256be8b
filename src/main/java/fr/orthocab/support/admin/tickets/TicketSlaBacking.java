package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.sla.SlaClock;
import fr.orthocab.support.sla.SlaClocks;
import fr.orthocab.support.sla.SlaEvent;
import fr.orthocab.support.sla.SlaWording;
import fr.orthocab.support.web.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A ticket's reply clock and SLA history on its page, with the lines the requests merged into it
 * brought, each naming its request. Postback phases evaluate the section before the page's action
 * runs, so what was read is kept only for the ticket version it was read at.
 */
@Named("adminSla")
@RequestScoped
public class TicketSlaBacking {
  @Inject private ShowTicketBacking page;
  @Inject private SlaClocks clocks;
  @Inject private LanguageSelection language;
  @Inject private Clock clock;

  private SlaClock slaClock;
  private List<SlaEvent> history;
  private Long readAtVersion;
  private Map<Long, String> mergedFrom;

  public SlaClock getClock() {
    fresh();
    if (slaClock == null && page.getTicket() != null) {
      slaClock = clocks.of(page.getTicket().getId()).orElse(null);
    }
    return slaClock;
  }

  private void fresh() {
    Long version = page.getTicket() == null ? null : page.getTicket().getVersion();
    if (!Objects.equals(version, readAtVersion)) {
      slaClock = null;
      history = null;
      mergedFrom = null;
      readAtVersion = version;
    }
  }

  public DueLabel getDue() {
    return DueLabel.of(getClock(), clock.instant(), language.getLanguage());
  }

  public List<SlaEvent> getHistory() {
    fresh();
    if (history == null) {
      history = page.getTicket() == null ? List.of() : clocks.history(page.getTicket().getId());
      mergedFrom = clocks.mergedFrom(history);
    }
    return history;
  }

  /** The merged request a line of the history comes from; empty for the ticket's own. */
  public String mergedFrom(SlaEvent event) {
    return event.isMergedIn() && mergedFrom != null
        ? mergedFrom.getOrDefault(event.getOriginTicketId(), "")
        : "";
  }

  /** "1 h 30" of opening time, for a reply or a stop. */
  public String openingTime(SlaEvent event) {
    return event.getOpeningSeconds() == null
        ? ""
        : SlaWording.openingTime(event.getOpeningSeconds() / 60);
  }

  /** "2 h" of opening time: the objective of the clock's policy. */
  public String objective() {
    return getClock() == null
        ? ""
        : SlaWording.openingTime(getClock().getPolicy().getObjectiveMinutes());
  }
}
