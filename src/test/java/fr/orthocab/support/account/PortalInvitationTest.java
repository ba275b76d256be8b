package fr.orthocab.support.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PortalInvitationTest {
  private final Instant created = Instant.parse("2026-11-26T09:00:00Z");
  private final PortalInvitation invitation =
      new PortalInvitation(
          new Customer("Durand", "Camille", "camille@example.fr", Language.FR, created),
          "hash",
          created);

  @Test
  void isValidSeventyTwoHoursAndNotASecondMore() {
    assertEquals(created.plus(Duration.ofHours(72)), invitation.getExpiresAt());
    assertTrue(invitation.usableAt(created.plus(Duration.ofHours(72)).minusSeconds(1)));
    assertFalse(invitation.usableAt(created.plus(Duration.ofHours(72))));
  }

  @Test
  void isUsedOnceOnly() {
    Instant at = created.plus(Duration.ofHours(1));
    invitation.use(at);
    assertEquals(at, invitation.getUsedAt());
    assertFalse(invitation.usableAt(at.plusSeconds(1)));
    assertThrows(IllegalStateException.class, () -> invitation.use(at.plusSeconds(1)));
  }

  @Test
  void cannotBeUsedOnceExpired() {
    assertThrows(
        IllegalStateException.class, () -> invitation.use(created.plus(Duration.ofHours(73))));
  }
}
