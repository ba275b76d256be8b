package fr.orthocab.support.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.demo.DemoFaqArticles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The search over the demo FAQ: what customers type (no accents, typos, abbreviations) finds the
 * article that answers it first, above the suggestion threshold; unrelated text suggests nothing.
 */
class FaqIndexTest {
  private static final List<FaqText> ARTICLES = DemoFaqArticles.ALL;
  private static final FaqIndex INDEX = index();

  private static FaqIndex index() {
    List<FaqIndex.Entry> entries = new ArrayList<>();
    for (int i = 0; i < ARTICLES.size(); i++) {
      FaqText a = ARTICLES.get(i);
      entries.add(new FaqIndex.Entry(i, a.titleFr(), RichText.plain(a.bodyFr())));
    }
    return FaqIndex.of(entries);
  }

  private static String best(String query) {
    List<FaqIndex.Hit> hits = INDEX.search(query, 3, FaqArticles.SUGGESTION_THRESHOLD);
    assertFalse(hits.isEmpty(), "nothing suggested for: " + query);
    return ARTICLES.get((int) hits.get(0).id()).titleFr();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "rdv pas envoyé par sms | Les rappels de rendez-vous par SMS ne sont pas envoyés",
        "mes patients ne recoivent plus les textos de rappel | Les rappels de rendez-vous par SMS",
        "le lien de tlc n'est pas dans le mail de rappel | Le lien de téléconsultation",
        "j'ai oublie mon mdp | Mot de passe oublié",
        "comment deplacer un rdv dans l'agenda | Déplacer ou annuler un rendez-vous",
        "ou sont mes factures ? | Télécharger vos factures",
        "mon abonement a expiré comment le renouveller | Renouveler votre abonnement",
        "pas de son sur zoom, micro qui marche pas | Son, caméra ou installation de Zoom",
        "ma secretaire doit voir mon planing | Partager votre agenda",
        "changer ma carte bancaire | Changer de carte bancaire",
        "bloquer mes vacances dans l'agenda, absence | Définir vos horaires"
      })
  void findsTheArticleThatAnswers(String query, String expectedTitle) {
    String best = best(query);
    assertTrue(best.startsWith(expectedTitle.strip()), query + " -> " + best);
  }

  @Test
  void unrelatedTextSuggestsNothing() {
    assertEquals(
        List.of(),
        INDEX.search(
            "Bonjour, une question sur la météo à Concarneau demain",
            3,
            FaqArticles.SUGGESTION_THRESHOLD));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "j'ai oublie mon mdp | Mot de passe oublié",
        "rappels SMS non envoyés | Les rappels de rendez-vous par SMS",
        "ou sont mes factures ? | Télécharger vos factures"
      })
  void anArticleTheSubjectFoundStaysWhenAThreeLineDescriptionIsTyped(
      String subject, String expectedTitle) {
    String description =
        "Bonjour,\nDepuis ce matin je n'arrive plus à avancer, c'est très gênant pour mon"
            + " cabinet et je dois recevoir du monde cet après-midi.\nPouvez-vous me dire quoi"
            + " faire rapidement ? Merci d'avance, bonne journée.";
    String subjectAlone = best(subject);
    assertTrue(subjectAlone.startsWith(expectedTitle.strip()), subject + " -> " + subjectAlone);
    assertTrue(
        INDEX.search(subject + "\n" + description, 3, FaqArticles.SUGGESTION_THRESHOLD).stream()
            .noneMatch(h -> ARTICLES.get((int) h.id()).titleFr().equals(subjectAlone)),
        "the whole text alone no longer reaches the threshold: the case this guards");
    List<FaqIndex.Hit> hits =
        INDEX.suggest(subject, description, 3, FaqArticles.SUGGESTION_THRESHOLD);
    assertTrue(
        hits.stream().anyMatch(h -> ARTICLES.get((int) h.id()).titleFr().equals(subjectAlone)),
        subject + " lost " + subjectAlone);
  }

  @Test
  void anUnrelatedSubjectAndDescriptionSuggestNothing() {
    assertEquals(
        List.of(),
        INDEX.suggest(
            "Question sur la météo",
            "Bonjour,\nFera-t-il beau à Concarneau demain pour la sortie en mer ?\nMerci.",
            3,
            FaqArticles.SUGGESTION_THRESHOLD));
  }

  @Test
  void anEmptyQueryOrIndexFindsNothing() {
    assertEquals(List.of(), INDEX.search("", 3, 0));
    assertEquals(List.of(), FaqIndex.of(List.of()).search("agenda", 3, 0));
  }

  @Test
  void distanceCountsASwapAsOneEdit() {
    assertEquals(1, FaqIndex.distance("rappel", "rapple", 2));
    assertEquals(1, FaqIndex.distance("abonement", "abonnement", 2));
    assertEquals(3, FaqIndex.distance("agenda", "facture", 2));
  }
}
