package fr.orthocab.support.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswerFillingTest {
  private static final Map<Placeholder, String> VALUES = new EnumMap<>(Placeholder.class);

  static {
    VALUES.put(Placeholder.FIRST_NAME, "Claire");
    VALUES.put(Placeholder.SURNAME, "Martin");
    VALUES.put(Placeholder.REFERENCE, "OC-1042");
    VALUES.put(Placeholder.DUE, "au plus tard le jeudi 10 décembre 2026 à minuit");
    VALUES.put(Placeholder.PORTAL, "https://support.orthocab.fr/portal/tickets/show.xhtml?id=1042");
  }

  @Test
  void frenchAndEnglishNamesAreFilledAccentsAndCaseAside() {
    assertEquals(
        "Bonjour Claire Martin, votre demande OC-1042 aura sa réponse au plus tard le jeudi 10"
            + " décembre 2026 à minuit.",
        AnswerFilling.fill(
            "Bonjour {prénom} {NOM}, votre demande {reference} aura sa réponse {echeance}.",
            VALUES));
    assertEquals(
        "Hello Claire, see https://support.orthocab.fr/portal/tickets/show.xhtml?id=1042",
        AnswerFilling.fill("Hello {first_name}, see {portal}", VALUES));
  }

  @Test
  void aValueIsWrittenAsItIsEvenWithSignsARegexWouldRead() {
    Map<Placeholder, String> values = new EnumMap<>(VALUES);
    values.put(Placeholder.FIRST_NAME, "J$1 \\o");
    assertEquals("Bonjour J$1 \\o", AnswerFilling.fill("Bonjour {prénom}", values));
  }

  @Test
  void whatIsNoPlaceholderIsLeftAsWrittenAndNamedOnce() {
    assertEquals(
        "Code {abc} et {} et { prénom }",
        AnswerFilling.fill("Code {abc} et {} et { prénom }", VALUES));
    assertEquals(
        Set.of("{abc}", "{prenon}"), AnswerFilling.unknown("{abc} {prenon} {abc} {prénom} {due}"));
    assertEquals(Set.of(), AnswerFilling.unknown(null));
  }
}
