package fr.orthocab.support.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {
  private static final Instant NOW = Instant.parse("2026-11-26T09:30:00Z");

  @Test
  void anEventNeedsAnActionAndAnActor() {
    assertThrows(
        NullPointerException.class,
        () -> new AuditEvent(null, null, "Le desk", null, null, null, null));
    assertThrows(
        NullPointerException.class,
        () -> new AuditEvent(AuditAction.LOGGED_OUT, null, null, null, null, null, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new AuditEvent(AuditAction.LOGGED_OUT, null, "  ", null, null, null, null));
  }

  @Test
  void longTextsAreClippedNotRefusedAndBlanksAreNone() {
    AuditEvent event =
        new AuditEvent(
            AuditAction.POLICY_PUBLISHED,
            7L,
            "n".repeat(1000),
            null,
            null,
            "d".repeat(2000),
            "a".repeat(100));
    assertEquals(AuditEvent.MAX_ACTOR, event.actor().length());
    assertTrue(event.actor().endsWith("…"));
    assertEquals(AuditEvent.MAX_DETAIL, event.detail().length());
    assertEquals(AuditEvent.MAX_CLIENT_ADDRESS, event.clientAddress().length());
    AuditEvent blank =
        new AuditEvent(AuditAction.LOGGED_OUT, null, " Le desk ", null, null, " ", "");
    assertEquals("Le desk", blank.actor());
    assertNull(blank.detail());
    assertNull(blank.clientAddress());
  }

  @Test
  void anActorNamesPeopleTokensAndTheDesk() {
    AuditEvent byLucie =
        AuditActor.person(3, "Lucie Moreau", "lucie.moreau@orthocab.fr", "192.0.2.7")
            .did(AuditAction.TICKET_ASSIGNED, 12L, 4L, "Lucie Moreau");
    assertEquals("Lucie Moreau <lucie.moreau@orthocab.fr>", byLucie.actor());
    assertEquals(3L, byLucie.actorAccountId());
    assertEquals(12L, byLucie.ticketId());
    assertEquals(4L, byLucie.customerId());
    assertEquals("192.0.2.7", byLucie.clientAddress());
    AuditEvent byToken =
        AuditActor.apiToken(null, "bootstrap", null).did(AuditAction.DATA_EXPORTED, "x.csv");
    assertEquals("API : bootstrap", byToken.actor());
    assertNull(byToken.actorAccountId());
    assertEquals("Le desk", AuditActor.desk().shown());
  }

  @Test
  void anEntryKeepsTheEventAsItWasAndRefusesToBeRewritten() {
    AuditEntry entry =
        new AuditEntry(
            new AuditEvent(
                AuditAction.TICKET_STATUS_CHANGED,
                3L,
                "Lucie Moreau <lucie.moreau@orthocab.fr>",
                12L,
                4L,
                "OPEN → RESOLVED",
                "192.0.2.7"),
            NOW);
    assertEquals(NOW, entry.getOccurredAt());
    assertEquals(AuditAction.TICKET_STATUS_CHANGED, entry.getAction());
    assertEquals(3L, entry.getActorAccountId());
    assertEquals(12L, entry.getTicketId());
    assertEquals(4L, entry.getCustomerId());
    assertEquals("OPEN → RESOLVED", entry.getDetail());
    assertEquals("192.0.2.7", entry.getClientAddress());
    assertThrows(IllegalStateException.class, entry::refuseRewrite);
    assertThrows(NullPointerException.class, () -> new AuditEntry(null, NOW));
  }

  @Test
  void anEntryHasNoSetter() {
    for (Method method : AuditEntry.class.getDeclaredMethods()) {
      assertTrue(
          !method.getName().startsWith("set") || Modifier.isPrivate(method.getModifiers()),
          method.getName());
    }
  }
}
