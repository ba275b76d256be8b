package fr.orthocab.support.screening;

import fr.orthocab.support.ticket.CustomerCommented;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Every customer comment, whatever its channel, is read in the transaction that saves it. */
@ApplicationScoped
public class CommentScreening {
  @Inject private TicketFlags flags;

  void read(@Observes CustomerCommented commented) {
    flags.screenComment(commented.ticket(), commented.message());
  }
}
