package fr.orthocab.support.dataexport;

import fr.orthocab.support.attachment.MessageFile;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.mail.inbound.InboundAttachment;
import fr.orthocab.support.mail.inbound.InboundMail;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import fr.orthocab.support.policy.Decision;
import fr.orthocab.support.refusal.Refusal;
import fr.orthocab.support.satisfaction.SatisfactionRating;
import fr.orthocab.support.screening.TicketFlag;
import fr.orthocab.support.sla.SlaEvent;
import fr.orthocab.support.subscription.Subscription;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.Ticket;
import java.util.List;

/** Everything the desk holds about one customer, as read in one transaction for their export. */
record CustomerData(
    Customer customer,
    List<Subscription> subscriptions,
    List<Ticket> tickets,
    List<Message> messages,
    List<MessageFile> files,
    List<Decision> decisions,
    List<Refusal> refusals,
    List<TicketFlag> flags,
    List<SlaEvent> slaEvents,
    List<SatisfactionRating> ratings,
    List<OutboxMessage> mailsSent,
    List<InboundMail> mailsReceived,
    List<InboundAttachment> mailedFiles) {}
