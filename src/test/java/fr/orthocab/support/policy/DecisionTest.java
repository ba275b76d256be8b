package fr.orthocab.support.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.ticket.Priority;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketStatus;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DecisionTest {
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  private static final PolicyVersion V1 =
      new PolicyVersion("1", LocalDate.of(2020, 5, 21), "Texte", "Text");
  private final Ticket ticket =
      new Ticket(
          new Customer("Bernard", "Julien", "j@x.fr", Language.FR, NOW),
          "Sujet",
          TicketCategory.OTHER,
          TicketChannel.PORTAL,
          Priority.NORMAL,
          TicketStatus.OPEN,
          NOW);

  private Decision decision(Clause clause, Outcome outcome) {
    return new Decision(ticket, clause, V1, outcome, "rule:Test", NOW, "détail");
  }

  @Test
  void theCustomerSeesTheirDecisionsButNotFlagsNorANormalPriority() {
    assertTrue(decision(Clause.ELIG_ACTIVE, Outcome.ACCEPTED).concernsCustomer());
    assertTrue(decision(Clause.ELIG_ACTIVE, Outcome.HELD).concernsCustomer());
    assertTrue(decision(Clause.SCOPE_PRIORITY, Outcome.PRIORITISED).concernsCustomer());
    assertTrue(decision(Clause.REFUSE_SPAM, Outcome.THROTTLED).concernsCustomer());
    assertTrue(decision(Clause.REFUSE_DISRESPECT, Outcome.REFUSED).concernsCustomer());
    assertTrue(decision(Clause.REFUSE_DISRESPECT, Outcome.LIFTED).concernsCustomer());
    assertFalse(decision(Clause.REFUSE_LANGUAGE, Outcome.FLAGGED).concernsCustomer());
    assertFalse(decision(Clause.SCOPE_PRIORITY, Outcome.ACCEPTED).concernsCustomer());
  }

  @Test
  void aClauseTextFallsBackToTheFrenchReferenceAndNeedsIt() {
    ClauseText untranslated = new ClauseText(V1, Clause.ID_INFO, " Indiquez vos nom. ", " ");
    assertEquals("Indiquez vos nom.", untranslated.text(Language.EN));
    assertNull(untranslated.getTextEn());
    assertEquals(
        "Give your name.",
        new ClauseText(V1, Clause.ID_INFO, "Indiquez", "Give your name.").text(Language.EN));
    assertThrows(
        IllegalArgumentException.class, () -> new ClauseText(V1, Clause.ID_INFO, " ", "Text"));
  }

  @Test
  void aPublishedVersionRecordsWhoAndWhen() {
    PolicyVersion v2 =
        new PolicyVersion("2", LocalDate.of(2090, 1, 1), "Texte", "", "Nadia Lefèvre", NOW);
    assertEquals("Nadia Lefèvre", v2.getPublishedBy());
    assertEquals(NOW, v2.getPublishedAt());
    assertEquals("Texte", v2.text(Language.EN));
    assertThrows(
        NullPointerException.class,
        () -> new PolicyVersion("3", LocalDate.of(2091, 1, 1), "Texte", null, null, NOW));
  }
}
