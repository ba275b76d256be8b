package fr.orthocab.support.mail.inbound;

import fr.orthocab.support.mail.inbound.parsing.MailBeyondLimits;
import fr.orthocab.support.mail.inbound.parsing.RawMail;
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
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Optional;
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

  public Mailbox() {}

  Mailbox(MailboxSettings settings, InboundMails inboundMails) {
    this.settings = settings;
    this.inboundMails = inboundMails;
  }

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

  /**
   * Receives one mail and marks it \Seen once it is safely stored; false to retry it later. A mail
   * too large to read, or failing at every poll, is kept as it came for agents and marked.
   */
  boolean handle(Message message) throws MessagingException {
    if (message.getSize() > settings.maxMessageBytes()) {
      return keptUnread(message);
    }
    byte[] raw;
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      message.writeTo(bytes);
      raw = bytes.toByteArray();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not read mail " + message.getMessageNumber(), e);
      return false;
    }
    if (!stored(raw)) {
      return false;
    }
    message.setFlag(Flags.Flag.SEEN, true);
    return true;
  }

  /**
   * Whether the mail is stored: received now, received before (by another node too), or kept
   * unhandled after too many failed attempts. Works on the bytes alone, never on the mailbox's
   * connection: a mail slow enough for the server to close the connection is still counted, so it
   * is set aside after its attempts instead of stopping every poll after it.
   */
  private boolean stored(byte[] raw) {
    try {
      inboundMails.receive(raw);
      return true;
    } catch (RuntimeException e) {
      RawMail mail = RawMail.of(raw);
      if (inboundMails.recorded(mail)) {
        return true; // received meanwhile by another node: the unique Message-ID refused this copy
      }
      if (givenUp(mail, raw, e)) {
        return true;
      }
      LOG.log(Level.WARNING, "Mail " + mail.messageId() + " not received, retried later", e);
      return false;
    }
  }

  /** Keeps a mail too large to read with its headers only, for agents; false to retry it. */
  private boolean keptUnread(Message message) throws MessagingException {
    String headers = headersOf(message);
    try {
      inboundMails.keepUnhandled(
          RawMail.of((headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8)),
          null,
          InboundOutcome.TOO_LARGE,
          "Message de "
              + message.getSize()
              + " octets, plus que la limite de "
              + settings.maxMessageBytes()
              + " : non lu.");
    } catch (EJBException e) {
      LOG.log(Level.WARNING, "Large mail not kept, retried at the next poll", e);
      return false;
    }
    message.setFlag(Flags.Flag.SEEN, true);
    return true;
  }

  /** Counts the failure; after too many, keeps the mail as it came (true: it may be marked). */
  private boolean givenUp(RawMail mail, byte[] raw, Exception failure) {
    int attempts;
    try {
      attempts = inboundMails.failedToReceive(mail.messageId(), reasonOf(failure));
    } catch (EJBException e) {
      return false; // another node counted the same failure at the same moment
    }
    if (attempts < settings.maxAttempts()) {
      return false;
    }
    LOG.log(
        Level.SEVERE,
        "Mail " + mail.messageId() + " kept unhandled after " + attempts + " attempts",
        failure);
    try {
      inboundMails.keepUnhandled(
          mail,
          new String(raw, StandardCharsets.UTF_8),
          InboundOutcome.FAILED,
          "Non reçu après "
              + attempts
              + " tentatives"
              + limitOf(failure).map(limit -> " : " + limit).orElse("."));
      return true;
    } catch (EJBException e) {
      LOG.log(Level.WARNING, "Mail " + mail.messageId() + " not kept, retried later", e);
      return false;
    }
  }

  /** Why a mail failed, as agents read it: the parser's own words when it set limits. */
  private static String reasonOf(Throwable failure) {
    Throwable root = failure;
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof MailBeyondLimits) {
        return t.getMessage();
      }
      root = t;
    }
    return String.valueOf(root);
  }

  /**
   * The parser's own words when the mail went past one of its limits; nothing otherwise, as agents
   * cannot act on a Java exception's text (the log above holds it).
   */
  private static Optional<String> limitOf(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof MailBeyondLimits) {
        return Optional.ofNullable(t.getMessage());
      }
    }
    return Optional.empty();
  }

  private static String headersOf(Message message) throws MessagingException {
    return String.join("\n", Collections.list(((MimeMessage) message).getAllHeaderLines()));
  }
}
