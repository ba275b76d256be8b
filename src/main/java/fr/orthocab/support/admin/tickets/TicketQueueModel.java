package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.ticket.QueueFilter;
import fr.orthocab.support.ticket.QueueOrder;
import fr.orthocab.support.ticket.SeenTicket;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketQueue;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Feeds the queue's lazy table from the database, one page at a time, sorted there. */
public class TicketQueueModel extends LazyDataModel<Ticket> {
  private static final long serialVersionUID = 1L;

  /** The page's current filter, kept serializable with the view. */
  interface FilterSource extends Supplier<QueueFilter>, Serializable {}

  private final TicketQueue queue;
  private final FilterSource filter;

  /**
   * What the filter found for the table being drawn, and in which request: the table asks for the
   * count, then for the page, and both read it once. Never reused by a later request, where tickets
   * may have changed.
   */
  private transient TicketQueue.Found found;

  private transient FacesContext foundIn;

  TicketQueueModel(TicketQueue queue, FilterSource filter) {
    this.queue = queue;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    found = queue.find(filter.get());
    foundIn = FacesContext.getCurrentInstance();
    return queue.count(found);
  }

  @Override
  public List<Ticket> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    QueueFilter now = filter.get();
    TicketQueue.Found current =
        found != null && foundIn == FacesContext.getCurrentInstance() && found.filter().equals(now)
            ? found
            : queue.find(now);
    found = null;
    foundIn = null;
    QueueOrder order = current.words() == null ? QueueOrder.WORK : QueueOrder.RELEVANCE;
    boolean ascending = true;
    if (sortBy != null && !sortBy.isEmpty()) {
      SortMeta sort = sortBy.values().iterator().next();
      order = orderFor(sort.getField());
      ascending = sort.getOrder() != SortOrder.DESCENDING;
    }
    return queue.page(current, order, ascending, first, pageSize);
  }

  @Override
  public String getRowKey(Ticket ticket) {
    return String.valueOf(ticket.getId());
  }

  /** The ticket of a row key among the rows of the page on show. */
  @Override
  public Ticket getRowData(String rowKey) {
    List<Ticket> page = getWrappedData();
    if (page == null) {
      return null;
    }
    return page.stream().filter(t -> getRowKey(t).equals(rowKey)).findFirst().orElse(null);
  }

  /**
   * Those of the ticked tickets that the page on show holds, in the version it shows (a filter may
   * have changed the rows since they were ticked).
   */
  List<SeenTicket> shownOf(List<Ticket> ticked) {
    return ticked.stream()
        .map(t -> getRowData(getRowKey(t)))
        .filter(Objects::nonNull)
        .map(SeenTicket::of)
        .toList();
  }

  /** Maps a column's sort field to a fixed order; unknown fields fall back to the work order. */
  static QueueOrder orderFor(String field) {
    if (field == null) {
      return QueueOrder.WORK;
    }
    return switch (field) {
      case "priority" -> QueueOrder.PRIORITY;
      case "reference" -> QueueOrder.REFERENCE;
      case "subject" -> QueueOrder.SUBJECT;
      case "customer" -> QueueOrder.CUSTOMER;
      case "status" -> QueueOrder.STATUS;
      case "category" -> QueueOrder.CATEGORY;
      case "receivedAt" -> QueueOrder.RECEIVED;
      case "lastActivityAt" -> QueueOrder.LAST_ACTIVITY;
      case "awaitingReplySince" -> QueueOrder.AWAITING;
      case "due" -> QueueOrder.DUE;
      default -> QueueOrder.WORK;
    };
  }
}
