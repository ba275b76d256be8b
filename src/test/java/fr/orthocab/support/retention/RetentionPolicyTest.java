package fr.orthocab.support.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {
  private static final Instant NOW = Instant.parse("2026-12-08T03:00:00Z");

  @Test
  void theDefaultsAreThreeYearsOneYearNinetyDaysThirtyDaysSixYears() {
    RetentionPolicy.Cutoffs cut = RetentionPolicy.DEFAULT.cutoffs(NOW);

    assertEquals(Instant.parse("2023-12-09T03:00:00Z"), cut.closedContent(), "1095 days");
    assertEquals(Instant.parse("2025-12-08T03:00:00Z"), cut.files());
    assertEquals(Instant.parse("2026-09-09T03:00:00Z"), cut.rawMails());
    assertEquals(Instant.parse("2026-11-08T03:00:00Z"), cut.webhookBodies());
    assertEquals(Instant.parse("2020-12-09T03:00:00Z"), cut.audit(), "2190 days");
  }

  @Test
  void eachSettingMovesItsOwnCutoffOnly() {
    RetentionPolicy policy = new RetentionPolicy(1095, 10, 90, 30, 2190);

    assertEquals(Instant.parse("2026-11-28T03:00:00Z"), policy.cutoffs(NOW).files());
    assertEquals(RetentionPolicy.DEFAULT.cutoffs(NOW).rawMails(), policy.cutoffs(NOW).rawMails());
  }

  @Test
  void theMarkerSaysThePeriodInYearsWhenItIsWholeYears() {
    assertEquals("[contenu effacé après 3 ans]", RetentionPolicy.DEFAULT.contentMarker());
    assertEquals(
        "[contenu effacé après 400 jours]",
        new RetentionPolicy(400, 365, 90, 30, 2190).contentMarker());
    assertEquals(
        "[contenu effacé après 1 an]", new RetentionPolicy(365, 365, 90, 30, 2190).contentMarker());
  }

  @Test
  void theFilesPeriodIsSaidInTheReadersLanguage() {
    assertEquals("1 an", RetentionPolicy.DEFAULT.filesPeriod(Locale.FRENCH));
    assertEquals("1 year", RetentionPolicy.DEFAULT.filesPeriod(Locale.ENGLISH));
    RetentionPolicy shorter = new RetentionPolicy(1095, 1, 90, 30, 2190);
    assertEquals("1 jour", shorter.filesPeriod(Locale.FRENCH));
    assertEquals("1 day", shorter.filesPeriod(Locale.ENGLISH));
    assertEquals("2 years", new RetentionPolicy(1095, 730, 90, 30, 2190).filesPeriod(Locale.UK));
  }

  @Test
  void aPeriodUnderOneDayIsRefusedRatherThanPurgingEverything() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> new RetentionPolicy(0, 365, 90, 30, 1));
    assertEquals("The content retention must be at least one day, not 0", refused.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new RetentionPolicy(1095, 365, 90, -1, 1));
  }
}
