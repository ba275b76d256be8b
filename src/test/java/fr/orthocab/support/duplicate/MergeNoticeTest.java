package fr.orthocab.support.duplicate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.customer.Language;
import org.junit.jupiter.api.Test;

/** What a customer is told when an agent merges two of their requests, in their language. */
class MergeNoticeTest {
  @Test
  void anEnglishCustomerIsToldOfAMergeInEnglish() {
    String notice = Merges.text(Language.EN, "OC-1043", "OC-1042");
    assertTrue(
        notice.contains("Your request OC-1043 is about the same problem as your request OC-1042"),
        notice);
    assertTrue(Merges.text(Language.FR, "OC-1043", "OC-1042").startsWith("Bonjour"));
  }
}
