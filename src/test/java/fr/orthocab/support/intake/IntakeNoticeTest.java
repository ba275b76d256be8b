package fr.orthocab.support.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.customer.Language;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IntakeNoticeTest {
  @Test
  void aLapseNoticeNamesThePackTheLastDayInWordsTheRequestAndTheDelay() {
    String fr =
        IntakeNotice.lapse(
            Language.FR, "Pack gratuit ORTHOCAB", LocalDate.of(2026, 5, 12), "OC-1042", 30);
    assertTrue(
        fr.contains("Votre abonnement Pack gratuit ORTHOCAB a pris fin le mardi 12 mai"), fr);
    assertTrue(fr.contains("votre demande OC-1042"), fr);
    assertTrue(fr.contains("l'équipe support dès que votre abonnement sera renouvelé"), fr);
    assertTrue(fr.contains("« Renouvellement d'abonnement »"), fr);
    assertTrue(fr.contains("dans les 30 jours, cette demande sera refusée"), fr);

    String en =
        IntakeNotice.lapse(
            Language.EN, "ORTHOCAB Free Pack", LocalDate.of(2026, 5, 12), "OC-1042", 30);
    assertTrue(en.contains("subscription ended on Tuesday 12 May 2026"), en);
    assertTrue(en.contains("support team's queue"), en);
    assertTrue(en.contains("within 30 days, this request will be refused"), en);
  }

  @Test
  void heldNoticesNameTheRequestTheClauseAndTheLimitInBothLanguages() {
    String renewalFr = IntakeNotice.awaitingRenewal(Language.FR, "OC-7", 30);
    assertTrue(renewalFr.contains("OC-7") && renewalFr.contains("ELIG-ACTIVE"), renewalFr);
    assertTrue(renewalFr.contains("30 jours") && renewalFr.contains("l'équipe"), renewalFr);
    String renewalEn = IntakeNotice.awaitingRenewal(Language.EN, "OC-7", 30);
    assertTrue(renewalEn.contains("OC-7") && renewalEn.contains("30 days"), renewalEn);
    String throttledFr = IntakeNotice.throttled(Language.FR, "OC-8", 5);
    assertTrue(throttledFr.contains("plus de 5 demandes") && throttledFr.contains("REFUSE-SPAM"));
    String throttledEn = IntakeNotice.throttled(Language.EN, "OC-8", 5);
    assertTrue(throttledEn.contains("more than 5 requests") && throttledEn.contains("OC-8"));
  }

  @Test
  void theFirstOfTheMonthIsAnOrdinalInFrench() {
    assertEquals("lundi 1er juin 2026", IntakeNotice.day(Language.FR, LocalDate.of(2026, 6, 1)));
    assertEquals("Monday 1 June 2026", IntakeNotice.day(Language.EN, LocalDate.of(2026, 6, 1)));
  }
}
