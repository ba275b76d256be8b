package fr.orthocab.support.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NirNumbersTest {
  private final NirNumbers nir = new NirNumbers();

  @Test
  void keyIsNinetySevenMinusTheNumberModuloNinetySeven() {
    assertTrue(NirNumbers.keyChecks("1850578006084", 91));
    assertFalse(NirNumbers.keyChecks("1850578006084", 90));
  }

  @Test
  void corsicaCountsAsNineteenForTwoAAndEighteenForTwoB() {
    int keyA = 97 - (int) (1_850_519_006_084L % 97);
    int keyB = 97 - (int) (1_850_518_006_084L % 97);
    assertTrue(NirNumbers.keyChecks("185052A006084", keyA));
    assertTrue(NirNumbers.keyChecks("185052B006084", keyB));
    assertFalse(NirNumbers.keyChecks("185052A006084", keyB));
    assertEquals(1, nir.find("sécu 1 85 05 2A 006 084 " + String.format("%02d", keyA)).size());
  }

  @Test
  void foundWholeWithSpacesDotsOrNothing() {
    assertEquals(1, nir.find("n° 185057800608491 merci").size());
    assertEquals(1, nir.find("n° 1 85 05 78 006 084 91 merci").size());
    assertEquals(1, nir.find("n° 1.85.05.78.006.084.91 merci").size());
    var found = nir.find("NIR : 1 85 05 78 006 084 91").get(0);
    assertEquals("1 85 05 78 006 084 91", "NIR : 1 85 05 78 006 084 91".substring(found.start()));
  }

  @Test
  void aWrongKeyOrAnImpossibleMonthIsAnotherNumber() {
    assertTrue(nir.find("dossier 1 85 05 78 006 084 90").isEmpty());
    assertTrue(nir.find("dossier 1 85 15 78 006 084 " + "00").isEmpty());
    assertTrue(nir.find("ref 91850578006084911").isEmpty(), "inside a longer number");
  }
}
