package fr.orthocab.support.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OffensiveLanguageTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Bande de c o n n a r d s",
        "quelle m*rde ce logiciel",
        "what the f**k",
        "P.U.T.A.I.N de planning",
        "fin du message.Merde",
        "vous êtes des ABRUTIIIS",
        "s@lope",
        "ferme ta gueule",
        "T'es vraiment con",
        "bande de débiles",
        "ça me fait chier",
      })
  void disguisedOffensiveWordsAreFound(String text) {
    assertTrue(!OffensiveLanguage.find(text).isEmpty(), text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Problème de connexion depuis ce matin",
        "Votre conseil m'a aidée, merci",
        "Je dois cocher la case à chaque fois ?",
        "Mon cabinet est au fond d'un cul-de-sac",
        "Rendez-vous avec M. Connard annulé",
        "Le compte rendu parle de débile léger (ancien terme)",
        "Mon patient bégaie, c'est un bègue sévère",
        "Le trainee de ma collègue n'a pas accès",
        "Punaise, encore un rejet !",
        "La mise à jour est encore un retard de langage ?",
        "Je suis à l'hôpital de Conques, le PDF ne s'ouvre pas",
      })
  void ordinaryAndClinicalWordsAreNot(String text) {
    assertEquals(List.of(), OffensiveLanguage.find(text), text);
  }

  @Test
  void findingsSayWhereTheWordIsForHighlighting() {
    String text = "Vous êtes des enfoirés, bordel";
    List<OffensiveWord> found = OffensiveLanguage.find(text);
    assertEquals(2, found.size());
    assertEquals("enfoirés", text.substring(found.get(0).start(), found.get(0).end()));
    assertEquals("enfoire", found.get(0).entry());
    assertEquals("bordel", found.get(1).written());
  }
}
