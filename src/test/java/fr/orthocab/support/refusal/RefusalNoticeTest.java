package fr.orthocab.support.refusal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.customer.Language;
import fr.orthocab.support.policy.Clause;
import org.junit.jupiter.api.Test;

class RefusalNoticeTest {
  @Test
  void theCustomerIsToldTheClauseItsTextTheExplanationAndWhatToDoInTheirLanguage() {
    String fr =
        RefusalNotice.of(
            Clause.REFUSE_SPAM,
            "3",
            "L'équipe Orthocab peut refuser l'assistance en cas de spam du support.",
            "Douze tickets en une heure.",
            Language.FR);
    assertTrue(fr.contains("clause REFUSE-SPAM, version 3"), fr);
    assertTrue(fr.contains("« L'équipe Orthocab peut refuser l'assistance en cas de spam"), fr);
    assertTrue(fr.contains("Explication : Douze tickets en une heure."), fr);
    assertTrue(fr.contains("ajoutez vos informations en commentaire"), fr);
    assertFalse(fr.contains("''"), fr);

    String en =
        RefusalNotice.of(
            Clause.EXT_PRODUCTS,
            "1",
            "Our support does not include Cisco Webex Meetings.",
            "Zoom audio issue.",
            Language.EN);
    assertTrue(en.contains("clause EXT-PRODUCTS, version 1"), en);
    assertTrue(en.contains("\"Our support does not include Cisco Webex Meetings.\""), en);
    assertTrue(en.contains("What you can do: contact the vendor's support"), en);
    assertFalse(en.contains("''"), en);
  }

  @Test
  void everyRefusalClauseSaysWhatToDoNextInBothLanguages() {
    for (Clause clause : Clause.values()) {
      if (clause.isRefusalReason()) {
        for (Language language : Language.values()) {
          String notice = RefusalNotice.of(clause, "1", "texte", "x", language);
          assertTrue(notice.contains(clause.id()), clause + " " + language);
        }
      }
    }
    assertTrue(RefusalNotice.lifted(Language.FR).contains("levé"));
    assertFalse(RefusalNotice.lifted(Language.FR).contains("''"));
  }
}
