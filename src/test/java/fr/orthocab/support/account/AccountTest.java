package fr.orthocab.support.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTest {
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  private static final Duration LOCK = Duration.ofMinutes(1);

  private final Account account =
      Account.forStaff("Lucie.Moreau@Orthocab.fr", "Lucie Moreau", "hash", Role.AGENT);

  @Test
  void fiveFailuresLockTheAccountForAMinute() {
    for (int i = 0; i < 4; i++) {
      account.loginFailed(NOW, 5, LOCK);
      assertFalse(account.lockedAt(NOW), "after failure " + (i + 1));
    }
    account.loginFailed(NOW, 5, LOCK);
    assertTrue(account.lockedAt(NOW));
    assertTrue(account.lockedAt(NOW.plusSeconds(59)));
    assertFalse(account.lockedAt(NOW.plusSeconds(60)));
  }

  @Test
  void aSuccessfulLoginForgetsEarlierFailures() {
    account.loginFailed(NOW, 5, LOCK);
    account.loginFailed(NOW, 5, LOCK);
    account.loggedIn(NOW);
    assertEquals(0, account.getFailedLogins());
    assertEquals(NOW, account.getLastLoginAt());
  }

  @Test
  void aCustomerAccountMustBeTiedToItsCustomer() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Account.forStaff("c@x.fr", "Claire", "hash", Role.CUSTOMER));
  }

  @Test
  void rolesKnowWhoIsStaff() {
    assertTrue(Role.AGENT.isStaff());
    assertTrue(Role.SUPERVISOR.isStaff());
    assertFalse(Role.CUSTOMER.isStaff());
  }
}
