package fr.orthocab.support.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CustomerTest {
  @Test
  void loginEmailsCompareWithoutCaseOrSurroundingBlanks() {
    assertEquals("claire.martin@orthocab.fr", EmailKey.of("  Claire.MARTIN@Orthocab.fr "));
    assertThrows(IllegalArgumentException.class, () -> EmailKey.of(" "));
  }

  @Test
  void aCustomerNeedsSurnameFirstNameAndEmail() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Customer("", "Claire", "c@x.fr", Language.FR, Instant.EPOCH));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Customer("Martin", null, "c@x.fr", Language.FR, Instant.EPOCH));
    Customer customer = new Customer(" Martin ", "Claire", "c@x.fr", Language.EN, Instant.EPOCH);
    assertEquals("Claire Martin", customer.fullName());
  }

  @Test
  void languagesDefaultToFrench() {
    assertEquals(Language.EN, Language.fromCode("en-GB"));
    assertEquals(Language.FR, Language.fromCode("de"));
    assertEquals(Language.FR, Language.fromCode(null));
    assertEquals(Locale.ENGLISH, Language.EN.locale());
  }

  @Test
  void aNewCustomerGetsTheOptionalMailsUntilTheyChooseOtherwise() {
    Customer customer = new Customer("Martin", "Claire", "c@x.fr", Language.FR, Instant.EPOCH);
    assertEquals(true, customer.isMailAcknowledgements());
    assertEquals(true, customer.isMailSatisfaction());
    customer.chooseMails(false, true);
    assertEquals(false, customer.isMailAcknowledgements());
    assertEquals(true, customer.isMailSatisfaction());
  }

  @Test
  void anErasedCustomerIsNamedByAPseudonymOfTheirIdOnce() throws Exception {
    Customer customer =
        new Customer("Durand", "Marie", "Marie.Durand@Cabinet.fr", Language.FR, Instant.EPOCH);
    java.lang.reflect.Field id = Customer.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(customer, 1234L);
    customer.erase(Instant.EPOCH.plusSeconds(60));

    assertEquals("Client effacé n° 1234", customer.fullName());
    assertEquals("erased-1234@invalid", customer.getEmail());
    assertEquals(Instant.EPOCH.plusSeconds(60), customer.getErasedAt());
    assertEquals(Boolean.TRUE, customer.getMailLinksOnly());
    assertEquals(false, customer.isMailAcknowledgements());
    assertThrows(IllegalStateException.class, () -> customer.erase(Instant.EPOCH));
  }
}
