package fr.orthocab.support.intake;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.ticket.TicketCategory;
import org.junit.jupiter.api.Test;

class RenewalQuestionTest {
  @Test
  void evidentRenewalQuestionsAreRecognisedWithOrWithoutAccents() {
    assertTrue(RenewalQuestion.isAbout("Renouvellement", ""));
    assertTrue(RenewalQuestion.isAbout("", "Comment renouveler mon abonnement ?"));
    assertTrue(RenewalQuestion.isAbout("Réabonnement pack télésoin", ""));
    assertTrue(RenewalQuestion.isAbout("", "mon abonnement a expiré hier"));
    assertTrue(RenewalQuestion.isAbout("", "mon abonnement est echu, que faire"));
    assertTrue(RenewalQuestion.isAbout("", "How do I renew my subscription?"));
  }

  @Test
  void otherRequestsAreNot() {
    assertFalse(RenewalQuestion.isAbout("Export PDF", "Le PDF des bilans est vide."));
    assertFalse(RenewalQuestion.isAbout("Abonnement", "Quel est le prix de l'abonnement ?"));
    assertFalse(RenewalQuestion.isAbout(null, null));
  }

  @Test
  void aRequestFiledAsARenewalIsOneWhateverItSays() {
    assertTrue(RenewalQuestion.isAbout(TicketCategory.SUBSCRIPTION_RENEWAL, "Facture", "Bonjour"));
    assertTrue(RenewalQuestion.isAbout(TicketCategory.OTHER, "Renouvellement", ""));
    assertFalse(RenewalQuestion.isAbout(TicketCategory.BUG, "Export PDF", "Le PDF est vide."));
  }
}
