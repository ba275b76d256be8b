package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ClipTest {
  @Test
  void shortTextAndNullStayAsTheyAre() {
    assertEquals("agenda", Clip.to("agenda", 6));
    assertEquals("agenda", Clip.marked("agenda", 6));
    assertNull(Clip.to(null, 3));
    assertNull(Clip.marked(null, 3));
  }

  @Test
  void longTextIsCutToTheLimit() {
    assertEquals("agen", Clip.to("agenda", 4));
    assertEquals("age…", Clip.marked("agenda", 4));
  }

  @Test
  void neverCutsACharacterOfTwoUnitsInHalf() {
    String text = "ab\uD83D\uDE00cd"; // "ab😀cd": the emoji is units 2 and 3
    assertEquals("ab", Clip.to(text, 3));
    assertEquals("ab\uD83D\uDE00", Clip.to(text, 4));
    assertEquals("ab…", Clip.marked(text, 4));
  }

  @Test
  void theLastCharactersNeverStartWithHalfACharacter() {
    String text = "ab\uD83D\uDE00cd"; // "ab😀cd": the emoji is units 2 and 3
    assertEquals("cd", Clip.last(text, 3));
    assertEquals("\uD83D\uDE00cd", Clip.last(text, 4));
    assertEquals("ab", Clip.last("ab", 2));
    assertNull(Clip.last(null, 2));
  }

  /**
   * Found by the build's fuzzing (ExcerptFuzzTest): a limit of 0 read the character before the
   * text.
   */
  @Test
  void aLimitOfNothingGivesNothing() {
    assertEquals("", Clip.to("abc", 0));
    assertEquals("", Clip.last("abc", 0));
    assertEquals("", Clip.to("abc", -1));
    assertEquals("", Clip.to("", 0));
    assertEquals("…", Clip.marked("abc", 1));
  }
}
