package fr.orthocab.support.mail.inbound;

import fr.orthocab.support.mail.inbound.parsing.MailParser;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The desk's IMAP mailbox: fetches the mails not yet marked \Seen, has each received in its own
 * transaction, and marks it \Seen only once that transaction committed (or found it received
 * already). Reading uses BODY.PEEK, so a failure anywhere leaves the mail unseen for the next poll.
 *
 * <p>\Seen rather than moving or deleting: it needs no other folder and no MOVE extension, works on
 * every server, loses nothing if marking fails (the next poll finds the record and only marks), and
 * leaves the mail where a person can still read it. The mailbox must be the desk's own: a person
 * reading it with a client that marks mails read would hide new ones from the desk.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Mailbox {
  private static final Logger LOG = Logger.getLogger(Mailbox.class.getName());

  @Inject private MailboxSettings settings;
  @Inject private InboundMails inboundMails;

  /** One poll; answers how many mails were received (new or already known) and marked. */
  public int poll() {
    if (!settings.enabled()) {
      return 0;
    }
    Session session = Session.getInstance(settings.sessionProperties());
    try (Store store = session.getStore(settings.protocol())) {
      store.connect(settings.host(), settings.port(), settings.user(), settings.password());
      Folder folder = store.getFolder(settings.folder());
      folder.open(Folder.READ_WRITE);
      try {
        Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        int done = 0;
        // a mail that keeps failing is retried at every poll, but never holds up the others
        for (int i = 0; i < unseen.length && done < settings.batchSize(); i++) {
          if (handle(unseen[i])) {
            done++;
          }
        }
        return done;
      } finally {
        folder.close(false);
      }
    } catch (MessagingException e) {
      LOG.log(Level.WARNING, "Mailbox poll failed, retried at the next poll: " + e.getMessage(), e);
      return 0;
    }
  }

  /** Receives one mail and marks it \Seen once it is safely stored; false to retry it later. */
  private boolean handle(Message message) throws MessagingException {
    byte[] raw;
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      message.writeTo(bytes);
      raw = bytes.toByteArray();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not read mail " + message.getMessageNumber(), e);
      return false;
    }
    try {
      inboundMails.receive(raw);
    } catch (EJBException | IllegalArgumentException e) {
      String id = MailParser.messageIdOf(firstHeader(message, "Message-ID"), raw);
      if (!inboundMails.recorded(id)) {
        LOG.log(Level.WARNING, "Mail " + id + " not received, retried at the next poll", e);
        return false;
      }
      // another node received it meanwhile: the unique Message-ID refused this copy
    }
    message.setFlag(Flags.Flag.SEEN, true);
    return true;
  }

  private static String firstHeader(Message message, String name) throws MessagingException {
    String[] values = message.getHeader(name);
    return values == null || values.length == 0 ? null : values[0];
  }
}
