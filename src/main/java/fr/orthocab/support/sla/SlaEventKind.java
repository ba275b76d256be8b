package fr.orthocab.support.sla;

/** What happened to a ticket's reply clock; each happens at most once per clock cycle. */
public enum SlaEventKind {
  /** A customer message started waiting for a reply. */
  STARTED,
  /** A share of the objective's opening time has passed (75 % by default). */
  OBJECTIVE_WARNING,
  /** The objective (DELAY-AIM) passed without a reply: not a breach, the objective is an aim. */
  OBJECTIVE_MISSED,
  /** The contractual deadline is near (4 opening hours by default). */
  DEADLINE_WARNING,
  /** The contractual deadline (DELAY-MAX) passed without a reply. */
  DEADLINE_BREACHED,
  /** An agent's public reply answered every waiting message. */
  SATISFIED,
  /** The clock stopped without a reply: the ticket was closed, refused or set aside. */
  STOPPED;

  /** Events the sweep records when their instant comes, rather than a person's action. */
  public boolean isTimed() {
    return this == OBJECTIVE_WARNING
        || this == OBJECTIVE_MISSED
        || this == DEADLINE_WARNING
        || this == DEADLINE_BREACHED;
  }
}
