package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ShownTextTest {
  @Test
  void plainTextIncludingAccentsAndEmojiIsShownAsItIs() {
    String text = "Réglage de l'agenda 📅 — ça bloque";
    assertNull(ShownText.faultIn(text, false));
    assertSame(text, ShownText.line(text));
    assertNull(ShownText.faultIn("Bonjour,\n\tmerci\r\n", true));
  }

  @Test
  void nulControlsBidiControlsAndLoneSurrogatesAreFaults() {
    for (String hostile :
        new String[] {
          "a\u0000b",
          "a\u0007b",
          "a\u007fb",
          "a\u0085b",
          "facture\u202etxt.exe",
          "a\u2066b",
          "a\u200fb",
          "a\u061cb",
          "seul \ud800 ici",
          "seul \udc00 ici",
          "fin \ud83d"
        }) {
      assertNotNull(ShownText.faultIn(hostile, true), hostile);
      assertNotNull(ShownText.faultIn(hostile, false), hostile);
    }
    assertNotNull(ShownText.faultIn("une\nligne", false), "one line has no line break");
    assertNotNull(ShownText.faultIn("une\tligne", false));
  }

  @Test
  void aFileNameNeutralisedShowsItsRealExtension() {
    assertEquals("facturetxt.exe", ShownText.line("facture\u202etxt.exe"));
    assertEquals("facturetxt.exe", ShownText.line("facture\u2067\u200ftxt.exe"));
  }

  @Test
  void mailTextIsNeutralisedNotRefused() {
    assertEquals("NULici", ShownText.line("NUL\u0000ici"));
    assertEquals("une ligne", ShownText.line("une\nligne"));
    assertEquals("deux\nlignes\tici", ShownText.paragraphs("deux\nlignes\tici\u0000"));
    assertEquals("seul \ufffd ici", ShownText.line("seul \ud800 ici"));
    assertEquals("fin \ufffd", ShownText.paragraphs("fin \udc00"));
    assertEquals("\ud83d\udcc5", ShownText.line("\ud83d\udcc5"), "a pair is kept whole");
    assertNull(ShownText.line(null));
  }
}
