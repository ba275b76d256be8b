package fr.orthocab.support.mail;

import fr.orthocab.support.attachment.MailedFile;
import fr.orthocab.support.attachment.MessageFiles;
import fr.orthocab.support.mail.inbound.MailboxSettings;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import fr.orthocab.support.mail.outbox.PersonalLinks;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Entry point of the outgoing mail: sends the notifications that are due, each once across the
 * cluster (see {@link OutboxClaims}). A failed attempt is recorded on its row (attempts, error) and
 * tried again later with a growing delay; a mail server down for an hour loses nothing and, when it
 * is back, gets each notification once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSending {
  private static final Logger LOG = Logger.getLogger(OutboxSending.class.getName());
  static final int BATCH = 50;
  private static final int MAX_BATCHES = 20;

  @Inject private OutboxClaims claims;
  @Inject private MailSettings settings;
  @Inject private MailboxSettings mailbox;
  @Inject private Clock clock;
  @Inject @Any private Instance<PersonalLinks> personalLinks;
  @Inject private MessageFiles messageFiles;

  /** Sends what is due now through the configured server; nothing when none is configured. */
  public int sendDue() {
    return settings.smtp().map(server -> sendDue(server, clock.instant())).orElse(0);
  }

  /** Sends what is due at {@code now} through that server; answers how many mails it took. */
  public int sendDue(SmtpServer server, Instant now) {
    Session session = Session.getInstance(server.properties());
    Backoff backoff = settings.backoff();
    int sent = 0;
    for (int batch = 0; batch < MAX_BATCHES; batch++) {
      List<OutboxMessage> due = claims.claimDue(now, BATCH);
      sent += send(session, server, due, backoff, now);
      if (due.size() < BATCH) {
        break;
      }
    }
    return sent;
  }

  private int send(
      Session session, SmtpServer server, List<OutboxMessage> due, Backoff backoff, Instant now) {
    if (due.isEmpty()) {
      return 0;
    }
    int sent = 0;
    Set<Long> settled = new HashSet<>();
    try (Transport transport = session.getTransport(server.protocol())) {
      transport.connect(server.host(), server.port(), server.user(), server.password());
      for (OutboxMessage notification : due) {
        try {
          var mail =
              MailComposer.compose(
                  session,
                  notification,
                  bodyOf(notification),
                  filesOf(notification),
                  mailbox.supportAddress(),
                  settings.replyTokens(),
                  now);
          transport.sendMessage(mail, mail.getAllRecipients());
          claims.sent(notification, clock.instant());
          settled.add(notification.getId());
          sent++;
        } catch (MessagingException | RuntimeException e) {
          failed(notification, e, backoff, now);
          settled.add(notification.getId());
          if (!transport.isConnected()) {
            throw new MessagingException("connection lost", e);
          }
        }
      }
    } catch (MessagingException e) {
      // the server could not be reached (or went away): every notification not sent yet waits
      for (OutboxMessage notification : due) {
        if (!settled.contains(notification.getId())) {
          failed(notification, e, backoff, now);
        }
      }
    }
    return sent;
  }

  /** The files it carries (an agent's reply's), read as it leaves. */
  private List<MailedFile> filesOf(OutboxMessage notification) {
    Long message = notification.getFilesOfMessageId();
    return message == null ? List.of() : messageFiles.mailed(message);
  }

  /** The body as it leaves: with its personal link made now, if it has one. */
  private String bodyOf(OutboxMessage notification) {
    String reference = notification.getPersonalLink();
    if (reference == null) {
      return notification.getBody();
    }
    for (PersonalLinks links : personalLinks) {
      if (links.handles(reference)) {
        return notification.bodyWithLink(links.issue(reference));
      }
    }
    throw new IllegalStateException("Nothing makes the link " + reference);
  }

  private void failed(OutboxMessage notification, Exception e, Backoff backoff, Instant now) {
    String error = e.getClass().getSimpleName() + ": " + e.getMessage();
    LOG.log(
        Level.WARNING,
        "Mail {0} to {1} not sent: {2}",
        new Object[] {notification.getMessageId(), notification.getRecipientEmail(), error});
    claims.failed(notification, error, backoff, now);
  }
}
