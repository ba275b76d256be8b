package fr.orthocab.support.admin.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BillingErrorWordingTest {
  private static final Locale FR = Locale.FRENCH;

  @Test
  void theWebhooksAnswersReadInFrenchWithTheirVariableParts() {
    assertEquals(
        "Renouvellement non applicable : pack inconnu PLATINE.",
        BillingErrorWording.in("The renewal cannot be applied: unknown pack PLATINE.", FR));
    assertEquals(
        "L'événement evt_42 a déjà été appliqué avec un autre contenu ; il n'est pas appliqué de"
            + " nouveau.",
        BillingErrorWording.in(
            "Event evt_42 was applied with a different body; it is not applied again.", FR));
    assertEquals(
        "Le corps est imbriqué sur plus de 32 niveaux.",
        BillingErrorWording.in("The body is nested deeper than 32 levels.", FR));
    assertEquals(
        "Le webhook de renouvellement n'a pas encore de secret configuré.",
        BillingErrorWording.in("The renewal webhook has no secret configured yet.", FR));
  }

  @Test
  void everyErrorTheWebhookAnswersHasAWording() {
    for (String answered :
        new String[] {
          "Send the event as application/json.",
          "The event is larger than 64 KiB.",
          "The body could not be read.",
          "The body is empty.",
          "The body is not valid JSON.",
          "The body must hold one JSON object and nothing after it.",
          "The body must be a JSON object.",
          "A key of the body is longer than 200 characters.",
          "The body names \"eventId\" twice.",
          "A string of the body is longer than 10000 characters.",
          "A number of the body is longer than 40 characters.",
          "A number of the body is out of range.",
          "The request has invalid or missing fields.",
          "The renewal cannot be applied: ends before the period starts.",
          "The renewal could not be applied; retry later."
        }) {
      String french = BillingErrorWording.in(answered, FR);
      assertEquals(false, french.equals(answered), answered);
    }
  }

  @Test
  void anUnknownErrorIsShownAsAnswered() {
    assertEquals("Something new.", BillingErrorWording.in("Something new.", FR));
  }
}
