package fr.orthocab.support.reads;

/** What of a customer's data a member of staff read; stored by name, never renamed. */
public enum ReadKind {
  TICKET,
  CUSTOMER,
  FILE,
  MAIL_FILE,
  EXPORT
}
