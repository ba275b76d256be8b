package fr.orthocab.support.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.customer.Language;
import fr.orthocab.support.ticket.NoticeKind;
import org.junit.jupiter.api.Test;

class CustomerMailTextTest {
  private static final String LINK = "https://desk.example/portal/tickets/show.xhtml?id=42";

  @Test
  void subjectCarriesTheReferenceInBothLanguages() {
    assertEquals(
        "[OC-42] Réponse de l'équipe support : Lien absent",
        CustomerMailText.subject(
            NoticeKind.AGENT_REPLY, "OC-42", "Lien absent", Language.FR, false));
    assertEquals(
        "[OC-42] Reply from the support team: Lien absent",
        CustomerMailText.subject(
            NoticeKind.AGENT_REPLY, "OC-42", "Lien absent", Language.EN, false));
    assertEquals(
        "[OC-42] Demande reçue",
        CustomerMailText.subject(
            NoticeKind.ACKNOWLEDGEMENT, "OC-42", "Séance d'orthophonie", Language.FR, true),
        "links only: not even the ticket's subject");
  }

  @Test
  void everyKindHasASubjectInBothLanguages() {
    for (NoticeKind kind : NoticeKind.values()) {
      for (Language language : Language.values()) {
        assertTrue(
            CustomerMailText.subject(kind, "OC-1", "s", language, false).startsWith("[OC-1] "));
      }
    }
  }

  @Test
  void anAgentsReplyIsIntroducedByItsAuthorAndEndsWithHowToAnswer() {
    String fr =
        CustomerMailText.body(
            NoticeKind.AGENT_REPLY,
            Language.FR,
            "OC-42",
            "Voici le lien.",
            "Lucie Moreau",
            LINK,
            false);
    assertTrue(fr.contains("Lucie Moreau, de l'équipe support Orthocab, vous a répondu"), fr);
    assertTrue(fr.contains("Voici le lien."));
    assertTrue(fr.contains("[OC-42]") && fr.endsWith(LINK), fr);

    String en =
        CustomerMailText.body(
            NoticeKind.AGENT_REPLY,
            Language.EN,
            "OC-42",
            "Here it is.",
            "Lucie Moreau",
            LINK,
            false);
    assertTrue(en.contains("Lucie Moreau, of the Orthocab support team, replied to your request"));
    assertTrue(en.contains("Here it is."));
  }

  @Test
  void linksOnlyNeverCarriesTheMessage() {
    for (Language language : Language.values()) {
      String body =
          CustomerMailText.body(
              NoticeKind.AGENT_REPLY,
              language,
              "OC-42",
              "Bilan orthophonique de votre patient",
              "Lucie Moreau",
              LINK,
              true);
      assertFalse(body.contains("Bilan"), body);
      assertTrue(body.contains("OC-42") && body.contains(LINK), body);
    }
  }

  @Test
  void aSenderWithoutAccountGetsNoPortalLink() {
    String body =
        CustomerMailText.body(
            NoticeKind.IDENTIFICATION_REQUEST,
            Language.FR,
            "OC-7",
            "Qui êtes-vous ?",
            null,
            null,
            false);
    assertTrue(body.startsWith("Qui êtes-vous ?"));
    assertFalse(body.contains("http"));
  }
}
