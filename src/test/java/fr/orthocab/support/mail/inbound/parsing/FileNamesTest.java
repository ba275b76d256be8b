package fr.orthocab.support.mail.inbound.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileNamesTest {
  @Test
  void dropsFoldersControlCharactersAndLeadingDots() {
    assertEquals("evil.sh", FileNames.safe("../../etc/evil.sh"));
    assertEquals("a_b.pdf", FileNames.safe("C:\\temp\\a\r\nb.pdf".replace("\r\n", "\n")));
    assertEquals("htaccess", FileNames.safe(".htaccess"));
    assertEquals("x_y.txt", FileNames.safe("x\"y.txt"));
  }

  @Test
  void aMissingNameGetsOne() {
    assertEquals("piece-jointe", FileNames.safe(null));
    assertEquals("piece-jointe", FileNames.safe("  "));
  }

  /** Problem 4 of issue 14: "facture\u202etxt.exe" showed as "factureexe.txt". */
  @Test
  void theRealExtensionShows() {
    assertEquals("facturetxt.exe", FileNames.safe("facture\u202etxt.exe"));
    assertEquals("a\ufffd.pdf", FileNames.safe("a\ud800.pdf"), "a lone surrogate is replaced");
  }

  @Test
  void aLongNameKeepsItsEndWithoutHalfACharacter() {
    String name = "\ud83d\udcc5".repeat(200) + ".pdf";
    String safe = FileNames.safe(name);
    assertEquals(254, safe.length(), "one character less than a cut through a pair would keep");
    assertEquals('\ud83d', safe.charAt(0));
    assertEquals(".pdf", safe.substring(safe.length() - 4));
  }

  /** Found by ShownTextFuzzTest: the kept end of a long name began with a dot or a space. */
  @Test
  void theKeptEndOfALongNameIsNeverHidden() {
    assertEquals("b".repeat(254), FileNames.safe("a".repeat(100) + "." + "b".repeat(254)));
    assertEquals("b".repeat(254), FileNames.safe("a".repeat(100) + " " + "b".repeat(254)));
    assertEquals("b".repeat(253), FileNames.safe("a".repeat(100) + ". " + "b".repeat(253)));
  }
}
