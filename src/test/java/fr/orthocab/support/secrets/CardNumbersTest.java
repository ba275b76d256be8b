package fr.orthocab.support.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CardNumbersTest {
  private final CardNumbers cards = new CardNumbers();

  @Test
  void luhnChecksTheLastDigit() {
    assertTrue(CardNumbers.luhn("4970101234567893"));
    assertFalse(CardNumbers.luhn("4970101234567894"));
    assertTrue(CardNumbers.luhn("378282246310005"));
  }

  @Test
  void cardsOfTheNetworksGroupedOrNotAreFound() {
    assertEquals(1, cards.find("CB 4970 1012 3456 7893 exp 04/27").size());
    assertEquals(1, cards.find("CB 4970-1012-3456-7893").size());
    assertEquals(1, cards.find("amex 378282246310005").size());
    assertEquals(1, cards.find("mc 5555 5555 5555 4444").size());
  }

  @Test
  void siretSirenPhoneAndFailingLuhnStay() {
    assertTrue(CardNumbers.luhn("73282932000074"), "a SIRET passes Luhn");
    assertTrue(cards.find("SIRET 73282932000074").isEmpty());
    assertTrue(cards.find("SIRET 732 829 320 00074").isEmpty());
    assertTrue(cards.find("commande 4970 1012 3456 7894").isEmpty());
    assertTrue(cards.find("tel 06 12 34 56 78").isEmpty());
    assertTrue(cards.find("RPPS 10101234567").isEmpty());
  }
}
