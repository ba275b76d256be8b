package fr.orthocab.support.ticket;

/** A ticket as an agent saw it in a list: its id and the version shown. */
public record SeenTicket(long id, long version) {
  public static SeenTicket of(Ticket ticket) {
    return new SeenTicket(ticket.getId(), ticket.getVersion());
  }
}
