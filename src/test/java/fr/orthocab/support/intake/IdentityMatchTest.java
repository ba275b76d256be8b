package fr.orthocab.support.intake;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdentityMatchTest {
  private final Customer nadege =
      new Customer("Lefèvre-Dubois", "Nadège", "n@x.fr", Language.FR, Instant.EPOCH);

  @Test
  void caseAccentsHyphensAndSpacesDoNotCount() {
    assertTrue(IdentityMatch.matches(nadege, "LEFEVRE DUBOIS", " nadege "));
    assertTrue(IdentityMatch.matches(nadege, "lefèvre-dubois", "Nadège"));
  }

  @Test
  void anotherNameOrAMissingOneDoesNotMatch() {
    assertFalse(IdentityMatch.matches(nadege, "Lefèvre", "Nadège"));
    assertFalse(IdentityMatch.matches(nadege, "Lefèvre-Dubois", "Nadine"));
    assertFalse(IdentityMatch.matches(nadege, "Lefèvre-Dubois", null));
    assertFalse(IdentityMatch.matches(nadege, " ", "Nadège"));
  }
}
