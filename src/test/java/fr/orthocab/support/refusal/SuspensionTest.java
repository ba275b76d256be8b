package fr.orthocab.support.refusal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.policy.Clause;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SuspensionTest {
  private static final Instant FROM = Instant.parse("2026-11-26T10:00:00Z");
  private static final Instant UNTIL = FROM.plus(Duration.ofDays(7));
  private final Customer julien = new Customer("Bernard", "Julien", "j@x.fr", Language.FR, FROM);
  private final Account nadia = Account.forStaff("n@o.fr", "Nadia", "h", Role.SUPERVISOR);

  private Suspension suspension(Clause clause, Instant from, Instant until, String explanation) {
    return new Suspension(julien, clause, from, until, explanation, null, nadia, from);
  }

  @Test
  void onlyBehaviourClausesSuspendSupport() {
    for (Clause clause : Clause.values()) {
      boolean behaviour =
          clause == Clause.REFUSE_DISRESPECT
              || clause == Clause.REFUSE_LANGUAGE
              || clause == Clause.REFUSE_SPAM;
      if (behaviour) {
        assertEquals(clause, suspension(clause, FROM, UNTIL, "Insultes").getClause());
      } else {
        assertThrows(
            IllegalArgumentException.class, () -> suspension(clause, FROM, UNTIL, "Insultes"));
      }
    }
  }

  @Test
  void aSuspensionEndsAfterItStartsAndIsExplained() {
    assertThrows(
        IllegalArgumentException.class, () -> suspension(Clause.REFUSE_SPAM, FROM, FROM, "Spam"));
    assertThrows(
        IllegalArgumentException.class, () -> suspension(Clause.REFUSE_SPAM, UNTIL, FROM, "Spam"));
    assertThrows(
        IllegalArgumentException.class, () -> suspension(Clause.REFUSE_SPAM, FROM, UNTIL, " "));
    assertThrows(
        IllegalArgumentException.class,
        () -> suspension(Clause.REFUSE_SPAM, FROM, UNTIL, "x".repeat(2001)));
    assertThrows(
        NullPointerException.class,
        () -> new Suspension(julien, Clause.REFUSE_SPAM, FROM, UNTIL, "Spam", null, null, FROM));
  }

  @Test
  void itCoversItsPeriodFromItsStartUpToButNotIncludingItsEnd() {
    Suspension suspension = suspension(Clause.REFUSE_LANGUAGE, FROM, UNTIL, "Propos grossiers");
    assertFalse(suspension.covers(FROM.minusMillis(1)));
    assertTrue(suspension.covers(FROM));
    assertTrue(suspension.covers(UNTIL.minusMillis(1)));
    assertFalse(suspension.covers(UNTIL));
  }

  @Test
  void endedEarlyItNoLongerCoversWhatFollowsAndStaysOnRecord() {
    Suspension suspension = suspension(Clause.REFUSE_DISRESPECT, FROM, UNTIL, "Insultes");
    Instant ended = FROM.plus(Duration.ofDays(2));
    suspension.end(nadia, ended);

    assertTrue(suspension.isEnded());
    assertEquals(ended, suspension.getEndedAt());
    assertEquals(nadia, suspension.getEndedBy());
    assertTrue(suspension.covers(ended.minusMillis(1)), "what came before stays refused");
    assertFalse(suspension.covers(ended));
    assertThrows(IllegalStateException.class, () -> suspension.end(nadia, ended.plusSeconds(1)));
  }

  @Test
  void aSuspensionAlreadyOverCannotBeEnded() {
    Suspension suspension = suspension(Clause.REFUSE_SPAM, FROM, UNTIL, "Spam");
    assertThrows(IllegalStateException.class, () -> suspension.end(nadia, UNTIL));
    assertFalse(suspension.isEnded());
  }
}
