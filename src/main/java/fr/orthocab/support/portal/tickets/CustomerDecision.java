package fr.orthocab.support.portal.tickets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A decision as its customer's page shows it: the plain sentence first, the clause behind it one
 * click away. A standing decision is the hold or refusal that stops the request now: it comes
 * first, with what the customer can do.
 */
public record CustomerDecision(
    PlainDecision plain,
    boolean standing,
    String clauseId,
    String clauseText,
    String policyLabel,
    Instant decidedAt) {

  /**
   * The decisions in the order taken, the last hold or refusal marked standing and put first when
   * the request is still stopped by it.
   */
  public static List<CustomerDecision> standingFirst(
      List<CustomerDecision> taken, boolean stopped) {
    int last = -1;
    for (int i = 0; i < taken.size(); i++) {
      if (taken.get(i).plain().stops()) {
        last = i;
      }
    }
    if (!stopped || last < 0) {
      return taken;
    }
    List<CustomerDecision> ordered = new ArrayList<>();
    CustomerDecision stopping = taken.get(last);
    ordered.add(
        new CustomerDecision(
            stopping.plain(),
            true,
            stopping.clauseId(),
            stopping.clauseText(),
            stopping.policyLabel(),
            stopping.decidedAt()));
    for (int i = 0; i < taken.size(); i++) {
      if (i != last) {
        ordered.add(taken.get(i));
      }
    }
    return ordered;
  }
}
