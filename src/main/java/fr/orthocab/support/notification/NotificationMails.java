package fr.orthocab.support.notification;

import fr.orthocab.support.customer.Language;
import fr.orthocab.support.mail.outbox.Outbox;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import fr.orthocab.support.mail.outbox.OutboxTopic;
import fr.orthocab.support.mail.outbox.Recipient;
import fr.orthocab.support.platform.BaseUrl;
import fr.orthocab.support.ticket.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * A notification mailed to a member who chose so, through the outbox (in the transaction that told
 * them), in French like the team's other mails, with the link to the request.
 */
@ApplicationScoped
class NotificationMails {
  private static final String BUNDLE = "fr.orthocab.support.notification.mails";

  @Inject private Outbox outbox;
  @Inject private BaseUrl baseUrl;

  void send(AgentNotification notification) {
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Language.FR.locale());
    Ticket ticket = notification.getTicket();
    String kind = notification.getKind().name();
    Object[] args = {
      ticket.getReference(),
      ticket.getSubject(),
      notification.getActor() == null ? "" : notification.getActor(),
      baseUrl.absolute("/admin/tickets/show.xhtml?id=" + ticket.getId())
    };
    outbox.add(
        new OutboxMessage(
            OutboxTopic.AGENT_NOTIFICATION,
            new Recipient(
                notification.getRecipient().getEmail(),
                notification.getRecipient().getId(),
                Language.FR),
            ticket.getId(),
            format(texts, kind + ".subject", args),
            format(texts, kind + ".body", args),
            notification.getCreatedAt()));
  }

  private static String format(ResourceBundle texts, String key, Object[] args) {
    return new MessageFormat(texts.getString(key), Language.FR.locale()).format(args);
  }
}
