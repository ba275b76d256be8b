package fr.orthocab.support.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SearchBoxTest {
  @Test
  void aReferenceWithOrWithoutItsPrefixNamesATicket() {
    assertEquals(OptionalLong.of(1042), new SearchBox("OC-1042").ticketId());
    assertEquals(OptionalLong.of(1042), new SearchBox(" oc-1042 ").ticketId());
    assertEquals(OptionalLong.of(1042), new SearchBox("oc1042").ticketId());
    assertEquals(OptionalLong.of(1042), new SearchBox("1042").ticketId());
  }

  @Test
  void otherTextNamesNoTicket() {
    assertEquals(OptionalLong.empty(), new SearchBox("OC-").ticketId());
    assertEquals(OptionalLong.empty(), new SearchBox("0").ticketId());
    assertEquals(OptionalLong.empty(), new SearchBox("rappel 1042").ticketId());
    assertEquals(OptionalLong.empty(), new SearchBox("99999999999999999999").ticketId());
  }

  @Test
  void aWholeAddressIsAnEmailAndBlankIsNothing() {
    assertTrue(new SearchBox("claire.martin@demo.orthocab.fr").email());
    assertFalse(new SearchBox("claire martin").email());
    assertTrue(new SearchBox("   ").blank());
    assertTrue(new SearchBox(null).blank());
  }
}
