package fr.orthocab.support.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrenchTextTest {
  private final FrenchText text = FrenchText.analysis();

  @Test
  void missingAccentsReadLikeAccentedWords() {
    assertEquals(text.terms("problème de séance"), text.terms("probleme de seance"));
  }

  @Test
  void abbreviationsReadLikeTheWordsTheyStandFor() {
    assertEquals(text.terms("rendez-vous"), text.terms("rdv"));
    assertEquals(text.terms("Rendez-vous"), text.terms("RDV"));
    assertEquals(text.terms("problème"), text.terms("pb"));
    assertEquals(text.terms("téléconsultation"), text.terms("tlc"));
    assertEquals(text.terms("notification"), text.terms("notif"));
    assertEquals(text.terms("e-mail"), text.terms("mail"));
    assertEquals(text.terms("mise à jour"), text.terms("MAJ"));
    assertEquals(text.terms("mot de passe"), text.terms("mdp"));
    assertEquals(text.terms("texto"), text.terms("SMS"));
  }

  @Test
  void lettersRepeatedForEmphasisReadOnce() {
    assertEquals(text.terms("urgent"), text.terms("urgeeeent"));
    assertEquals(text.terms("rappel"), text.terms("rappel"));
  }

  @Test
  void elisionStopWordsAndPluralsAreLeftOut() {
    assertEquals(List.of("lien"), text.terms("l'lien"));
    assertEquals(text.terms("le lien"), text.terms("les liens"));
    assertTrue(text.terms("je ne trouve pas le lien de la séance").contains("lien"));
  }

  @Test
  void similarTextsAreCloserThanUnrelatedOnes() {
    TermVector first = text.vector("Le lien Zoom n'est pas dans le mail de rappel");
    TermVector same = text.vector("lien zoom absent du mail de rappel !!");
    TermVector other = text.vector("Ma facture de mars est introuvable");
    assertTrue(first.cosine(same) > 0.5);
    assertEquals(0, first.cosine(other), 1e-9);
  }

  @Test
  void wordsKeepTheirPlaceAndTheirDisguise() {
    List<Word> words = Words.of("Encu.lés, l'équipe p-u !");
    assertEquals("Encu.lés", words.get(0).written());
    assertEquals("encu.les", words.get(0).folded());
    assertEquals(0, words.get(0).start());
    assertEquals("équipe", words.get(2).written());
    assertEquals("p-u", words.get(3).written());
  }
}
