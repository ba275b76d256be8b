package fr.orthocab.support.portal.tickets;

import static fr.orthocab.support.policy.Clause.DUP_COMMENT;
import static fr.orthocab.support.policy.Clause.ELIG_ACTIVE;
import static fr.orthocab.support.policy.Clause.ELIG_RENEWAL;
import static fr.orthocab.support.policy.Clause.EXT_EXCEPTION;
import static fr.orthocab.support.policy.Clause.EXT_PRODUCTS;
import static fr.orthocab.support.policy.Clause.ID_INFO;
import static fr.orthocab.support.policy.Clause.REFUSE_DISRESPECT;
import static fr.orthocab.support.policy.Clause.REFUSE_ID;
import static fr.orthocab.support.policy.Clause.REFUSE_LANGUAGE;
import static fr.orthocab.support.policy.Clause.REFUSE_SPAM;
import static fr.orthocab.support.policy.Clause.SCOPE_PRIORITY;
import static fr.orthocab.support.policy.Outcome.ACCEPTED;
import static fr.orthocab.support.policy.Outcome.HELD;
import static fr.orthocab.support.policy.Outcome.LIFTED;
import static fr.orthocab.support.policy.Outcome.MERGED;
import static fr.orthocab.support.policy.Outcome.PRIORITISED;
import static fr.orthocab.support.policy.Outcome.REFUSED;
import static fr.orthocab.support.policy.Outcome.RELEASED;
import static fr.orthocab.support.policy.Outcome.THROTTLED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class DecisionWordsTest {
  private static final Locale FR = Locale.FRENCH;
  private static final Locale EN = Locale.ENGLISH;
  private static final String TELESOIN = "Pack Télésoin ORTHOCAB";

  /**
   * Every clause and outcome the desk records and shows a customer (intake rules, lapses, renewals,
   * supervisors' releases, agents' and rules' refusals and their lifting, merges): see the callers
   * of Decisions.record. SCOPE-PRIORITY PRIORITISED comes twice, raising and lowering, and
   * DUP-COMMENT MERGED twice, on the original and on the request merged away.
   */
  private static final List<DecisionFacts> RECORDED =
      List.of(
          facts(ELIG_ACTIVE, ACCEPTED, "Pack Gratuit", false, null, 540, false),
          facts(ELIG_ACTIVE, HELD, "Pack Gratuit", false, LocalDate.of(2026, 11, 3), null, false),
          facts(ELIG_ACTIVE, RELEASED, null, false, null, null, false),
          facts(ELIG_ACTIVE, REFUSED, null, false, null, null, false),
          facts(ELIG_ACTIVE, LIFTED, null, false, null, null, false),
          facts(ELIG_RENEWAL, ACCEPTED, null, false, null, null, false),
          facts(ELIG_RENEWAL, RELEASED, "Pack Gratuit", false, null, 540, false),
          facts(SCOPE_PRIORITY, PRIORITISED, TELESOIN, true, null, 120, false),
          facts(SCOPE_PRIORITY, PRIORITISED, "Pack Gratuit", false, null, 540, false),
          facts(EXT_EXCEPTION, ACCEPTED, TELESOIN, true, null, 120, false),
          facts(ID_INFO, HELD, null, false, null, null, false),
          facts(ID_INFO, ACCEPTED, null, false, null, null, false),
          facts(DUP_COMMENT, MERGED, null, false, null, null, false),
          facts(DUP_COMMENT, MERGED, null, false, null, null, true),
          facts(REFUSE_SPAM, THROTTLED, null, false, null, null, false),
          facts(REFUSE_SPAM, RELEASED, null, false, null, null, false),
          facts(REFUSE_SPAM, REFUSED, null, false, null, null, false),
          facts(REFUSE_SPAM, LIFTED, null, false, null, null, false),
          facts(REFUSE_ID, REFUSED, null, false, null, null, false),
          facts(REFUSE_ID, LIFTED, null, false, null, null, false),
          facts(REFUSE_DISRESPECT, REFUSED, null, false, null, null, false),
          facts(REFUSE_DISRESPECT, LIFTED, null, false, null, null, false),
          facts(REFUSE_LANGUAGE, REFUSED, null, false, null, null, false),
          facts(REFUSE_LANGUAGE, LIFTED, null, false, null, null, false),
          facts(EXT_PRODUCTS, REFUSED, null, false, null, null, false),
          facts(EXT_PRODUCTS, LIFTED, null, false, null, null, false));

  private static DecisionFacts facts(
      Clause clause,
      Outcome outcome,
      String pack,
      boolean priority,
      LocalDate lapsedOn,
      Integer objective,
      boolean mergedAway) {
    return new DecisionFacts(clause, outcome, pack, priority, lapsedOn, objective, mergedAway, 30);
  }

  @Test
  void aTelesoinCustomerReadsThatTheirRequestIsHandledFirst() {
    PlainDecision plain = DecisionWords.of(RECORDED.get(7), FR);
    assertEquals(
        "Votre abonnement Pack Télésoin ORTHOCAB est actif : votre demande est traitée en"
            + " priorité. Nous visons une réponse en 2 heures d'ouverture.",
        plain.sentence());
    assertFalse(plain.stops());
    assertNull(plain.whatToDo());
    assertEquals(
        "Your Pack Télésoin ORTHOCAB subscription is active: your request is handled first. We"
            + " aim to answer within 2 opening hours.",
        DecisionWords.of(RECORDED.get(7), EN).sentence());
  }

  @Test
  void anActiveSubscriptionReadsAsAcceptedNotAsARefusal() {
    String sentence = DecisionWords.of(RECORDED.get(0), FR).sentence();
    assertEquals(
        "Votre abonnement Pack Gratuit est actif : votre demande est prise en charge par l'équipe"
            + " support. Nous visons une réponse en 9 heures d'ouverture.",
        sentence);
    assertFalse(sentence.contains("Nous ne fournissons pas"), sentence);
  }

  @Test
  void aLapsedCustomerReadsWhenItEndedThatTheRequestWaitsAndHowToGoOn() {
    PlainDecision plain = DecisionWords.of(RECORDED.get(1), FR);
    assertEquals(
        "Votre abonnement Pack Gratuit a pris fin le mardi 3 novembre 2026 : votre demande attend"
            + " votre renouvellement.",
        plain.sentence());
    assertTrue(plain.stops());
    assertTrue(plain.whatToDo().startsWith("Renouvelez votre abonnement"), plain.whatToDo());
    assertTrue(plain.whatToDo().contains("dans les 30 jours"), plain.whatToDo());
    assertTrue(
        DecisionWords.of(RECORDED.get(1), EN)
            .sentence()
            .startsWith("Your Pack Gratuit subscription ended on Tuesday 3 November 2026"));
  }

  @Test
  void anUnknownEndDayGivesTheShortSentenceRatherThanAHole() {
    PlainDecision plain =
        DecisionWords.of(facts(ELIG_ACTIVE, HELD, null, false, null, null, false), FR);
    assertEquals(
        "Vous n'avez pas d'abonnement actif : votre demande attend votre renouvellement.",
        plain.sentence());
    assertNotNull(plain.whatToDo(), "still told how to go on");
  }

  @Test
  void aPriorityCustomerIsNotToldTheirPackTwice() {
    assertEquals(
        "Votre abonnement est actif : votre demande est prise en charge par l'équipe support.",
        DecisionWords.of(facts(ELIG_ACTIVE, ACCEPTED, TELESOIN, true, null, 120, false), FR)
            .sentence());
  }

  @Test
  void aPriorityTakenAwayIsSaidAsSuch() {
    assertTrue(
        DecisionWords.of(RECORDED.get(8), FR)
            .sentence()
            .startsWith("Vous n'avez plus d'abonnement prioritaire"));
  }

  @Test
  void aMergedRequestSaysWhereTheConversationGoesOn() {
    assertTrue(DecisionWords.of(RECORDED.get(12), FR).sentence().startsWith("Une autre"));
    assertTrue(DecisionWords.of(RECORDED.get(13), FR).sentence().startsWith("Cette demande"));
  }

  /**
   * Each recorded decision has its own sentence, in both languages, holds and refusals with a way
   * on.
   */
  @Test
  void everyRecordedDecisionHasItsOwnPlainSentenceInBothLanguages() {
    for (Locale locale : List.of(FR, EN)) {
      ResourceBundle texts = ResourceBundle.getBundle(DecisionWords.BUNDLE, locale);
      for (DecisionFacts facts : RECORDED) {
        String key = DecisionWords.key(facts);
        boolean shared = facts.outcome() == LIFTED;
        assertTrue(shared || texts.containsKey(key), locale + ": no wording of its own for " + key);
        PlainDecision plain = DecisionWords.of(facts, locale);
        assertReadable(plain.sentence(), locale + " " + key);
        assertFalse(
            plain.sentence().contains(facts.clause().id()), "no clause id in the sentence " + key);
        assertEquals(DecisionWords.stops(facts.outcome()), plain.stops(), key);
        if (plain.stops() && facts.clause() != ID_INFO) {
          assertNotNull(plain.whatToDo(), locale + ": what can the customer do? " + key);
          assertReadable(plain.whatToDo(), locale + " " + key + ".todo");
        }
      }
    }
  }

  /** Whatever an agent records in the future, the customer reads a sentence, never a hole. */
  @Test
  void anyClauseAndOutcomeHasASentence() {
    for (Locale locale : List.of(FR, EN)) {
      for (Clause clause : Clause.values()) {
        for (Outcome outcome : Outcome.values()) {
          assertReadable(
              DecisionWords.of(DecisionFacts.of(clause, outcome), locale).sentence(),
              locale + " " + clause + " " + outcome);
        }
      }
    }
  }

  @Test
  void theHoldThatStopsTheRequestComesFirstAndOnlyWhileItStops() {
    CustomerDecision accepted =
        row(facts(ELIG_ACTIVE, ACCEPTED, "Pack Gratuit", false, null, 540, false), 1);
    CustomerDecision held = row(facts(REFUSE_SPAM, THROTTLED, null, false, null, null, false), 2);
    CustomerDecision released =
        row(facts(REFUSE_SPAM, RELEASED, null, false, null, null, false), 3);
    List<CustomerDecision> stopped = CustomerDecision.standingFirst(List.of(accepted, held), true);
    assertEquals(List.of(held.plain(), accepted.plain()), plains(stopped));
    assertTrue(stopped.get(0).standing());
    assertFalse(stopped.get(1).standing());

    List<CustomerDecision> goingOn =
        CustomerDecision.standingFirst(List.of(accepted, held, released), false);
    assertEquals(List.of(accepted.plain(), held.plain(), released.plain()), plains(goingOn));
    assertTrue(goingOn.stream().noneMatch(CustomerDecision::standing));
  }

  private static CustomerDecision row(DecisionFacts facts, int second) {
    return new CustomerDecision(
        DecisionWords.of(facts, FR),
        false,
        facts.clause().id(),
        "texte",
        "1",
        Instant.ofEpochSecond(second));
  }

  private static List<PlainDecision> plains(List<CustomerDecision> rows) {
    List<PlainDecision> plains = new ArrayList<>();
    rows.forEach(r -> plains.add(r.plain()));
    return plains;
  }

  private static void assertReadable(String text, String what) {
    assertNotNull(text, what);
    assertFalse(text.isBlank(), what);
    assertFalse(text.contains("{") || text.contains("}"), what + ": " + text);
    assertFalse(text.contains("''"), what + ": " + text);
    assertFalse(text.contains("null"), what + ": " + text);
  }
}
