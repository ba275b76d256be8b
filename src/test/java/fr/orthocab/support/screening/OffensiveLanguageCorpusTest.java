package fr.orthocab.support.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 7's targets on the labelled offensive-language corpus: OFFENSIVE recall at 0.90 or better,
 * and not one CLEAN row flagged.
 */
class OffensiveLanguageCorpusTest {
  @Test
  void offensiveRecallReachesItsTargetWithoutFlaggingACleanRow() {
    Scores scores = new Scores();
    for (Corpus.Row row : Corpus.load("offensive.dev.tsv")) {
      boolean offensive = !OffensiveLanguage.find(row.get("text")).isEmpty();
      scores.add(row.id(), row.label(), offensive ? "OFFENSIVE" : "CLEAN");
    }
    String report = scores.report("Offensive language", "OFFENSIVE", "CLEAN");
    System.out.println(report);
    assertTrue(scores.recall("OFFENSIVE") >= 0.90, report);
    assertEquals(1.0, scores.recall("CLEAN"), report);
  }
}
