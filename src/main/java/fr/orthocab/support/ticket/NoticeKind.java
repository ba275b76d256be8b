package fr.orthocab.support.ticket;

/** What the desk tells a customer on a ticket, so that mail can word and thread it. */
public enum NoticeKind {
  /** The request entered the queue: the objective and the deadline in words. */
  ACKNOWLEDGEMENT,
  /** A request that waited for the renewal entered the queue. */
  RENEWAL_RELEASE,
  /** An unknown sender is asked for surname, first name and login email (ID-INFO). */
  IDENTIFICATION_REQUEST,
  /** A request waits for the customer's renewal (ELIG-ACTIVE). */
  AWAITING_RENEWAL,
  /** A request is set aside for a supervisor: too many new requests (REFUSE-SPAM). */
  THROTTLED,
  /** The subscription ended while the request was in progress (ELIG-ACTIVE). */
  LAPSE,
  /** Files of a mailed message were not kept (size, type); the message was. */
  ATTACHMENTS_REFUSED,
  REFUSAL,
  REFUSAL_LIFTED,
  /** An agent merged another request of the customer's into this one (DUP-COMMENT). */
  MERGED,
  /** A resolved request without answer from its customer closes by itself on the day said. */
  AUTO_CLOSE_WARNING,
  /** A secret the customer sent was masked on arrival: told once, kindly, never to send one. */
  SECRETS_MASKED,
  /** An agent's public reply: the one notice a person wrote. */
  AGENT_REPLY;

  /** Written by the desk on its own, not by a person. */
  public boolean isAutomatic() {
    return this != AGENT_REPLY;
  }
}
