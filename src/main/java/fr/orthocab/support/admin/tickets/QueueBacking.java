package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.ticket.QueueFilter;
import fr.orthocab.support.ticket.SlaAlert;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketQueue;
import fr.orthocab.support.ticket.TicketStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;

/**
 * The agents' queue: tickets awaiting an agent by default, priority first, then the oldest; the
 * address may choose the status and an SLA alert (the dashboard's counts open it so).
 */
@Named
@ViewScoped
public class QueueBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The status filter's value meaning "every status". */
  public static final String ALL = "ALL";

  @Inject private TicketQueue queue;

  private String status = TicketStatus.OPEN.name();
  private TicketCategory category;
  private SlaAlert sla;
  private TicketQueueModel tickets;

  @PostConstruct
  void init() {
    tickets = new TicketQueueModel(queue, this::filter);
  }

  QueueFilter filter() {
    Set<TicketStatus> statuses =
        status == null || ALL.equals(status) ? Set.of() : Set.of(TicketStatus.valueOf(status));
    return new QueueFilter(statuses, category, sla);
  }

  public TicketStatus[] getStatuses() {
    return TicketStatus.values();
  }

  public TicketCategory[] getCategories() {
    return TicketCategory.values();
  }

  public TicketQueueModel getTickets() {
    return tickets;
  }

  public String getStatus() {
    return status;
  }

  /** Only known statuses are kept; anything else shows every status. */
  public void setStatus(String status) {
    boolean known =
        status != null
            && java.util.Arrays.stream(TicketStatus.values())
                .anyMatch(s -> s.name().equals(status));
    this.status = known ? status : ALL;
  }

  public String getSla() {
    return sla == null ? null : sla.name();
  }

  /** Only known alerts are kept; anything else shows every ticket. */
  public void setSla(String sla) {
    this.sla =
        java.util.Arrays.stream(SlaAlert.values())
            .filter(a -> a.name().equals(sla))
            .findFirst()
            .orElse(null);
  }

  public TicketCategory getCategory() {
    return category;
  }

  public void setCategory(TicketCategory category) {
    this.category = category;
  }
}
