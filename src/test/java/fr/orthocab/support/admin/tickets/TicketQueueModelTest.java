package fr.orthocab.support.admin.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.orthocab.support.ticket.QueueOrder;
import org.junit.jupiter.api.Test;

class TicketQueueModelTest {
  @Test
  void columnsMapToFixedOrdersAndAnythingElseToTheWorkOrder() {
    assertEquals(QueueOrder.SUBJECT, TicketQueueModel.orderFor("subject"));
    assertEquals(QueueOrder.PRIORITY, TicketQueueModel.orderFor("priority"));
    assertEquals(QueueOrder.RECEIVED, TicketQueueModel.orderFor("receivedAt"));
    assertEquals(QueueOrder.DUE, TicketQueueModel.orderFor("due"));
    assertEquals(QueueOrder.AWAITING, TicketQueueModel.orderFor("awaitingReplySince"));
    assertEquals(QueueOrder.WORK, TicketQueueModel.orderFor("t.id; drop table ticket"));
    assertEquals(QueueOrder.WORK, TicketQueueModel.orderFor(null));
  }
}
