package fr.orthocab.support.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditCursorTest {
  @Test
  void aCursorReadsBackAsItWasGivenOutAndFitsInAUrl() {
    AuditCursor cursor = new AuditCursor(Instant.parse("2026-11-26T08:45:00.120Z"), 5100);
    String text = cursor.text();
    assertTrue(text.matches("[A-Za-z0-9_-]+"), text);
    assertEquals(cursor, AuditCursor.parse(text));
  }

  @Test
  void anythingElseIsRefusedAsAnIllegalArgument() {
    for (String text : new String[] {"", "!!", "bm90IGEgY3Vyc29y", "MjAyNnwx", "eHx5"}) {
      assertThrows(IllegalArgumentException.class, () -> AuditCursor.parse(text), text);
    }
  }

  @Test
  void aFilterRefusesAnEmptyPeriodAndIgnoresABlankActor() {
    Instant at = Instant.parse("2026-11-26T08:45:00Z");
    assertThrows(
        IllegalArgumentException.class,
        () -> new AuditFilter(at, at, null, null, null, null, null));
    assertEquals(null, new AuditFilter(null, null, null, "  ", null, null, null).actorText());
  }
}
