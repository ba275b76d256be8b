package fr.orthocab.support.ticket;

/** Public messages are the customer's thread; internal notes are never shown to the customer. */
public enum Visibility {
  PUBLIC,
  INTERNAL
}
