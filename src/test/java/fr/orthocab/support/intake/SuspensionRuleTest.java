package fr.orthocab.support.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.refusal.Suspension;
import fr.orthocab.support.subscription.Coverage;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.subscription.Subscription;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuspensionRuleTest {
  private static final Instant RECEIVED = Instant.parse("2026-11-23T09:00:00Z");
  private final Customer customer =
      new Customer("Martin", "Claire", "c@x.fr", Language.FR, Instant.EPOCH);
  private final Account nadia = Account.forStaff("n@o.fr", "Nadia", "h", Role.SUPERVISOR);
  private final Coverage lapsed =
      Coverage.at(
          RECEIVED,
          List.of(
              new Subscription(
                  customer,
                  new Pack("TELESOIN", "Pack Télésoin ORTHOCAB", "T", true, true),
                  LocalDate.of(2025, 1, 1),
                  LocalDate.of(2025, 12, 31))));

  private Suspension suspended(Instant from, Instant until) {
    return new Suspension(
        customer, Clause.REFUSE_LANGUAGE, from, until, "Propos grossiers.", null, nadia, from);
  }

  private static IntakeFacts facts(Coverage coverage, long lastDay, Suspension suspension) {
    return new IntakeFacts(
        new NewRequest(1L, "Sujet", TicketCategory.BUG, TicketChannel.PORTAL, "Texte", RECEIVED),
        coverage,
        lastDay,
        5,
        suspension);
  }

  @Test
  void aRequestDuringASuspensionIsRefusedUnderItsClauseAndNoOtherRuleIsAsked() {
    Suspension suspension =
        suspended(RECEIVED.minus(Duration.ofDays(1)), RECEIVED.plus(Duration.ofDays(1)));
    Verdict verdict = new IntakePipeline().evaluate(facts(lapsed, 9, suspension));

    assertTrue(verdict.isRefused());
    RuleRefusal refusal = verdict.refusal().orElseThrow();
    assertEquals(Clause.REFUSE_LANGUAGE, refusal.clause());
    assertEquals("rule:SuspensionRule", refusal.rule());
    assertEquals("Propos grossiers.", refusal.explanation());
    assertEquals(TicketStatus.OPEN, verdict.status(), "opened, then refused: no hold");
    assertTrue(verdict.decisions().isEmpty(), "the refusal records the one decision");
  }

  @Test
  void aSuspensionThatDoesNotCoverTheReceiptRefusesNothing() {
    Suspension over = suspended(RECEIVED.minus(Duration.ofDays(2)), RECEIVED);
    Verdict verdict = new IntakePipeline().evaluate(facts(lapsed, 0, over));
    assertFalse(verdict.isRefused());
    assertEquals(TicketStatus.AWAITING_RENEWAL, verdict.status());
  }

  @Test
  void withoutSuspensionTheRuleLeavesTheVerdictAlone() {
    Verdict verdict = new Verdict();
    new SuspensionRule().apply(facts(lapsed, 0, null), verdict);
    assertFalse(verdict.isRefused());
    assertTrue(verdict.decisions().isEmpty());
  }
}
