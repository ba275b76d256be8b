package fr.orthocab.support.queueview;

import fr.orthocab.support.screening.FlagKind;
import fr.orthocab.support.ticket.SlaAlert;
import fr.orthocab.support.ticket.TicketStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A view every agent has, named by its key in addresses and in the memory of the last view: the
 * agent's own requests in progress, requests awaiting an agent that nobody holds, every request
 * awaiting an agent, those waiting on the customer, those due within {@link SlaAlert#SOON}, those
 * past their deadline, those flagged (one view per kind of flag, among requests still to be dealt
 * with, held ones included: a flag asks for a decision wherever the request stands), and held
 * requests. A reply clock runs only on a request awaiting an agent, so the views on clocks read
 * requests in progress: the same requests, counted from the status index rather than from every
 * request ever received. Held requests are shown in the queue, to agents too, rather than by a link
 * to the supervisors' held page: agents answer them, and only supervisors may release them there.
 *
 * @param flag the kind of flag of a flag's view, which names it; null for the others
 */
public record BuiltInView(String key, ViewCriteria criteria, FlagKind flag) {
  public static final String MINE = "mine";
  public static final String OPEN = "open";

  private static final String FLAGGED = "flagged-";

  private static final List<BuiltInView> ALL = all();

  private static List<BuiltInView> all() {
    List<BuiltInView> views = new ArrayList<>();
    views.add(
        view(MINE, ViewCriteria.ofStatus(StatusChoice.IN_PROGRESS.name()).withAssignee("ME")));
    views.add(
        view(
            "unassigned",
            ViewCriteria.ofStatus(TicketStatus.OPEN.name()).withAssignee(ViewCriteria.NOBODY)));
    views.add(view(OPEN, ViewCriteria.ofStatus(TicketStatus.OPEN.name())));
    views.add(view("waiting", ViewCriteria.ofStatus(TicketStatus.WAITING_ON_CUSTOMER.name())));
    ViewCriteria inProgress = ViewCriteria.ofStatus(StatusChoice.IN_PROGRESS.name());
    views.add(view("due-soon", inProgress.withSla(SlaAlert.DUE_SOON)));
    views.add(view("breached", inProgress.withSla(SlaAlert.BREACHED)));
    for (FlagKind kind : FlagKind.values()) {
      views.add(
          new BuiltInView(
              FLAGGED + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
              ViewCriteria.ofStatus(StatusChoice.UNFINISHED.name()).withFlag(kind),
              kind));
    }
    views.add(view("held", ViewCriteria.ofStatus(StatusChoice.HELD.name())));
    return List.copyOf(views);
  }

  private static BuiltInView view(String key, ViewCriteria criteria) {
    return new BuiltInView(key, criteria, null);
  }

  public static List<BuiltInView> views() {
    return ALL;
  }

  public static Optional<BuiltInView> byKey(String key) {
    return ALL.stream().filter(v -> v.key.equals(key)).findFirst();
  }

  /** The message key of its name; flag views share their group's, each named by its flag. */
  public String labelKey() {
    return "admin_tickets_queue.view." + (flag == null ? key : "flaggedGroup");
  }

  // Faces' EL 5 reads bean properties, not record components.
  public String getKey() {
    return key;
  }

  public FlagKind getFlag() {
    return flag;
  }

  public String getLabelKey() {
    return labelKey();
  }
}
