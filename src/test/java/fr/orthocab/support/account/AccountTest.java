package fr.orthocab.support.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTest {
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  private final Account account =
      Account.forStaff("Lucie.Moreau@Orthocab.fr", "Lucie Moreau", "hash", Role.AGENT);

  @Test
  void aNewPasswordEndsTheSessionsOpenedBefore() {
    assertTrue(account.sessionValid(NOW.minusSeconds(3600)));
    account.passwordChosen("new hash", NOW);
    assertFalse(account.sessionValid(NOW.minusNanos(1000)));
    assertTrue(account.sessionValid(NOW), "the session that made the change holds");
    assertTrue(account.sessionValid(NOW.plusSeconds(1)));
  }

  @Test
  void aDeactivatedAccountHoldsNoSessionUntilReactivatedAndLoggedInAgain() {
    account.deactivate(NOW);
    assertEquals(AccountStatus.DEACTIVATED, account.getStatus());
    assertFalse(account.sessionValid(NOW.plusSeconds(10)));
    account.reactivate();
    assertEquals(AccountStatus.ACTIVE, account.getStatus());
    assertFalse(account.sessionValid(NOW.minusSeconds(10)), "a session from before stays ended");
    assertTrue(account.sessionValid(NOW.plusSeconds(10)));
  }

  @Test
  void anInvitedMemberHasNoPasswordUntilTheyChooseOne() {
    Account invited = Account.forStaff("nouveau@orthocab.fr", "Nouveau", null, Role.AGENT);
    assertEquals(AccountStatus.INVITED, invited.getStatus());
    invited.passwordChosen("hash", NOW);
    assertEquals(AccountStatus.ACTIVE, invited.getStatus());
  }

  @Test
  void onlyStaffRolesChangeAndOnlyToAStaffRole() {
    account.changeRole(Role.SUPERVISOR);
    assertEquals(Role.SUPERVISOR, account.getRole());
    assertThrows(IllegalArgumentException.class, () -> account.changeRole(Role.CUSTOMER));
  }

  @Test
  void aLoginIsDated() {
    account.loggedIn(NOW);
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
