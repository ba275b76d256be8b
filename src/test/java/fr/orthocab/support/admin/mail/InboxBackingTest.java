package fr.orthocab.support.admin.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class InboxBackingTest {
  @Test
  void aFailuresJavaExceptionTextIsNeverShown() {
    assertNull(
        InboxBacking.readable(
            "Non reçu après 3 tentatives : java.lang.IllegalStateException: stream closed"));
    assertNull(
        InboxBacking.readable(
            "Non reçu après 3 tentatives : jakarta.mail.MessagingException: bad header"));
    assertNull(InboxBacking.readable("org.h2.jdbc.JdbcSQLDataException: value too long"));
    assertNull(InboxBacking.readable(null));
  }

  @Test
  void theDesksOwnWordsAreShown() {
    String limit = "Non reçu après 3 tentatives : parties imbriquées sur plus de 50 niveaux.";
    assertEquals(limit, InboxBacking.readable(limit));
    String size = "Message de 30000000 octets, plus que la limite de 25000000 : non lu.";
    assertEquals(size, InboxBacking.readable(size));
    assertEquals(
        "Pièce jointe refusée : facture.exe",
        InboxBacking.readable("Pièce jointe refusée : facture.exe"));
  }
}
