package fr.orthocab.support.mail.inbound.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyTrimmerTest {
  @Test
  void cutsFrenchAttributionAndWhatFollows() {
    String text =
        """
        Bonjour,
        le lien n'apparaît toujours pas.

        Le jeu. 26 nov. 2026 à 10:02, Orthocab <support@orthocab.fr> a écrit :
        > Bonjour, pouvez-vous préciser ?
        > Merci
        """;
    assertEquals("Bonjour,\nle lien n'apparaît toujours pas.", ReplyTrimmer.trim(text));
  }

  @Test
  void cutsAnAttributionWrappedOverTwoLines() {
    String text =
        "Merci, c'est réglé.\n\nLe jeu. 26 nov. 2026 à 10:02, Support Orthocab <support@orthocab.fr>"
            + " a\nécrit :\n> texte cité\n";
    assertEquals("Merci, c'est réglé.", ReplyTrimmer.trim(text));
  }

  @Test
  void cutsEnglishAttribution() {
    String text = "Still broken.\n\nOn Thu, Nov 26, 2026 at 10:02 AM Orthocab wrote:\n> Hi\n";
    assertEquals("Still broken.", ReplyTrimmer.trim(text));
  }

  @Test
  void cutsOutlookHeaderBlockWithoutQuoteMarks() {
    String text =
        """
        Voici la capture demandée.

        ________________________________
        De : Support Orthocab <support@orthocab.fr>
        Envoyé : jeudi 26 novembre 2026 10:02
        À : Claire Martin
        Objet : [OC-1042] Lien de visio absent

        Bonjour, pouvez-vous nous envoyer une capture ?
        """;
    assertEquals("Voici la capture demandée.", ReplyTrimmer.trim(text));
  }

  @Test
  void cutsOriginalMessageSeparator() {
    String text = "Ok merci\n-----Original Message-----\nFrom: support\nbla";
    assertEquals("Ok merci", ReplyTrimmer.trim(text));
  }

  @Test
  void dropsInterleavedQuotesButKeepsTheAnswers() {
    String text = "> Quelle version ?\n3.2\n> Quel navigateur ?\nFirefox";
    assertEquals("3.2\nFirefox", ReplyTrimmer.trim(text));
  }

  @Test
  void cutsTheStandardSignatureSeparator() {
    String text = "Le rappel n'est pas parti.\n-- \nClaire Martin\nOrthophoniste\n06 00 00 00 00";
    assertEquals("Le rappel n'est pas parti.", ReplyTrimmer.trim(text));
  }

  @Test
  void keepsTheClosingAndDropsAShortSignatureAfterIt() {
    String text =
        "Le rappel n'est pas parti.\n\nCordialement,\nClaire Martin\nOrthophoniste à Lyon\n"
            + "06 00 00 00 00\n\nEnvoyé de mon iPhone";
    assertEquals("Le rappel n'est pas parti.\n\nCordialement,", ReplyTrimmer.trim(text));
  }

  @Test
  void keepsLongLinesAfterAClosingAsTheyMayBeContent() {
    String text =
        "Cordialement,\nPS : en fait le problème revient chaque lundi matin quand je lance"
            + " la première séance de la journée";
    assertEquals(text, ReplyTrimmer.trim(text));
  }

  @Test
  void aSentenceThatGoesOnAfterAEcritIsNoAttribution() {
    String text = "Le patient a écrit : il ne reçoit pas le lien.\nMerci de vérifier.";
    assertEquals(text, ReplyTrimmer.trim(text));
  }

  @Test
  void keepsEverythingWhenOnlyQuotesWouldRemain() {
    String text = "> tout est cité";
    assertEquals("> tout est cité", ReplyTrimmer.trim(text));
  }

  // guards against catastrophic backtracking, not a benchmark
  private static final Duration LINEAR = Duration.ofSeconds(2);

  @Test
  void aClosingFollowedByAHundredKilobytesOfSpacesIsNoClosingAndIsReadAtOnce() {
    String text = "Merci\nCordialement" + " ".repeat(100_000) + "x\nClaire";
    assertEquals(text, assertTimeoutPreemptively(LINEAR, () -> ReplyTrimmer.trim(text)));
  }

  @Test
  void hundredKilobyteLinesShapedLikeHistoryOrSignaturesAreReadAtOnce() {
    String spaces = " ".repeat(100_000);
    for (String line :
        List.of(
            "Le " + spaces + "a" + spaces + "écrit" + spaces + ":" + spaces + "x",
            "On x" + spaces + "wrote" + spaces + ":" + spaces + "x",
            "---" + spaces + "Original Message" + spaces + "---" + spaces + "x",
            "*".repeat(100_000) + "De" + spaces + ":" + "*".repeat(100_000),
            "Envoyé de mon" + spaces + "x",
            "-".repeat(100_000) + "x",
            "Bien à vous" + spaces + "," + spaces + "x")) {
      String text = "Bonjour\n" + line + "\nMerci";
      assertEquals(text, assertTimeoutPreemptively(LINEAR, () -> ReplyTrimmer.trim(text)));
    }
  }
}
