package fr.orthocab.support.ticket;

/** What a request is about (SCOPE-HELP, INCLUDED). */
public enum TicketCategory {
  USAGE_QUESTION,
  FEATURE_QUESTION,
  BUG,
  CONFIGURATION,
  SUBSCRIPTION_RENEWAL,
  OTHER
}
