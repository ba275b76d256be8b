package fr.orthocab.support.admin.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.answer.AnswerText;
import fr.orthocab.support.answer.CannedAnswer;
import fr.orthocab.support.ticket.BulkChange;
import fr.orthocab.support.ticket.TicketStatus;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

class QueueBulkFormTest {
  private final QueueBulkForm form = new QueueBulkForm();
  private final LongFunction<Optional<CannedAnswer>> noAnswers = id -> Optional.empty();

  private static CannedAnswer answer(TicketStatus status, String note) {
    return new CannedAnswer(
        new AnswerText("Relance", null, null, "Bonjour", "Hello", status, note),
        "nadia",
        Instant.parse("2026-12-01T09:00:00Z"));
  }

  @Test
  void nothingIsAppliedUntilTheChosenActionsFieldIsFilledIn() {
    assertTrue(form.change(noAnswers).isEmpty(), "no action chosen");
    form.choose(QueueBulkForm.Kind.NOTE);
    form.setNote("  ");
    assertTrue(form.change(noAnswers).isEmpty(), "a blank note");
    form.setNote("Vu avec l'éditeur");
    assertEquals(Optional.of(BulkChange.note("Vu avec l'éditeur")), form.change(noAnswers));
    form.choose(QueueBulkForm.Kind.STATUS);
    assertNull(form.getNote(), "choosing another action empties the fields");
    assertTrue(form.change(noAnswers).isEmpty());
  }

  @Test
  void nobodySendsTheRequestsBackToTheQueue() {
    form.choose(QueueBulkForm.Kind.ASSIGN);
    form.setAgentId(QueueBulkForm.NOBODY);
    assertEquals(Optional.of(BulkChange.unassignAll()), form.change(noAnswers));
    form.setAgentId(12L);
    assertEquals(Optional.of(BulkChange.assign(12)), form.change(noAnswers));
  }

  @Test
  void aCannedAnswerGivesItsActionOnlyAndOneWithoutActionGivesNothing() {
    form.choose(QueueBulkForm.Kind.ANSWER);
    form.setAnswerId(5L);
    CannedAnswer resolving = answer(TicketStatus.RESOLVED, "Réglé par la mise à jour");
    assertEquals(
        Optional.of(BulkChange.answerAction(TicketStatus.RESOLVED, "Réglé par la mise à jour")),
        form.change(id -> Optional.of(resolving)));
    CannedAnswer textOnly = answer(null, null);
    assertTrue(form.change(id -> Optional.of(textOnly)).isEmpty());
    assertTrue(form.change(noAnswers).isEmpty(), "an answer gone");
  }
}
