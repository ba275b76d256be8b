package fr.orthocab.support.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {
  private static final RequestText AGENDA =
      RequestText.of(
          "Agenda décalé", "Depuis le changement d'heure mes rdv sont décalés d'une heure.");

  @Test
  void theSameProblemInOtherWordsReadsAsADuplicate() {
    RequestText again =
        RequestText.of("Planning faux", "Mon planning montre les rendez-vous décalés d'une heure.");
    assertTrue(DuplicateFinder.similarity(AGENDA, again) >= DuplicateFinder.DEFAULT_THRESHOLD);
  }

  @Test
  void aShortRelanceSharingTheSubjectOfTheFirstReadsAsADuplicate() {
    RequestText first =
        RequestText.of("Export comptable vide", "L'export comptable CSV sort vide. Merci");
    RequestText relance = RequestText.of("relance", "Je relance ma demande sur l'export. Merci");
    assertTrue(DuplicateFinder.similarity(first, relance) >= DuplicateFinder.DEFAULT_THRESHOLD);
  }

  @Test
  void anotherProblemAnnouncedAsSuchIsNoDuplicate() {
    RequestText other =
        RequestText.of(
            "Relance",
            "En attendant votre réponse sur l'agenda, un autre souci : l'export est vide.");
    assertEquals(0, DuplicateFinder.similarity(AGENDA, other));
  }

  @Test
  void aHowToQuestionInTheSameAreaIsNoDuplicate() {
    RequestText question =
        RequestText.of("Agenda", "Comment afficher mon agenda par semaine au lieu du mois ?");
    assertTrue(DuplicateFinder.similarity(AGENDA, question) < DuplicateFinder.DEFAULT_THRESHOLD);
  }

  @Test
  void unrelatedRequestsScoreNothing() {
    RequestText invoice =
        RequestText.of("Facture", "Le nom du patient est mal orthographié sur la facture.");
    assertTrue(DuplicateFinder.similarity(AGENDA, invoice) < 0.1);
  }

  @Test
  void theBestEarlierRequestAboveTheThresholdIsTheOriginal() {
    RequestText again = RequestText.of("Planning", "Toujours une heure de décalage dans l'agenda.");
    RequestText invoice = RequestText.of("Facture", "La facture de mars est fausse.");
    var match =
        DuplicateFinder.best(
            again,
            List.of(
                new DuplicateFinder.Earlier(1, "OC-1", invoice),
                new DuplicateFinder.Earlier(2, "OC-2", AGENDA)),
            DuplicateFinder.DEFAULT_THRESHOLD);
    assertEquals("OC-2", match.orElseThrow().reference());
    assertTrue(
        DuplicateFinder.best(
                again,
                List.of(new DuplicateFinder.Earlier(1, "OC-1", invoice)),
                DuplicateFinder.DEFAULT_THRESHOLD)
            .isEmpty());
  }
}
