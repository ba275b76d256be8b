package fr.orthocab.support.erasure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.orthocab.support.erasure.CustomerErasures.Identity;
import org.junit.jupiter.api.Test;

class ErasedIdentityTest {
  private final Identity was = new Identity("marie.durand@cabinet.fr", "Durand", "Marie");
  private final Identity now = new Identity("erased-7@invalid", "effacé n° 7", "Client");

  @Test
  void aReasonNamingTheCustomerNamesThePseudonymInstead() {
    assertEquals(
        "Demande de Client effacé n° 7 (erased-7@invalid) par mail",
        was.replacedBy(now, "Demande de marie DURAND (Marie.Durand@Cabinet.fr) par mail"));
  }

  @Test
  void aReasonWithoutTheirNamesIsKeptAsWritten() {
    assertEquals(
        "Demande reçue le 3 décembre ($1 \\\\ [x])",
        was.replacedBy(now, "Demande reçue le 3 décembre ($1 \\\\ [x])"));
  }
}
