package fr.orthocab.support.customer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmailAddressTest {
  @Test
  void plainAddressesAreTaken() {
    assertTrue(EmailAddress.isValid("ines.lefort@example.fr"));
    assertTrue(EmailAddress.isValid("c@x.fr"));
    assertTrue(EmailAddress.isValid("o'brien+desk@cabinet-ortho.example.com"));
    assertTrue(EmailAddress.isValid("x".repeat(64) + "@example.fr"));
  }

  /** Each of these passed the API's former check, and the customer entity refused it: a 503. */
  @Test
  void whatTheCustomerEntityRefusesIsRefusedAtTheEdge() {
    assertFalse(EmailAddress.isValid("a..b@example.fr"));
    assertFalse(EmailAddress.isValid(".a@example.fr"));
    assertFalse(EmailAddress.isValid("a.@example.fr"));
    assertFalse(EmailAddress.isValid("x".repeat(65) + "@example.fr"), "local part over 64");
    assertFalse(
        EmailAddress.isValid("a@" + "b".repeat(60) + "." + "c".repeat(200) + ".fr"),
        "over 254 in all, or a label over 63");
    assertFalse(EmailAddress.isValid("a@-example.fr"));
    assertFalse(EmailAddress.isValid("a@example-.fr"));
    assertFalse(EmailAddress.isValid("a@example..fr"));
    assertFalse(EmailAddress.isValid("a@example.fr."));
    assertFalse(EmailAddress.isValid("a(b)@example.fr"));
    assertFalse(EmailAddress.isValid("a@b@example.fr"));
  }

  @Test
  void nothingThatHidesOrDisguisesIsAnAddress() {
    assertFalse(EmailAddress.isValid("a\u0000@example.fr"));
    assertFalse(EmailAddress.isValid("a\u202e@example.fr"));
    assertFalse(EmailAddress.isValid("ines@exam\ud800ple.fr"));
    assertFalse(EmailAddress.isValid("ines@example"), "a domain without a dot");
    assertFalse(EmailAddress.isValid(null));
  }
}
