package fr.orthocab.support.ticket;

/** Who wrote a message. */
public enum AuthorKind {
  CUSTOMER,
  AGENT,
  SYSTEM
}
