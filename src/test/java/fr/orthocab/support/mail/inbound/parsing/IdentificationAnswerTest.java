package fr.orthocab.support.mail.inbound.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdentificationAnswerTest {
  @Test
  void readsFrenchLabels() {
    String text =
        "Bonjour,\n\nNom : Durand\nPrénom : Camille\nEmail de connexion : camille@example.fr\n\nMerci";
    assertEquals(
        Optional.of(new IdentificationAnswer("Durand", "Camille", "camille@example.fr")),
        IdentificationAnswer.in(text));
  }

  @Test
  void readsEnglishLabelsBulletsAndNoAccents() {
    String text = "- Surname: Smith\n* First name = Jo\n• Login email: <jo@example.com>";
    assertEquals(
        Optional.of(new IdentificationAnswer("Smith", "Jo", "jo@example.com")),
        IdentificationAnswer.in(text));
    assertEquals(
        Optional.of(new IdentificationAnswer("Petit", "Lea", "lea@example.fr")),
        IdentificationAnswer.in("NOM: Petit\nprenom: Lea\nadresse e-mail : lea@example.fr"));
  }

  @Test
  void aFirstMailGivesItsIdentityAmongItsRequestAndNoPasswordIsRead() {
    String text =
        "Bonjour,\nl'agenda ne s'ouvre plus : Erreur 500.\n\nNom : Durand\nPrénom : Camille\n"
            + "Email de connexion : camille@example.fr\nMot de passe : secret123\n\n--\n"
            + "Camille Durand, orthophoniste\nEmail : cabinet.durand@example.org";
    assertEquals(
        Optional.of(new IdentificationAnswer("Durand", "Camille", "camille@example.fr")),
        IdentificationAnswer.in(text));
  }

  @Test
  void aMissingFieldIsNoAnswerButAnAttempt() {
    String text = "Nom : Durand\nPrénom : Camille";
    assertEquals(Optional.empty(), IdentificationAnswer.in(text));
    assertTrue(IdentificationAnswer.attempted(text));
  }

  @Test
  void quotedLinesAndOtherLabelsAreNotRead() {
    String text =
        "> Nom : Durand\n> Prénom : Camille\n> Email de connexion : camille@example.fr\n"
            + "Nom d'utilisateur : camille\nTéléphone : 0600000000";
    assertEquals(Optional.empty(), IdentificationAnswer.in(text));
    assertFalse(IdentificationAnswer.attempted(text));
  }

  @Test
  void anEmailFieldThatIsNoAddressIsIgnored() {
    assertEquals(
        Optional.empty(),
        IdentificationAnswer.in("Nom : Durand\nPrénom : Camille\nEmail : je ne sais plus"));
  }

  // guards against catastrophic backtracking, not a benchmark: the old LINE regex took about
  // 38 minutes on such a line
  private static final Duration LINEAR = Duration.ofSeconds(2);

  @Test
  void aHundredKilobyteLineOfSpacesIsReadAtOnceAndTheOtherLinesStillCount() {
    String text =
        "Nom : Martin\n"
            + " ".repeat(100_000)
            + "\nPrénom : Claire\nNom"
            + " ".repeat(100_000)
            + "x\nEmail : claire@example.fr";
    assertEquals(
        Optional.of(new IdentificationAnswer("Martin", "Claire", "claire@example.fr")),
        assertTimeoutPreemptively(LINEAR, () -> IdentificationAnswer.in(text)));
  }

  @Test
  void aHundredKilobyteAddressOfDotsIsRefusedAtOnce() {
    String text = "Email : a@" + "b.".repeat(50_000) + "<";
    assertFalse(assertTimeoutPreemptively(LINEAR, () -> IdentificationAnswer.attempted(text)));
  }

  @Test
  void labelsValuesAndAddressesAreReadAsBefore() {
    assertEquals(
        Optional.of(new IdentificationAnswer("De La Tour", "Jean-Marc", "jm@mail.example.fr")),
        IdentificationAnswer.in(
            "  -* Nom de famille\t=\t De La Tour  \nprénom:Jean-Marc\nCourriel : <jm@mail.example.fr>"));
    assertFalse(IdentificationAnswer.attempted("Email : a@b."), "no letter after the dot");
    assertFalse(IdentificationAnswer.attempted("Email : a@.b"), "no letter before the dot");
    assertFalse(IdentificationAnswer.attempted("Email : a b@c.d"), "no space in an address");
    assertFalse(IdentificationAnswer.attempted("Nom :   "), "no value");
    assertFalse(IdentificationAnswer.attempted("Nom2 : Martin"), "no digit in a label");
    assertTrue(IdentificationAnswer.attempted("Email : <a@b.c>"));
    assertTrue(IdentificationAnswer.attempted("Login email=a@b.c>"));
  }
}
