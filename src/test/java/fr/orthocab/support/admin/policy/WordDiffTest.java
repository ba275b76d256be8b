package fr.orthocab.support.admin.policy;

import static fr.orthocab.support.admin.policy.WordDiff.Kind.ADDED;
import static fr.orthocab.support.admin.policy.WordDiff.Kind.KEPT;
import static fr.orthocab.support.admin.policy.WordDiff.Kind.REMOVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.admin.policy.WordDiff.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {
  @Test
  void equalTextsHaveNoChange() {
    assertEquals(List.of(), WordDiff.between("Même texte.", "Même texte."));
    assertEquals(List.of(), WordDiff.between(null, ""));
  }

  @Test
  void aReplacedWordIsRemovedThenAdded() {
    assertEquals(
        List.of(
            new Run(KEPT, "Réponse sous "),
            new Run(REMOVED, "deux "),
            new Run(ADDED, "trois "),
            new Run(KEPT, "jours ouvrables.")),
        WordDiff.between(
            "Réponse sous deux jours ouvrables.", "Réponse sous trois jours ouvrables."));
  }

  @Test
  void anAddedSentenceAndARemovedOneInTheMiddle() {
    List<Run> runs =
        WordDiff.between("Un. Deux. Trois. Quatre.", "Un. Deux et demi. Quatre. Cinq.");
    assertEquals(
        List.of(
            new Run(KEPT, "Un. "),
            new Run(REMOVED, "Deux. Trois. "),
            new Run(ADDED, "Deux et demi. "),
            new Run(KEPT, "Quatre. "),
            new Run(ADDED, "Cinq.")),
        runs);
  }

  @Test
  void aTextFromNothingIsAllAdded() {
    assertEquals(
        List.of(new Run(ADDED, "Nouveau texte.")), WordDiff.between(null, "Nouveau texte."));
  }

  @Test
  void longKeptRunsKeepOnlyTheirEndsNearTheChange() {
    String words = "a b c d e f g h i j k l m n o p q r s t u v w x y z ".repeat(4);
    List<Run> runs = WordDiff.between(words + "fin.", words + "suite.");
    assertEquals(KEPT, runs.get(0).kind());
    assertTrue(runs.get(0).text().startsWith("… "), runs.get(0).text());
    assertTrue(runs.get(0).text().length() < 40, runs.get(0).text());
    assertEquals(new Run(REMOVED, "fin."), runs.get(1));
    assertEquals(new Run(ADDED, "suite."), runs.get(2));
  }
}
