package fr.orthocab.support.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchTermsTest {
  @Test
  void accentsPluralsAndAbbreviationsGiveTheSameTerms() {
    assertEquals(SearchTerms.ofQuery("problème"), SearchTerms.ofQuery("PROBLEMES"));
    assertEquals(SearchTerms.ofQuery("problème"), SearchTerms.ofQuery("pb"));
    assertEquals(SearchTerms.ofQuery("rendez-vous"), SearchTerms.ofQuery("rdv"));
  }

  @Test
  void termsAreLettersAndDigitsOnlySoBothDatabasesCutThemAlike() {
    List<String> terms = SearchTerms.of("claire.martin@demo.orthocab.fr l'agenda v2.5 O'Neil");
    assertTrue(terms.stream().allMatch(t -> t.matches("[a-z0-9]+")), terms.toString());
    assertTrue(terms.contains("claire"), terms.toString());
  }

  @Test
  void stopWordsLeaveNothingToSearch() {
    assertEquals(Set.of(), SearchTerms.ofQuery("le de la"));
    assertEquals(Set.of(), SearchTerms.ofQuery("  "));
  }

  @Test
  void theWrittenDocumentPadsEveryTermWithSpaces() {
    assertEquals("agenda export ", SearchTerms.written(List.of("agenda", "export")));
    assertEquals("", SearchTerms.written(List.of()));
  }
}
