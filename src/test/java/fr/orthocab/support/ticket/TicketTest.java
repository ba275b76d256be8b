package fr.orthocab.support.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TicketTest {
  private static final Instant RECEIVED = Instant.parse("2026-11-23T09:00:00Z");

  private static Ticket ticket(Priority priority) {
    Customer customer = new Customer("Martin", "Claire", "c@x.fr", Language.FR, RECEIVED);
    return new Ticket(
        customer,
        "  Lien absent  ",
        TicketCategory.BUG,
        TicketChannel.PORTAL,
        priority,
        TicketStatus.OPEN,
        RECEIVED);
  }

  @Test
  void aNewTicketIsOpenAndAwaitsAReplySinceItsReceipt() {
    Ticket ticket = ticket(Priority.HIGH);
    assertEquals(TicketStatus.OPEN, ticket.getStatus());
    assertEquals(RECEIVED, ticket.getAwaitingReplySince());
    assertEquals("Lien absent", ticket.getSubject());
  }

  @Test
  void aTicketNeedsASubject() {
    Customer customer = new Customer("Martin", "Claire", "c@x.fr", Language.FR, RECEIVED);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Ticket(
                customer,
                " ",
                TicketCategory.BUG,
                TicketChannel.PORTAL,
                Priority.HIGH,
                TicketStatus.OPEN,
                RECEIVED));
  }

  @Test
  void waitingOnTheCustomerIsOnlyPossibleOnceTheCustomerWasAnswered() {
    Ticket ticket = ticket(Priority.NORMAL);
    assertThrows(IllegalTransition.class, () -> ticket.waitOnCustomer(RECEIVED.plusSeconds(60)));

    ticket.agentReplied(RECEIVED.plusSeconds(120));
    ticket.waitOnCustomer(RECEIVED.plusSeconds(180));

    assertEquals(TicketStatus.WAITING_ON_CUSTOMER, ticket.getStatus());
    assertFalse(ticket.awaitsReply());
  }

  @Test
  void aCustomerMessageReopensAWaitingOrResolvedTicketAndWaitsFromItsOwnInstant() {
    Ticket ticket = ticket(Priority.NORMAL);
    ticket.agentReplied(RECEIVED.plusSeconds(60));
    ticket.resolve(RECEIVED.plusSeconds(120));

    Instant comment = RECEIVED.plusSeconds(3600);
    ticket.customerWrote(comment);

    assertEquals(TicketStatus.OPEN, ticket.getStatus());
    assertEquals(comment, ticket.getAwaitingReplySince());
    assertEquals(comment, ticket.getLastActivityAt());
  }

  @Test
  void aFollowUpBeforeAnyReplyKeepsTheOldestWaitingInstant() {
    Ticket ticket = ticket(Priority.NORMAL);
    ticket.customerWrote(RECEIVED.plusSeconds(600));
    assertEquals(RECEIVED, ticket.getAwaitingReplySince());
  }

  @Test
  void aClosedTicketTakesNoMoreMessagesAndCannotBeReopened() {
    Ticket ticket = ticket(Priority.NORMAL);
    ticket.close(RECEIVED.plusSeconds(60));

    assertNull(ticket.getAwaitingReplySince());
    assertThrows(IllegalTransition.class, () -> ticket.customerWrote(RECEIVED.plusSeconds(120)));
    assertThrows(IllegalTransition.class, () -> ticket.agentReplied(RECEIVED.plusSeconds(120)));
    assertThrows(IllegalTransition.class, () -> ticket.reopen(RECEIVED.plusSeconds(120)));
    assertThrows(IllegalTransition.class, () -> ticket.close(RECEIVED.plusSeconds(120)));
  }

  @Test
  void aHeldRequestHasNoClockUntilReleasedAndThenCountsFromTheRelease() {
    Customer customer = new Customer("Petit", "Sophie", "s@x.fr", Language.FR, RECEIVED);
    Ticket held =
        new Ticket(
            customer,
            "Export",
            TicketCategory.BUG,
            TicketChannel.PORTAL,
            Priority.NORMAL,
            TicketStatus.AWAITING_RENEWAL,
            RECEIVED);
    assertNull(held.getAwaitingReplySince());
    held.customerWrote(RECEIVED.plusSeconds(60));
    assertNull(held.getAwaitingReplySince(), "a comment on a held request starts no clock");
    assertThrows(IllegalTransition.class, () -> held.resolve(RECEIVED.plusSeconds(90)));

    Instant released = RECEIVED.plusSeconds(3600);
    held.release(released);
    assertEquals(TicketStatus.OPEN, held.getStatus());
    assertEquals(released, held.getAwaitingReplySince());
    assertThrows(IllegalTransition.class, () -> held.release(released));
  }

  @Test
  void aNewTicketIsOpenOrHeldNothingElse() {
    Customer customer = new Customer("Petit", "Sophie", "s@x.fr", Language.FR, RECEIVED);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Ticket(
                customer,
                "Sujet",
                TicketCategory.BUG,
                TicketChannel.PORTAL,
                Priority.NORMAL,
                TicketStatus.RESOLVED,
                RECEIVED));
  }

  @Test
  void aRefusedTicketHasNoClockTakesNoMessageAndReopensWhenTheRefusalIsLifted() {
    Ticket ticket = ticket(Priority.NORMAL);
    ticket.refuse(RECEIVED.plusSeconds(60));
    assertEquals(TicketStatus.REFUSED, ticket.getStatus());
    assertNull(ticket.getAwaitingReplySince());
    assertThrows(IllegalTransition.class, () -> ticket.customerWrote(RECEIVED.plusSeconds(90)));
    assertThrows(IllegalTransition.class, () -> ticket.refuse(RECEIVED.plusSeconds(90)));
    assertThrows(IllegalTransition.class, () -> ticket.resolve(RECEIVED.plusSeconds(90)));

    Instant lifted = RECEIVED.plusSeconds(600);
    ticket.liftRefusal(lifted);
    assertEquals(TicketStatus.OPEN, ticket.getStatus());
    assertEquals(lifted, ticket.getAwaitingReplySince());
  }

  @Test
  void priorityRankPutsHighFirst() {
    assertTrue(Priority.HIGH.rank() < Priority.NORMAL.rank());
    Ticket ticket = ticket(Priority.NORMAL);
    ticket.prioritise(Priority.HIGH);
    assertEquals(Priority.HIGH, ticket.getPriority());
  }

  @Test
  void theReferenceComesFromTheDatabaseNumber() {
    Ticket ticket = ticket(Priority.NORMAL);
    assertThrows(IllegalStateException.class, ticket::numberFromId);
  }

  private static Ticket fromUnknownSender() {
    return Ticket.fromUnknownSender(
        new Sender(" inconnu@example.fr ", "Durand", null),
        "Accès impossible",
        TicketCategory.OTHER,
        TicketChannel.API,
        RECEIVED);
  }

  @Test
  void anUnknownSendersRequestWaitsForIdentificationWithoutClock() {
    Ticket ticket = fromUnknownSender();
    assertEquals(TicketStatus.AWAITING_IDENTIFICATION, ticket.getStatus());
    assertFalse(ticket.isIdentified());
    assertNull(ticket.getAwaitingReplySince());
    assertEquals(RECEIVED, ticket.getHeldSince());
    assertEquals("Durand <inconnu@example.fr>", ticket.getRequesterName());
    assertEquals("inconnu@example.fr", ticket.getRequesterEmail());
    assertThrows(IllegalTransition.class, () -> ticket.release(RECEIVED.plusSeconds(60)));
  }

  @Test
  void anIdentifiedRequestTakesItsCustomerAndItsClockStartsAtTheIdentification() {
    Ticket ticket = fromUnknownSender();
    Customer customer = new Customer("Durand", "Marc", "marc@x.fr", Language.FR, RECEIVED);
    Instant identified = RECEIVED.plusSeconds(3600);

    ticket.identify(customer, Priority.HIGH, TicketStatus.OPEN, identified);

    assertEquals(TicketStatus.OPEN, ticket.getStatus());
    assertEquals(identified, ticket.getAwaitingReplySince());
    assertEquals(Priority.HIGH, ticket.getPriority());
    assertNull(ticket.getHeldSince());
    assertEquals("Marc Durand", ticket.getRequesterName());
    assertThrows(
        IllegalTransition.class,
        () -> ticket.identify(customer, Priority.HIGH, TicketStatus.OPEN, identified));
  }

  @Test
  void anIdentifiedLapsedCustomersRequestIsHeldAgainFromTheIdentification() {
    Ticket ticket = fromUnknownSender();
    Customer customer = new Customer("Durand", "Marc", "marc@x.fr", Language.FR, RECEIVED);
    Instant identified = RECEIVED.plusSeconds(3600);

    ticket.identify(customer, Priority.NORMAL, TicketStatus.AWAITING_RENEWAL, identified);

    assertEquals(TicketStatus.AWAITING_RENEWAL, ticket.getStatus());
    assertNull(ticket.getAwaitingReplySince());
    assertEquals(identified, ticket.getHeldSince());
  }

  @Test
  void liftingTheRefusalOfAnUnidentifiedRequestWaitsForIdentificationAgain() {
    Ticket ticket = fromUnknownSender();
    ticket.refuse(RECEIVED.plusSeconds(60));
    ticket.liftRefusal(RECEIVED.plusSeconds(120));
    assertEquals(TicketStatus.AWAITING_IDENTIFICATION, ticket.getStatus());
    assertEquals(RECEIVED.plusSeconds(120), ticket.getHeldSince());
    assertNull(ticket.getAwaitingReplySince());
  }

  @Test
  void aKnownCustomersRequestNeverWaitsForIdentification() {
    Customer customer = new Customer("Martin", "Claire", "c@x.fr", Language.FR, RECEIVED);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Ticket(
                customer,
                "Sujet",
                TicketCategory.BUG,
                TicketChannel.PORTAL,
                Priority.HIGH,
                TicketStatus.AWAITING_IDENTIFICATION,
                RECEIVED));
  }

  @Test
  void aLapseHoldsARequestInProgressWithoutClockUntilTheRenewalReleasesIt() {
    Ticket open = ticket(Priority.HIGH);
    Instant lapse = RECEIVED.plusSeconds(3600);
    open.holdForRenewal(lapse);
    assertEquals(TicketStatus.AWAITING_RENEWAL, open.getStatus());
    assertNull(open.getAwaitingReplySince(), "no clock while held");
    assertEquals(lapse, open.getHeldSince());
    assertEquals(lapse, open.getLastActivityAt());

    open.customerWrote(lapse.plusSeconds(60));
    assertEquals(TicketStatus.AWAITING_RENEWAL, open.getStatus(), "a comment is kept, held");
    assertNull(open.getAwaitingReplySince());

    Instant renewal = lapse.plusSeconds(7200);
    open.release(renewal);
    assertEquals(TicketStatus.OPEN, open.getStatus());
    assertEquals(renewal, open.getAwaitingReplySince());
    assertNull(open.getHeldSince());

    Ticket waiting = ticket(Priority.NORMAL);
    waiting.agentReplied(RECEIVED.plusSeconds(60));
    waiting.waitOnCustomer(RECEIVED.plusSeconds(120));
    waiting.holdForRenewal(lapse);
    assertEquals(TicketStatus.AWAITING_RENEWAL, waiting.getStatus());
  }

  @Test
  void onlyARequestInProgressCanBeHeldForRenewal() {
    Ticket resolved = ticket(Priority.NORMAL);
    resolved.resolve(RECEIVED.plusSeconds(60));
    assertThrows(IllegalTransition.class, () -> resolved.holdForRenewal(RECEIVED.plusSeconds(90)));

    Ticket held = ticket(Priority.NORMAL);
    held.holdForRenewal(RECEIVED.plusSeconds(60));
    assertThrows(IllegalTransition.class, () -> held.holdForRenewal(RECEIVED.plusSeconds(90)));

    Ticket closed = ticket(Priority.NORMAL);
    closed.close(RECEIVED.plusSeconds(60));
    assertThrows(IllegalTransition.class, () -> closed.holdForRenewal(RECEIVED.plusSeconds(90)));

    Ticket unknown =
        Ticket.fromUnknownSender(
            new Sender("x@y.fr", "Inconnu", "Jean"),
            "Accès",
            TicketCategory.OTHER,
            TicketChannel.API,
            RECEIVED);
    assertThrows(IllegalTransition.class, () -> unknown.holdForRenewal(RECEIVED.plusSeconds(90)));
  }

  @Test
  void aMergedTicketPointsToItsOriginalWhichTakesItsWaitingMessage() {
    Customer claire = new Customer("Martin", "Claire", "c@x.fr", Language.FR, RECEIVED);
    Ticket original =
        new Ticket(
            claire,
            "Export",
            TicketCategory.BUG,
            TicketChannel.PORTAL,
            Priority.NORMAL,
            TicketStatus.OPEN,
            RECEIVED);
    original.agentReplied(RECEIVED.plusSeconds(60));
    original.waitOnCustomer(RECEIVED.plusSeconds(60));
    Ticket duplicate =
        new Ticket(
            claire,
            "Export encore",
            TicketCategory.BUG,
            TicketChannel.PORTAL,
            Priority.NORMAL,
            TicketStatus.OPEN,
            RECEIVED.plusSeconds(120));

    duplicate.mergeInto(original, RECEIVED.plusSeconds(180));

    assertEquals(TicketStatus.MERGED, duplicate.getStatus());
    assertEquals(original, duplicate.getMergedInto());
    assertFalse(duplicate.awaitsReply());
    assertEquals(TicketStatus.OPEN, original.getStatus());
    assertEquals(RECEIVED.plusSeconds(120), original.getAwaitingReplySince());
    assertThrows(IllegalTransition.class, () -> duplicate.close(RECEIVED.plusSeconds(240)));
    assertThrows(
        IllegalTransition.class, () -> duplicate.mergeInto(original, RECEIVED.plusSeconds(240)));
  }

  @Test
  void aTicketMergesOnlyIntoAnotherTicketInProgressOfTheSameCustomer() {
    Ticket claires = ticket(Priority.NORMAL);
    Ticket another = ticket(Priority.NORMAL);
    Ticket closed =
        new Ticket(
            claires.getCustomer(),
            "Fermée",
            TicketCategory.BUG,
            TicketChannel.PORTAL,
            Priority.NORMAL,
            TicketStatus.OPEN,
            RECEIVED);
    closed.close(RECEIVED.plusSeconds(60));

    assertThrows(IllegalArgumentException.class, () -> claires.mergeInto(claires, RECEIVED));
    assertThrows(IllegalArgumentException.class, () -> claires.mergeInto(another, RECEIVED));
    assertThrows(IllegalArgumentException.class, () -> claires.mergeInto(closed, RECEIVED));
  }

  @Test
  void theTicketAnswersThePagesWithItsStatusAndWhatElseTheActionNeeds() {
    Ticket ticket = ticket(Priority.NORMAL);
    assertTrue(ticket.can(TicketAction.RESOLVE));
    assertFalse(ticket.can(TicketAction.REOPEN));
    assertFalse(ticket.can(TicketAction.WAIT_ON_CUSTOMER), "the customer still waits");
    ticket.agentReplied(RECEIVED.plusSeconds(60));
    assertTrue(ticket.can(TicketAction.WAIT_ON_CUSTOMER));
    assertTrue(ticket.can(TicketAction.MERGE));

    Ticket unknown = fromUnknownSender();
    assertTrue(unknown.can(TicketAction.IDENTIFY));
    assertFalse(unknown.can(TicketAction.MERGE));
    assertFalse(unknown.can(TicketAction.RELEASE));
  }

  @Test
  void aClosedTicketIsNeitherAssignedNorMergedAndAHeldOneIsNotMerged() {
    Account agent = Account.forStaff("a@orthocab.fr", "Agent", "hash", Role.AGENT);
    Ticket original = ticket(Priority.NORMAL);
    Ticket closed = ticket(Priority.NORMAL);
    closed.close(RECEIVED.plusSeconds(60));
    assertThrows(IllegalTransition.class, () -> closed.assignTo(agent, RECEIVED.plusSeconds(90)));
    assertThrows(
        IllegalTransition.class, () -> closed.mergeInto(original, RECEIVED.plusSeconds(90)));

    Ticket held = ticket(Priority.NORMAL);
    held.holdForRenewal(RECEIVED.plusSeconds(60));
    assertThrows(IllegalTransition.class, () -> held.mergeInto(original, RECEIVED.plusSeconds(90)));
  }

  @Test
  void theTicketReportsEachChangeOfItsWaitItselfOnce() {
    Ticket ticket = ticket(Priority.NORMAL);
    assertEquals(
        new WaitingChange(null, RECEIVED, false),
        ticket.takeWaitingChange().orElseThrow(),
        "a new request waits from its receipt");
    assertTrue(ticket.takeWaitingChange().isEmpty(), "told once");

    ticket.noted(RECEIVED.plusSeconds(30));
    ticket.customerWrote(RECEIVED.plusSeconds(40));
    assertTrue(ticket.takeWaitingChange().isEmpty(), "a note or a follow-up moves no wait");

    ticket.agentReplied(RECEIVED.plusSeconds(60));
    assertEquals(
        new WaitingChange(RECEIVED, RECEIVED.plusSeconds(60), true),
        ticket.takeWaitingChange().orElseThrow(),
        "answered");

    ticket.customerWrote(RECEIVED.plusSeconds(120));
    ticket.close(RECEIVED.plusSeconds(180));
    assertTrue(
        ticket.takeWaitingChange().isEmpty(),
        "a wait that started and ended since last asked is no change, as for the clock before");
  }

  @Test
  void aTicketWhoseWaitChangedUntoldRefusesToBeWritten() {
    Ticket ticket = ticket(Priority.NORMAL);
    ticket.takeWaitingChange();
    ticket.refuseUnreportedChange();

    ticket.agentReplied(RECEIVED.plusSeconds(60));
    assertThrows(IllegalStateException.class, ticket::refuseUnreportedChange);

    ticket.takeWaitingChange();
    ticket.refuseUnreportedChange();
  }

  @Test
  void aTicketReportsItsStatusAndAssigneeChangesOnceForTheAuditTrail() {
    Ticket ticket = ticket(Priority.NORMAL);
    assertTrue(ticket.takeAuditedChanges().isEmpty(), "a new ticket changed nothing yet");
    Account lucie = Account.forStaff("l@orthocab.fr", "Lucie Moreau", "hash", Role.AGENT);
    Account thomas = Account.forStaff("t@orthocab.fr", "Thomas Roux", "hash", Role.AGENT);

    ticket.assignTo(lucie, RECEIVED.plusSeconds(10));
    ticket.resolve(RECEIVED.plusSeconds(20));
    ticket.close(RECEIVED.plusSeconds(30));
    assertEquals(
        java.util.List.of(
            new AuditedChange(
                fr.orthocab.support.audit.AuditAction.TICKET_STATUS_CHANGED, "OPEN → CLOSED"),
            new AuditedChange(
                fr.orthocab.support.audit.AuditAction.TICKET_ASSIGNED, "Lucie Moreau")),
        ticket.takeAuditedChanges());
    assertTrue(ticket.takeAuditedChanges().isEmpty(), "taken once");

    Ticket other = ticket(Priority.NORMAL);
    other.assignTo(lucie, RECEIVED);
    other.takeAuditedChanges();
    other.assignTo(thomas, RECEIVED.plusSeconds(10));
    assertEquals(
        "Lucie Moreau → Thomas Roux", other.takeAuditedChanges().get(0).detail(), "reassigned");
    other.unassign(RECEIVED.plusSeconds(20));
    assertEquals(
        new AuditedChange(fr.orthocab.support.audit.AuditAction.TICKET_UNASSIGNED, "Thomas Roux"),
        other.takeAuditedChanges().get(0));
    other.unassign(RECEIVED.plusSeconds(30));
    assertTrue(other.takeAuditedChanges().isEmpty(), "nobody to unassign");
  }

  @Test
  void aStatusChangeThatCameBackIsNoChangeAndAnUntoldOneRefusesToBeWritten() {
    Ticket ticket = ticket(Priority.NORMAL);
    ticket.agentReplied(RECEIVED.plusSeconds(5));
    ticket.takeWaitingChange();
    ticket.waitOnCustomer(RECEIVED.plusSeconds(10));
    ticket.reopen(RECEIVED.plusSeconds(20));
    assertTrue(ticket.takeAuditedChanges().isEmpty());

    ticket.resolve(RECEIVED.plusSeconds(30));
    assertThrows(IllegalStateException.class, ticket::refuseUnreportedChange);
    ticket.takeAuditedChanges();
    ticket.refuseUnreportedChange();
  }
}
