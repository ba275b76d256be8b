package fr.orthocab.support.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.orthocab.support.ticket.BulkResult.Reason;
import fr.orthocab.support.ticket.BulkResult.Skipped;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkResultTest {
  @Test
  void eachRefusalOfATicketGivesItsReason() {
    assertEquals(Reason.CHANGED_MEANWHILE, Reason.of(new TicketChangedMeanwhile("OC-1")));
    assertEquals(
        Reason.NOT_ALLOWED, Reason.of(new IllegalTransition(TicketStatus.MERGED, "close")));
    assertEquals(Reason.ASSIGNEE_REFUSED, Reason.of(new AssigneeRefused(4)));
    assertEquals(Reason.NOT_FOUND, Reason.of(new TicketNotFound(9)));
    assertEquals(Reason.FAILED, Reason.of(new IllegalStateException("database down")));
  }

  @Test
  void changedAndSkippedKeepTheSelectionsOrderAndCannotBeEditedFromOutside() {
    BulkResult result = new BulkResult();
    result.changed("OC-1");
    result.skipped(2, "OC-2", Reason.CHANGED_MEANWHILE);
    result.changed("OC-3");
    result.skipped(4, "OC-4", Reason.NOT_ALLOWED);

    assertEquals(List.of("OC-1", "OC-3"), result.changed());
    assertEquals(
        List.of(
            new Skipped(2, "OC-2", Reason.CHANGED_MEANWHILE),
            new Skipped(4, "OC-4", Reason.NOT_ALLOWED)),
        result.skipped());
    assertThrows(UnsupportedOperationException.class, () -> result.changed().add("OC-5"));
  }
}
