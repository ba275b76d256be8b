package fr.orthocab.support.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PassageTest {
  @Test
  void theWordsFoundAreMarkedAsWrittenWhateverTheAccentOrPlural() {
    Passage passage =
        Passage.of(
            "Bonjour, j'ai des problèmes avec les rappels SMS.",
            SearchTerms.ofQuery("probleme rappel"),
            200);
    assertEquals(List.of("problèmes", "rappels"), matched(passage));
    assertEquals(2, passage.matches());
    assertEquals(
        "Bonjour, j'ai des problèmes avec les rappels SMS.",
        passage.segments().stream().map(Passage.Segment::text).collect(Collectors.joining()));
  }

  @Test
  void aLongTextIsCutAroundTheFirstMatchAtWordBoundaries() {
    String text = "début ".repeat(100) + "facture " + "suite ".repeat(100);
    Passage passage = Passage.of(text, SearchTerms.ofQuery("factures"), 60);
    String shown =
        passage.segments().stream().map(Passage.Segment::text).collect(Collectors.joining());
    assertTrue(shown.startsWith("… début"), shown);
    assertTrue(shown.endsWith(" …"), shown);
    assertTrue(shown.length() < 90, shown);
    assertEquals(List.of("facture"), matched(passage));
  }

  @Test
  void markupIsTextLikeAnyOther() {
    Passage passage = Passage.of("<b>agenda</b> vide", Set.of("agenda"), 100);
    assertEquals("<b>", passage.segments().get(0).text());
    assertEquals(List.of("agenda"), matched(passage));
  }

  @Test
  void nothingMatchedShowsTheStart() {
    Passage passage = Passage.of("Texte sans rapport", SearchTerms.ofQuery("agenda"), 100);
    assertEquals(0, passage.matches());
    assertEquals("Texte sans rapport", passage.segments().get(0).text());
  }

  private static List<String> matched(Passage passage) {
    return passage.segments().stream()
        .filter(Passage.Segment::matched)
        .map(Passage.Segment::text)
        .toList();
  }
}
