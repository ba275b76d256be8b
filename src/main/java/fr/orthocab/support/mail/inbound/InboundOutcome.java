package fr.orthocab.support.mail.inbound;

/** What became of a mail the desk received. */
public enum InboundOutcome {
  /** Claimed, not yet handled (never left so after its transaction commits). */
  CLAIMED,
  /** A new request through the intake pipeline. */
  NEW_REQUEST,
  /** Added to its ticket as the customer's message; the reply clock restarts. */
  FOLLOW_UP,
  /** It named a ticket that is not the sender's: not attached, a new request instead. */
  FOREIGN_REFERENCE,
  /**
   * It named a ticket of its sender's without proving that sender (no answer to one of the desk's
   * mails, no domain the receiving server authenticated): a new request instead, linked to it.
   */
  UNPROVEN_REFERENCE,
  /**
   * The answer to the identification request: the held request continued (mails received before a
   * customer had to confirm an identity given from another address).
   */
  IDENTIFIED,
  /**
   * An answer to the identification request naming a customer: the request waits until that
   * customer confirms it through the link mailed to their login address.
   */
  IDENTITY_TO_CONFIRM,
  /** An answer to the identification request that did not identify a customer. */
  IDENTIFICATION_INCOMPLETE,
  /** An out-of-office or other automatic answer: recorded only, no answer, no clock. */
  AUTO_REPLY,
  /** A delivery failure report: recorded only. */
  BOUNCE,
  /** A mail from the desk's own address: recorded only (a loop). */
  OWN_ADDRESS,
  /** No sender address the desk can read or answer: recorded only. */
  UNREADABLE,
  /** Larger than the mailbox setting allows: its headers kept for agents, nothing read. */
  TOO_LARGE,
  /** Could not be received after several polls: kept as it came for agents, retried no more. */
  FAILED,
  /**
   * Its Message-ID was received before with other content: kept for agents, no ticket, no answer
   * (two mails under one id would make the thread of the first ambiguous).
   */
  REUSED_MESSAGE_ID
}
