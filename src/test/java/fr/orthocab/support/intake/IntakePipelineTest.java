package fr.orthocab.support.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.duplicate.DuplicateFinder;
import fr.orthocab.support.duplicate.RequestText;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.Outcome;
import fr.orthocab.support.screening.FlagKind;
import fr.orthocab.support.subscription.Coverage;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.subscription.Subscription;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Priority;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntakePipelineTest {
  private static final Instant RECEIVED = Instant.parse("2026-11-23T09:00:00Z");
  private final Customer customer =
      new Customer("Martin", "Claire", "c@x.fr", Language.FR, Instant.EPOCH);
  private final Pack telesoin = new Pack("TELESOIN", "Pack Télésoin ORTHOCAB", "T", true, true);
  private final Pack free = new Pack("GRATUIT", "Pack gratuit", "F", false, false);
  private final IntakePipeline pipeline = new IntakePipeline();

  private Coverage covered(Pack pack) {
    return Coverage.at(
        RECEIVED,
        List.of(
            new Subscription(
                customer, pack, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))));
  }

  private Coverage lapsed() {
    return Coverage.at(
        RECEIVED,
        List.of(
            new Subscription(
                customer, telesoin, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))));
  }

  private static IntakeFacts facts(
      Coverage coverage, TicketCategory category, String subject, String body, long lastDay) {
    return new IntakeFacts(
        new NewRequest(1L, subject, category, TicketChannel.PORTAL, body, RECEIVED),
        coverage,
        lastDay,
        5);
  }

  private static boolean decided(Verdict verdict, Clause clause, Outcome outcome) {
    return verdict.decisions().stream()
        .anyMatch(d -> d.clause() == clause && d.outcome() == outcome);
  }

  @Test
  void aTelesoinCustomersRequestIsOpenAndHighWithAScopePriorityDecision() {
    Verdict verdict =
        pipeline.evaluate(facts(covered(telesoin), TicketCategory.BUG, "Lien", "Texte", 0));
    assertEquals(TicketStatus.OPEN, verdict.status());
    assertEquals(Priority.HIGH, verdict.priority());
    assertTrue(decided(verdict, Clause.SCOPE_PRIORITY, Outcome.PRIORITISED));
    assertTrue(decided(verdict, Clause.ELIG_ACTIVE, Outcome.ACCEPTED));
  }

  @Test
  void aFreePackRequestIsOpenWithNormalPriority() {
    Verdict verdict =
        pipeline.evaluate(facts(covered(free), TicketCategory.OTHER, "Agenda", "Texte", 0));
    assertEquals(TicketStatus.OPEN, verdict.status());
    assertEquals(Priority.NORMAL, verdict.priority());
    assertTrue(decided(verdict, Clause.SCOPE_PRIORITY, Outcome.ACCEPTED));
  }

  @Test
  void aLapsedCustomersRenewalQuestionIsAcceptedUnderEligRenewal() {
    Verdict byCategory =
        pipeline.evaluate(
            facts(lapsed(), TicketCategory.SUBSCRIPTION_RENEWAL, "Question", "Texte", 0));
    Verdict byText =
        pipeline.evaluate(
            facts(lapsed(), TicketCategory.OTHER, "abonnement expire", "comment le reactiver", 0));
    for (Verdict verdict : List.of(byCategory, byText)) {
      assertEquals(TicketStatus.OPEN, verdict.status());
      assertTrue(decided(verdict, Clause.ELIG_RENEWAL, Outcome.ACCEPTED));
      assertEquals(Priority.NORMAL, verdict.priority());
    }
  }

  @Test
  void aLapsedCustomersOtherRequestAwaitsRenewalUnderEligActive() {
    Verdict verdict =
        pipeline.evaluate(facts(lapsed(), TicketCategory.BUG, "Export", "Le PDF est vide", 0));
    assertEquals(TicketStatus.AWAITING_RENEWAL, verdict.status());
    assertTrue(decided(verdict, Clause.ELIG_ACTIVE, Outcome.HELD));
  }

  @Test
  void theSixthRequestIn24HoursIsThrottledUnderRefuseSpam() {
    Verdict fifth = pipeline.evaluate(facts(covered(free), TicketCategory.BUG, "Cinq", "Texte", 4));
    Verdict sixth = pipeline.evaluate(facts(covered(free), TicketCategory.BUG, "Six", "Texte", 5));
    assertEquals(TicketStatus.OPEN, fifth.status());
    assertFalse(decided(fifth, Clause.REFUSE_SPAM, Outcome.THROTTLED));
    assertEquals(TicketStatus.THROTTLED, sixth.status());
    assertTrue(decided(sixth, Clause.REFUSE_SPAM, Outcome.THROTTLED));
  }

  @Test
  void theFirstHoldWinsAndEveryDecisionStaysOnRecord() {
    Verdict verdict = pipeline.evaluate(facts(lapsed(), TicketCategory.BUG, "Sixième", "Texte", 7));
    assertEquals(TicketStatus.THROTTLED, verdict.status());
    assertTrue(decided(verdict, Clause.REFUSE_SPAM, Outcome.THROTTLED));
    assertTrue(decided(verdict, Clause.ELIG_ACTIVE, Outcome.HELD));
    assertEquals("rule:QuotaRule", verdict.decisions().get(0).rule());
  }

  @Test
  void aZoomSoundProblemIsFlaggedUnderExtProductsAndStaysOpen() {
    Verdict verdict =
        pipeline.evaluate(
            facts(
                covered(free),
                TicketCategory.OTHER,
                "Pas de son",
                "Mes patients ne m'entendent pas sur Zoom",
                0));
    assertEquals(TicketStatus.OPEN, verdict.status());
    assertFalse(verdict.isRefused());
    assertTrue(decided(verdict, Clause.EXT_PRODUCTS, Outcome.FLAGGED));
    assertEquals(List.of(FlagKind.EXTERNAL_PRODUCT), kinds(verdict));
  }

  @Test
  void aZoomLinkMissingFromTheReminderIsTheExceptionWithoutAFlag() {
    Verdict verdict =
        pipeline.evaluate(
            facts(
                covered(free),
                TicketCategory.BUG,
                "Lien Zoom",
                "Le lien Zoom est absent du mail de rappel",
                0));
    assertTrue(decided(verdict, Clause.EXT_EXCEPTION, Outcome.ACCEPTED));
    assertEquals(List.of(), kinds(verdict));
  }

  @Test
  void offensiveWordsAreFlaggedForAnAgentAndNeverRefuse() {
    Verdict verdict =
        pipeline.evaluate(
            facts(covered(free), TicketCategory.BUG, "Agenda", "Ce p u t a i n d'agenda !", 0));
    assertEquals(TicketStatus.OPEN, verdict.status());
    assertFalse(verdict.isRefused());
    assertTrue(decided(verdict, Clause.REFUSE_LANGUAGE, Outcome.FLAGGED));
    assertEquals(List.of(FlagKind.OFFENSIVE_LANGUAGE), kinds(verdict));
    assertEquals("p u t a i n", verdict.flags().get(0).detail());
  }

  @Test
  void aConnectionProblemIsNeitherFlaggedNorExcepted() {
    Verdict verdict =
        pipeline.evaluate(
            facts(covered(free), TicketCategory.BUG, "Connexion", "Problème de connexion", 0));
    assertEquals(List.of(), kinds(verdict));
    assertTrue(
        verdict.decisions().stream()
            .noneMatch(
                d ->
                    d.clause() == Clause.EXT_PRODUCTS
                        || d.clause() == Clause.EXT_EXCEPTION
                        || d.clause() == Clause.REFUSE_LANGUAGE));
  }

  private static List<FlagKind> kinds(Verdict verdict) {
    return verdict.flags().stream().map(RuleFlag::kind).toList();
  }

  private IntakeFacts withEarlier(String subject, String body) {
    return new IntakeFacts(
        new NewRequest(1L, subject, TicketCategory.BUG, TicketChannel.PORTAL, body, RECEIVED),
        covered(free),
        1,
        5,
        null,
        List.of(
            new DuplicateFinder.Earlier(
                41,
                "OC-41",
                RequestText.of(
                    "Export comptable vide",
                    "L'export comptable CSV sort vide alors qu'il y a des recettes."))),
        DuplicateFinder.DEFAULT_THRESHOLD);
  }

  @Test
  void aRequestRepeatingAnOpenOneIsFlaggedUnderDupCommentNamingItAndStaysOpen() {
    Verdict verdict =
        pipeline.evaluate(
            withEarlier("Export toujours vide", "Mon export comptable CSV est toujours vide."));
    assertEquals(TicketStatus.OPEN, verdict.status());
    assertTrue(decided(verdict, Clause.DUP_COMMENT, Outcome.FLAGGED));
    assertTrue(
        verdict.flags().stream()
            .anyMatch(
                f -> f.kind() == FlagKind.PROBABLE_DUPLICATE && f.detail().contains("OC-41")));
  }

  @Test
  void anUnrelatedRequestOfTheSameCustomerIsNoDuplicate() {
    Verdict verdict =
        pipeline.evaluate(withEarlier("Mot de passe", "Je ne reçois pas le mail de mot de passe."));
    assertFalse(decided(verdict, Clause.DUP_COMMENT, Outcome.FLAGGED));
    assertTrue(verdict.flags().isEmpty());
  }
}
