package fr.orthocab.support.satisfaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.customer.Language;
import org.junit.jupiter.api.Test;

/** The satisfaction question mailed at a resolution, in the customer's language. */
class SatisfactionTextTest {
  @Test
  void anEnglishCustomerIsAskedInEnglish() {
    assertEquals(
        "[OC-1042] Did our answer help you?", SatisfactionText.subject(Language.EN, "OC-1042"));
    String body =
        SatisfactionText.mailBody(
            Language.EN, "OC-1042", "https://desk/s?token=t", "https://desk/p");
    assertTrue(body.contains("Yes, it helped: https://desk/s?token=t&vote=GOOD"), body);
    assertTrue(body.contains("No: https://desk/s?token=t&vote=BAD"), body);
    assertTrue(body.contains("request's page: https://desk/p"), body);
    assertTrue(
        SatisfactionText.subject(Language.FR, "OC-1042").contains("Notre réponse vous a-t-elle"));
  }
}
