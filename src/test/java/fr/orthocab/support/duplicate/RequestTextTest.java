package fr.orthocab.support.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestTextTest {
  @Test
  void theStoredFormReadsBackAsTheSameNotionsAndCues() {
    List<RequestText> requests =
        List.of(
            RequestText.of("Agenda décalé", "Mes rdv sont décalés d'une heure sur le planning."),
            RequestText.of("Relance", "Toujours pas de réponse : l'export comptable est vide."),
            RequestText.of("Autre", "Un autre souci : la facture de mars est fausse."),
            RequestText.of("Agenda", "Comment afficher mon agenda par semaine ?"),
            RequestText.of("Zoom", "Le lien zoom.us n'apparaît pas dans l'e-mail du patient."),
            RequestText.of(null, null));
    for (RequestText request : requests) {
      assertEquals(Optional.of(request), RequestText.fromStored(request.stored()));
    }
    assertTrue(requests.get(1).followUp());
    assertTrue(requests.get(2).announcesNew());
    assertTrue(requests.get(3).asks());
  }

  @Test
  void wordsCustomersUseForOneThingMeetAsOneNotion() {
    assertEquals(
        RequestText.of(null, "agenda mutuelle facture courrier fiche connexion").notions(),
        RequestText.of(null, "planning complémentaire honoraires lettre dossier déconnecté")
            .notions());
    assertEquals(
        RequestText.of(null, "calendrier").notions(), RequestText.of(null, "agenda").notions());
  }

  @Test
  void theStoredFormNamesItsLayoutAndEachNotionOnce() {
    RequestText request =
        RequestText.of("Agenda", "Comment voir mes rdv, mes rendez-vous dans l'agenda ?");
    assertEquals("v1 --a agenda coment voir rendezvou", request.stored());
  }

  @Test
  void anEarlierRequestStoredScoresAsItDidAnalysed() {
    RequestText first = RequestText.of("Export comptable vide", "L'export CSV sort vide. Merci");
    RequestText again = RequestText.of("Export", "Mon export comptable est toujours vide.");
    RequestText stored = RequestText.fromStored(first.stored()).orElseThrow();
    assertEquals(
        DuplicateFinder.similarity(first, again), DuplicateFinder.similarity(stored, again));
  }

  @Test
  void aLongRequestKeepsTheFirstWholeNotionsThatFitTheColumn() {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      words.add(
          "mot"
              + (char) ('a' + i / 26 / 26 % 26)
              + (char) ('a' + i / 26 % 26)
              + (char) ('a' + i % 26)
              + "ion");
    }
    RequestText request = RequestText.of("Long", String.join(" ", words));
    String stored = request.stored();
    RequestText kept = RequestText.fromStored(stored).orElseThrow();

    assertTrue(stored.length() <= RequestText.STORED_LENGTH, "fits: " + stored.length());
    assertTrue(stored.length() > RequestText.STORED_LENGTH - 20, "filled: " + stored.length());
    assertTrue(request.notions().containsAll(kept.notions()), "only whole notions");
    assertEquals(
        new ArrayList<>(request.notions()).subList(0, kept.notions().size()),
        new ArrayList<>(kept.notions()),
        "the first ones");
  }

  @Test
  void nothingIsReadFromAMissingOrUnknownForm() {
    assertFalse(RequestText.fromStored(null).isPresent());
    assertFalse(RequestText.fromStored("").isPresent());
    assertFalse(RequestText.fromStored("v2 --- agenda").isPresent());
    assertFalse(RequestText.fromStored("v1").isPresent());
    assertFalse(RequestText.fromStored("v1 -- agenda").isPresent());
  }
}
