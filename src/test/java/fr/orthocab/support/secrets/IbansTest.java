package fr.orthocab.support.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IbansTest {
  private final Ibans ibans = new Ibans();

  @Test
  void mod97OfTheMovedIbanIsOne() {
    assertTrue(Ibans.checks("FR76 3000 6000 0112 3456 7890 189"));
    assertTrue(Ibans.checks("DE89370400440532013000"));
    assertTrue(Ibans.checks("GB29 NWBK 6016 1331 9268 19"));
    assertFalse(Ibans.checks("FR77 3000 6000 0112 3456 7890 189"));
    assertFalse(Ibans.checks("FR76 3000 6000 0112 3456 7890 18"), "the country's length");
  }

  @Test
  void theIbanEndsWhereItChecksNotAtTheNextWord() {
    String text = "IBAN FR76 3000 6000 0112 3456 7890 189 OK merci";
    var found = ibans.find(text);
    assertEquals(1, found.size());
    assertEquals(
        "FR76 3000 6000 0112 3456 7890 189",
        text.substring(found.get(0).start(), found.get(0).end()));
  }

  @Test
  void invoiceAndVatNumbersStay() {
    assertTrue(ibans.find("facture FR2025001234567").isEmpty());
    assertTrue(ibans.find("TVA FR40303265045").isEmpty());
    assertTrue(ibans.find("ticket OC-1234").isEmpty());
  }
}
