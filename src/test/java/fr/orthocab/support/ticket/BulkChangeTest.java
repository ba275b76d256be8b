package fr.orthocab.support.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BulkChangeTest {
  @Test
  void aChangeMustChangeSomethingAndABlankNoteIsNone() {
    assertThrows(IllegalArgumentException.class, () -> BulkChange.note("   "));
    assertThrows(IllegalArgumentException.class, () -> BulkChange.answerAction(null, null));
    assertThrows(IllegalArgumentException.class, () -> new BulkChange(7L, true, null, null));
    assertEquals("À rappeler", BulkChange.note("  À rappeler \n").note());
    assertNull(BulkChange.answerAction(TicketStatus.RESOLVED, " ").note());
  }

  @Test
  void whatIsAlreadySoIsLeftAsItIs() {
    BulkChange waiting = BulkChange.status(TicketStatus.WAITING_ON_CUSTOMER);
    assertFalse(waiting.changes(TicketStatus.WAITING_ON_CUSTOMER, null));
    assertTrue(waiting.changes(TicketStatus.OPEN, null));

    BulkChange toLucie = BulkChange.assign(3);
    assertFalse(toLucie.changes(TicketStatus.OPEN, 3L));
    assertTrue(toLucie.changes(TicketStatus.OPEN, 4L));
    assertTrue(toLucie.changes(TicketStatus.OPEN, null));

    BulkChange backToQueue = BulkChange.unassignAll();
    assertFalse(backToQueue.changes(TicketStatus.OPEN, null));
    assertTrue(backToQueue.changes(TicketStatus.OPEN, 3L));
  }

  @Test
  void aNoteIsAlwaysAddedAndAnAnswersStatusOnlyWhereItMovesTheTicket() {
    assertTrue(BulkChange.note("Vu").changes(TicketStatus.CLOSED, null));
    BulkChange answer = BulkChange.answerAction(TicketStatus.RESOLVED, "Réponse type appliquée");
    assertTrue(answer.changes(TicketStatus.RESOLVED, null), "its note still to add");
    assertFalse(answer.movesStatus(TicketStatus.RESOLVED));
    assertTrue(answer.movesStatus(TicketStatus.OPEN));
    assertFalse(answer.movesAssignee(5L));
  }
}
