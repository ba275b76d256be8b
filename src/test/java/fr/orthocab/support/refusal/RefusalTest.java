package fr.orthocab.support.refusal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.ticket.Priority;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RefusalTest {
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  private final Ticket ticket =
      new Ticket(
          new Customer("Bernard", "Julien", "j@x.fr", Language.FR, NOW),
          "Sujet",
          TicketCategory.OTHER,
          TicketChannel.PORTAL,
          Priority.NORMAL,
          TicketStatus.OPEN,
          NOW);
  private final Account lucie = Account.forStaff("l@o.fr", "Lucie", "h", Role.AGENT);

  @Test
  void onlyRefusalClausesAndAnExplanationMakeARefusal() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Refusal.byAgent(ticket, Clause.SCOPE_PRIORITY, null, lucie, NOW, "Motif"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Refusal.byAgent(ticket, Clause.REFUSE_SPAM, null, lucie, NOW, "  "));
    assertThrows(
        IllegalArgumentException.class,
        () -> Refusal.byAgent(ticket, Clause.REFUSE_SPAM, null, lucie, NOW, "x".repeat(2001)));
  }

  @Test
  void aRefusalIsLiftedOnceAndKeptAsHistory() {
    Refusal refusal =
        Refusal.byAgent(ticket, Clause.REFUSE_DISRESPECT, null, lucie, NOW, "Insultes");
    assertFalse(refusal.isLifted());
    Account nadia = Account.forStaff("n@o.fr", "Nadia", "h", Role.SUPERVISOR);
    refusal.lift(nadia, NOW.plusSeconds(60));
    assertTrue(refusal.isLifted());
    assertThrows(IllegalStateException.class, () -> refusal.lift(nadia, NOW.plusSeconds(120)));
  }
}
