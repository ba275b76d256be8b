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
}
