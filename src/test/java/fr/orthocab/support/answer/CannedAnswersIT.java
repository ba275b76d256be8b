package fr.orthocab.support.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.testing.AsSupervisor;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.testing.TestCustomers;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Priority;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.Tickets;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One seeded answer for every clause that holds or refuses a request; answers filled for a request
 * in its requester's language; only supervisors write, and never a placeholder the desk cannot
 * fill.
 */
@ExtendWith(ArquillianExtension.class)
class CannedAnswersIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Inject private CannedAnswers answers;
  @Inject private AsSupervisor asSupervisor;
  @Inject private Tickets tickets;
  @Inject private TestCustomers customers;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final OpenedTickets opened = new OpenedTickets();

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  private AnswerText text(String body, TicketStatus after, String note) {
    return new AnswerText(
        "Test " + unique, TicketCategory.BUG, null, body, body + " (en)", after, note);
  }

  private Ticket ticket(Language language) {
    Customer customer =
        customers.subscribed(
            language, Pack.FREE, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30));
    return opened.add(
        tickets.open(
            new NewRequest(
                customer.getId(),
                "Réponses types " + unique,
                TicketCategory.BUG,
                TicketChannel.API,
                "Texte",
                Instant.now()),
            Priority.NORMAL,
            TicketStatus.OPEN,
            null));
  }

  @Test
  void everyClauseThatHoldsOrRefusesARequestHasASeededAnswerInBothLanguages() {
    Set<Clause> covered =
        answers.usable().stream()
            .filter(a -> a.getUpdatedBy().equals("Orthocab (politique de support)"))
            .map(CannedAnswer::getClause)
            .collect(Collectors.toSet());
    assertTrue(
        covered.containsAll(
            EnumSet.of(
                Clause.ELIG_ACTIVE,
                Clause.ELIG_RENEWAL,
                Clause.EXT_PRODUCTS,
                Clause.ID_INFO,
                Clause.DUP_COMMENT,
                Clause.REFUSE_ID,
                Clause.REFUSE_DISRESPECT,
                Clause.REFUSE_LANGUAGE,
                Clause.REFUSE_SPAM)),
        covered.toString());
    for (CannedAnswer seeded : answers.usable()) {
      if (seeded.getUpdatedBy().equals("Orthocab (politique de support)")) {
        assertTrue(seeded.getBodyFr().contains(seeded.getClause().id()), seeded.getTitle());
        assertTrue(seeded.getBodyEn().contains(seeded.getClause().id()), seeded.getTitle());
        assertEquals(Set.of(), AnswerFilling.unknown(seeded.getBodyFr()), seeded.getTitle());
        assertEquals(Set.of(), AnswerFilling.unknown(seeded.getBodyEn()), seeded.getTitle());
      }
    }
  }

  @Test
  void anAnswerIsFilledForTheRequestInItsRequestersLanguage() throws Exception {
    CannedAnswer answer =
        asSupervisor.call(
            () ->
                answers.write(
                    text(
                        "Bonjour {prénom} {nom}, {référence} : réponse {échéance}. {portail}",
                        TicketStatus.WAITING_ON_CUSTOMER,
                        "Suivi"),
                    "Nadia"));
    Ticket french = ticket(Language.FR);
    FilledAnswer filled = answers.fill(answer.getId(), french);
    String expected =
        "Bonjour "
            + french.getCustomer().getFirstName()
            + " "
            + french.getCustomer().getSurname()
            + ", "
            + french.getReference()
            + " : réponse au plus tard le ";
    assertTrue(filled.text().startsWith(expected), filled.text());
    assertTrue(
        filled.text().endsWith("/portal/tickets/show.xhtml?id=" + french.getId()), filled.text());
    assertEquals(TicketStatus.WAITING_ON_CUSTOMER, filled.statusAfter());
    assertEquals("Suivi", filled.internalNote());

    Ticket english = ticket(Language.EN);
    assertTrue(answers.fill(answer.getId(), english).text().endsWith("(en)"));
  }

  @Test
  void onlySupervisorsWriteAndNeverAPlaceholderTheDeskCannotFill() throws Exception {
    assertThrows(EJBAccessException.class, () -> answers.write(text("x", null, null), "Lucie"));
    AnswerRefused refused =
        assertThrows(
            AnswerRefused.class,
            () -> asSupervisor.call(() -> answers.write(text("{prenon} {x}", null, null), "N")));
    assertEquals(Set.of("{prenon}", "{x}"), refused.getUnknown());
    assertThrows(
        IllegalArgumentException.class,
        () -> text("Texte", TicketStatus.REFUSED, null),
        "a refusal is a decision under a clause, not an answer's action");
  }

  @Test
  void aWithdrawnAnswerLeavesThePickerAndAStaleEditIsRefused() throws Exception {
    CannedAnswer answer =
        asSupervisor.call(() -> answers.write(text("Texte", null, null), "Nadia"));
    long stale = answer.getVersion();
    CannedAnswer withdrawn =
        asSupervisor.call(() -> answers.withdraw(answer.getId(), stale, "Nadia"));
    assertTrue(withdrawn.isWithdrawn());
    List<Long> usable = answers.usable().stream().map(CannedAnswer::getId).toList();
    assertFalse(usable.contains(answer.getId()));
    assertTrue(answers.all().stream().anyMatch(a -> a.getId().equals(answer.getId())));
    assertThrows(
        AnswerChangedMeanwhile.class,
        () ->
            asSupervisor.call(
                () -> answers.edit(answer.getId(), stale, text("Autre", null, null), "Nadia")));
    asSupervisor.call(() -> answers.restore(answer.getId(), withdrawn.getVersion(), "Nadia"));
    assertTrue(answers.usable().stream().anyMatch(a -> a.getId().equals(answer.getId())));
  }
}
