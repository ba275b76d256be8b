package fr.orthocab.support.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class QueueOrderTest {
  @Test
  void theWorkOrderIsPriorityThenTheNearestDueInstantThenTheOldestAwaitingReply() {
    assertEquals(
        "t.priorityRank asc, t.replyDueAt asc nulls last,"
            + " t.awaitingReplySince asc nulls last, t.receivedAt asc, t.id asc",
        QueueOrder.WORK.orderBy(true));
  }

  @Test
  void everyOrderEndsWithTheIdSoPagesAreStable() {
    for (QueueOrder order : QueueOrder.values()) {
      assertTrue(order.orderBy(false).endsWith(", t.id asc"), order.name());
      assertTrue(order.orderBy(false).contains("desc"), order.name());
    }
  }

  @Test
  void theDefaultFilterShowsTicketsAwaitingAnAgent() {
    assertEquals(Set.of(TicketStatus.OPEN), QueueFilter.awaitingAgents().statuses());
    assertEquals(Set.of(), new QueueFilter(null, null).statuses());
  }
}
