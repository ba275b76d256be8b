package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.duplicate.Merges;
import fr.orthocab.support.platform.LanguageSelection;
import fr.orthocab.support.sla.SlaClock;
import fr.orthocab.support.sla.SlaClocks;
import fr.orthocab.support.sla.SlaEvent;
import fr.orthocab.support.sla.SlaWording;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A ticket's reply clock and SLA history on its page, with the history of the requests merged into
 * it. Postback phases evaluate the section before the page's action runs, so what was read is kept
 * only for the ticket version it was read at.
 */
@Named("adminSla")
@RequestScoped
public class TicketSlaBacking {
  @Inject private ShowTicketBacking page;
  @Inject private SlaClocks clocks;
  @Inject private Merges merges;
  @Inject private LanguageSelection language;
  @Inject private Clock clock;

  private SlaClock slaClock;
  private List<SlaEvent> history;
  private Long readAtVersion;

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
      readAtVersion = version;
    }
  }

  public DueLabel getDue() {
    return DueLabel.of(getClock(), clock.instant(), language.getLanguage());
  }

  public List<SlaEvent> getHistory() {
    fresh();
    if (history == null) {
      history = page.getTicket() == null ? List.of() : clocks.histories(withMergedIn());
    }
    return history;
  }

  /** The ticket and the requests merged into it, whose SLA history stays on their own rows. */
  private List<Long> withMergedIn() {
    List<Long> ids = new ArrayList<>();
    ids.add(page.getTicket().getId());
    merges.mergedInto(page.getTicket().getId()).forEach(m -> ids.add(m.getDuplicate().getId()));
    return ids;
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
