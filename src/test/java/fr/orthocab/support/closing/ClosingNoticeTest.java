package fr.orthocab.support.closing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.customer.Language;
import org.junit.jupiter.api.Test;

/** The automatic closing's words, in the customer's language. */
class ClosingNoticeTest {
  @Test
  void anEnglishCustomerIsWarnedOfTheAutomaticClosingInEnglish() {
    String warning =
        ClosingNotice.text(Language.EN, "autoClose.warning", "OC-1042", "Monday 1 June 2026", 7);
    assertTrue(warning.startsWith("Hello,"), warning);
    assertTrue(warning.contains("this request will be closed on Monday 1 June 2026"), warning);
    assertTrue(warning.contains("for 7 days"), warning);
    String french =
        ClosingNotice.text(Language.FR, "autoClose.warning", "OC-1042", "lundi 1er juin 2026", 7);
    assertTrue(french.startsWith("Bonjour"), french);
  }

  @Test
  void aFollowUpIsTitledInTheCustomersLanguage() {
    assertEquals(
        "Follow-up to OC-1042: Agenda",
        ClosingNotice.text(Language.EN, "followUp.subject", "OC-1042", "Agenda"));
    assertEquals(
        "Suite de OC-1042 : Agenda",
        ClosingNotice.text(Language.FR, "followUp.subject", "OC-1042", "Agenda"));
  }
}
