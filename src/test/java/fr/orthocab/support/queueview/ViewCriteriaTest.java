package fr.orthocab.support.queueview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.screening.FlagKind;
import fr.orthocab.support.ticket.QueueFilter;
import fr.orthocab.support.ticket.SlaAlert;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ViewCriteriaTest {
  private static ViewCriteria criteria(String status, String assignee, String pack) {
    return new ViewCriteria(status, null, null, assignee, pack, null, null, null, null);
  }

  @Test
  void statusChoicesAreAStatusOrAGroupAndNothingElse() {
    assertEquals(Set.of(TicketStatus.OPEN), StatusChoice.statuses("OPEN").orElseThrow());
    assertEquals(Set.of(), StatusChoice.statuses("ALL").orElseThrow());
    assertEquals(
        Set.of(
            TicketStatus.AWAITING_RENEWAL,
            TicketStatus.THROTTLED,
            TicketStatus.AWAITING_IDENTIFICATION),
        StatusChoice.statuses("HELD").orElseThrow());
    assertEquals(
        Set.of(TicketStatus.OPEN, TicketStatus.WAITING_ON_CUSTOMER),
        StatusChoice.statuses("IN_PROGRESS").orElseThrow());
    assertTrue(StatusChoice.statuses("open").isEmpty(), "names are read as written");
    assertTrue(StatusChoice.statuses("OPEN,CLOSED").isEmpty());
    assertTrue(StatusChoice.statuses(null).isEmpty());
  }

  @Test
  void unknownPartsAreRefusedNeverGuessed() {
    assertThrows(IllegalArgumentException.class, () -> criteria("OPENED", null, null));
    assertThrows(IllegalArgumentException.class, () -> criteria("OPEN", "lucie", null));
    assertThrows(IllegalArgumentException.class, () -> criteria("OPEN", "a b@c.fr", null));
    assertThrows(IllegalArgumentException.class, () -> criteria("OPEN", null, "pack;drop"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ViewCriteria("OPEN", null, "x".repeat(201), null, null, null, null, null, null));
  }

  @Test
  void blanksAreNothingAndAMissingStatusIsEveryStatus() {
    ViewCriteria blank = new ViewCriteria(null, null, "  ", " ", "", null, null, null, null);
    assertEquals("ALL", blank.status());
    assertNull(blank.words());
    assertNull(blank.assignee());
    assertNull(blank.packCode());
    assertEquals(new QueueFilter(Set.of(), null), blank.filter("lucie@orthocab.fr"));
  }

  @Test
  void meIsWhoeverOpensTheViewAndDaysAreParisDays() {
    ViewCriteria mine =
        new ViewCriteria(
            "IN_PROGRESS",
            TicketCategory.BUG,
            " rappels ",
            "ME",
            "TELESOIN",
            FlagKind.OFFENSIVE_LANGUAGE,
            SlaAlert.DUE_SOON,
            LocalDate.of(2026, 7, 1),
            LocalDate.of(2026, 7, 31));
    QueueFilter lucies = mine.filter("lucie@orthocab.fr");
    assertEquals(Set.of(TicketStatus.OPEN, TicketStatus.WAITING_ON_CUSTOMER), lucies.statuses());
    assertEquals("rappels", lucies.words());
    assertEquals("lucie@orthocab.fr", lucies.assignee().agentEmail());
    assertEquals("thomas@orthocab.fr", mine.filter("thomas@orthocab.fr").assignee().agentEmail());
    assertEquals(Instant.parse("2026-06-30T22:00:00Z"), lucies.receivedFrom());
    assertEquals(Instant.parse("2026-07-31T22:00:00Z"), lucies.receivedUntil());
    assertEquals(SlaAlert.DUE_SOON, lucies.sla());
    assertEquals("OFFENSIVE_LANGUAGE", lucies.flagKind().name());
    assertTrue(criteria("OPEN", "NOBODY", null).filter("x@y.fr").assignee().nobodys());
  }

  @Test
  void viewKeysNameABuiltInViewOrASavedOneStrictly() {
    assertEquals(42L, ViewKey.savedId("saved-42").orElseThrow());
    assertEquals("saved-42", ViewKey.saved(42));
    assertTrue(ViewKey.savedId("saved-042").isEmpty());
    assertTrue(ViewKey.savedId("saved-1 ").isEmpty());
    assertTrue(ViewKey.savedId("saved-99999999999999999999").isEmpty());
    assertTrue(ViewKey.savedId("mine").isEmpty());
    assertTrue(ViewKey.isWellFormed("mine"));
    assertTrue(ViewKey.isWellFormed("flagged-offensive-language"));
    assertTrue(!ViewKey.isWellFormed("theirs"));
  }

  @Test
  void builtInViewsAreTheContractsAndOneFlaggedViewPerKind() {
    assertEquals(
        java.util.List.of(
            "mine",
            "unassigned",
            "open",
            "waiting",
            "due-soon",
            "breached",
            "flagged-external-product",
            "flagged-offensive-language",
            "flagged-probable-duplicate",
            "held"),
        BuiltInView.views().stream().map(BuiltInView::key).toList());
    ViewCriteria mine = BuiltInView.byKey("mine").orElseThrow().criteria();
    assertEquals("ME", mine.assignee());
    assertEquals("IN_PROGRESS", mine.status());
    assertEquals(SlaAlert.DUE_SOON, BuiltInView.byKey("due-soon").orElseThrow().criteria().sla());
    assertEquals("HELD", BuiltInView.byKey("held").orElseThrow().criteria().status());
    assertEquals(
        "admin_tickets_queue.view.flaggedGroup",
        BuiltInView.byKey("flagged-probable-duplicate").orElseThrow().labelKey());
  }
}
