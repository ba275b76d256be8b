package fr.orthocab.support.ticket;

/** How a request reached the desk. */
public enum TicketChannel {
  PORTAL,
  EMAIL,
  API
}
