package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.ticket.QueueFilter;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketQueue;
import fr.orthocab.support.ticket.TicketStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;

/** The agents' queue: tickets awaiting an agent by default, priority first, then the oldest. */
@Named
@ViewScoped
public class QueueBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The status filter's value meaning "every status". */
  public static final String ALL = "ALL";

  @Inject private TicketQueue queue;

  private String status = TicketStatus.OPEN.name();
  private TicketCategory category;
  private TicketQueueModel tickets;

  @PostConstruct
  void init() {
    tickets = new TicketQueueModel(queue, this::filter);
  }

  QueueFilter filter() {
    Set<TicketStatus> statuses =
        status == null || ALL.equals(status) ? Set.of() : Set.of(TicketStatus.valueOf(status));
    return new QueueFilter(statuses, category);
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

  public TicketCategory getCategory() {
    return category;
  }

  public void setCategory(TicketCategory category) {
    this.category = category;
  }
}
