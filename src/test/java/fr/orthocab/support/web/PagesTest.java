package fr.orthocab.support.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PagesTest {
  @Test
  void onlyPlainPositiveNumbersAreTicketIds() {
    assertEquals(1042L, Pages.id("1042").getAsLong());
    assertTrue(Pages.id("12a").isEmpty());
    assertTrue(Pages.id("-1").isEmpty());
    assertTrue(Pages.id("").isEmpty());
    assertTrue(Pages.id(null).isEmpty());
    assertTrue(Pages.id("99999999999999999999").isEmpty());
  }
}
