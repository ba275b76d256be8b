package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.orthocab.support.mail.inbound.parsing.FileNames;

/**
 * What mail brings, neutralised: nothing left that {@link ShownText#faultIn} would refuse, nothing
 * changed twice, and file names that are neither hidden nor folders. Its finding so far, a long
 * file name cut to a hidden one, is kept among its inputs and in {@code FileNamesTest}.
 */
class ShownTextFuzzTest {
  @FuzzTest(maxDuration = "8s")
  void neutralisedTextHasNothingLeftToRefuse(String text) {
    if (text == null) {
      return; // null stays null (ShownTextTest); what follows is about text
    }
    String line = ShownText.line(text);
    assertNull(ShownText.faultIn(line, false), line);
    assertEquals(line, ShownText.line(line));
    String paragraphs = ShownText.paragraphs(text);
    assertNull(ShownText.faultIn(paragraphs, true), paragraphs);
    assertEquals(paragraphs, ShownText.paragraphs(paragraphs));
    if (ShownText.faultIn(text, true) == null) {
      assertEquals(text, paragraphs, "text without fault is kept as it is");
    }

    String fileName = FileNames.safe(text);
    assertNull(ShownText.faultIn(fileName, false), fileName);
    assertTrue(fileName.length() <= FileNames.MAX);
    assertFalse(fileName.isBlank(), fileName);
    assertFalse(fileName.startsWith("."), fileName);
    assertFalse(fileName.contains("/") || fileName.contains("\\"), fileName);
  }
}
