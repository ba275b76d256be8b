package fr.orthocab.support.sla;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.sla.calendar.SlaDueInstants;
import fr.orthocab.support.sla.calendar.SlaPolicy;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AcknowledgementTest {
  private final SlaClock clock = new SlaClock(1L, policy());

  private static ServiceLevel policy() {
    return new ServiceLevel(
        null,
        SlaPolicy.NORMAL,
        Account.forStaff("s@orthocab.fr", "S", "h", Role.SUPERVISOR),
        Instant.EPOCH);
  }

  AcknowledgementTest() {
    // Monday 11 May 2026, 10:00 Paris: objective Tuesday 10:00, deadline Thursday 00:00
    clock.start(
        Instant.parse("2026-05-11T08:00:00Z"),
        new SlaDueInstants(
            Instant.parse("2026-05-11T14:45:00Z"),
            Instant.parse("2026-05-12T08:00:00Z"),
            Instant.parse("2026-05-13T12:00:00Z"),
            Instant.parse("2026-05-13T22:00:00Z")),
        Instant.parse("2026-05-11T08:00:00Z"));
  }

  @Test
  void theFrenchAcknowledgementStatesTheObjectiveAndTheDeadlineInWords() {
    String text = Acknowledgement.of("OC-42", clock, Language.FR);
    assertTrue(text.contains("OC-42"), text);
    assertTrue(text.contains("en 9 h ouvrées"), text);
    assertTrue(text.contains("au plus tard le mardi 12 mai 2026 à 10 h 00"), text);
    assertTrue(text.contains("au plus tard le mercredi 13 mai 2026 à minuit"), text);
    assertTrue(text.contains("2 jours ouvrables"), text);
    assertTrue(text.contains("d'en ouvrir une nouvelle"), "apostrophes survive MessageFormat");
  }

  @Test
  void theEnglishOneToo() {
    String text = Acknowledgement.of("OC-42", clock, Language.EN);
    assertTrue(text.contains("by midnight on Wednesday 13 May 2026"), text);
    assertTrue(text.contains("within 9 h of opening time"), text);
  }
}
