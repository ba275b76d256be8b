package fr.orthocab.support.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordMatchTest {
  @Test
  void eachTermMustBeInTheDocumentOnH2() {
    WordMatch match = WordMatch.of("problèmes agenda", false);
    assertEquals(2, match.terms().size());
    assertEquals("d.terms like :searchTerm0 and d.terms like :searchTerm1", match.condition("d"));
  }

  @Test
  void postgresqlReadsTheIndexedVectorAndRanksWithTsRank() {
    WordMatch match = WordMatch.of("agenda", true);
    assertTrue(match.condition("d").contains("COLUMN('terms_vector', d)"));
    assertTrue(match.rank("d").startsWith("SQL('ts_rank("));
  }

  @Test
  void wordsThatLeaveNoTermMatchNothing() {
    WordMatch match = WordMatch.of("le la les", false);
    assertTrue(match.terms().isEmpty());
    assertEquals("1 = 0", match.condition("d"));
  }

  @Test
  void quotesTypedNeverReachTheQuery() {
    WordMatch match = WordMatch.of("agenda' or ''1''='1", false);
    assertTrue(
        match.terms().stream().allMatch(t -> t.matches("[a-z0-9]+")), match.terms()::toString);
  }
}
