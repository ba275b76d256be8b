package fr.orthocab.support.testing;

import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared desk's mail servers, in the tests' JVM (GreenMail, loopback): the SMTP server the desk
 * sends through, where anyone can mail the desk, and the desk's IMAP mailbox, which it polls. Its
 * store outlives an SMTP outage, so a test can take SMTP down and up again (see {@link
 * #stopSmtp()}) and every mail received before and after is still there.
 */
public final class SharedMail {
  /** The desk's own address; its mailbox's IMAP login is {@link #IMAP_USER}. */
  public static final String SUPPORT = "support@orthocab.fr";

  public static final String IMAP_USER = "support";

  /** Mails larger than this are not read by the shared desk: a test sends one just above. */
  public static final int MAX_MESSAGE_BYTES = 300_000;

  /** The receiving server whose {@code Authentication-Results} the shared desk trusts. */
  public static final String TRUSTED_AUTHSERV_ID = "mx.it.orthocab.test";

  private static final String IMAP_PASSWORD = "it-imap-secret";
  private static final String HOST = "127.0.0.1";
  private static final long START_TIMEOUT_MILLIS = 10_000;

  private final int smtpPort = DeskServer.freePort();
  private final GreenMail imap =
      new GreenMail(new ServerSetup(DeskServer.freePort(), HOST, ServerSetup.PROTOCOL_IMAP));
  private SmtpServer smtp;

  SharedMail() {}

  void start() {
    imap.start();
    imap.setUser(SUPPORT, IMAP_USER, IMAP_PASSWORD);
    startSmtp();
  }

  void stop() {
    stopSmtp();
    imap.stop();
  }

  /**
   * The desk's mail settings (environment variables): sends through this SMTP server, polls this
   * mailbox, and gives a mail up at its first failure, so that a test sees it failed at once.
   */
  Map<String, String> deskSettings() {
    return Map.ofEntries(
        Map.entry("APP_MAIL_SMTP_HOST", HOST),
        Map.entry("APP_MAIL_SMTP_PORT", String.valueOf(smtpPort)),
        Map.entry("APP_MAIL_SMTP_SECURITY", "none"),
        Map.entry("APP_MAIL_RETRY_GIVE_UP_HOURS", "0"),
        Map.entry("APP_MAIL_IMAP_HOST", HOST),
        Map.entry("APP_MAIL_IMAP_PORT", String.valueOf(imapPort())),
        Map.entry("APP_MAIL_IMAP_SECURITY", "none"),
        Map.entry("APP_MAIL_IMAP_USER", IMAP_USER),
        Map.entry("APP_MAIL_IMAP_PASSWORD", IMAP_PASSWORD),
        Map.entry("APP_MAIL_IMAP_MAX_MESSAGE_BYTES", String.valueOf(MAX_MESSAGE_BYTES)),
        // a mail failing at every poll is set aside at the second, not the fifth: a shorter test
        Map.entry("APP_MAIL_IMAP_MAX_ATTEMPTS", "2"),
        Map.entry("APP_MAIL_TRUSTED_AUTHSERV_ID", TRUSTED_AUTHSERV_ID));
  }

  public String host() {
    return HOST;
  }

  public int smtpPort() {
    return smtpPort;
  }

  public int imapPort() {
    return imap.getImap().getPort();
  }

  /** Every mail delivered so far, to any address (the desk's mailbox included). */
  public MimeMessage[] receivedMessages() {
    return imap.getReceivedMessages();
  }

  /**
   * The link that pattern finds in the n-th mail (from 1) to that address that holds one, waiting
   * up to a minute for the desk's outbox to send it: how tests follow the links the desk makes when
   * a mail leaves (invitations, password resets), which nothing else holds.
   */
  public String linkMailedTo(String address, int nth, Pattern link) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      List<String> links =
          Arrays.stream(receivedMessages())
              .filter(m -> sentTo(m, address))
              .map(m -> link.matcher(text(m)))
              .filter(Matcher::find)
              .map(Matcher::group)
              .toList();
      if (links.size() >= nth) {
        return links.get(nth - 1);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("No mail number " + nth + " to " + address + " within a minute");
  }

  private static boolean sentTo(MimeMessage message, String address) {
    try {
      return message.getAllRecipients() != null
          && Arrays.stream(message.getAllRecipients())
              .anyMatch(
                  a ->
                      a.toString().equalsIgnoreCase(address)
                          || a.toString().contains("<" + address + ">"));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(MimeMessage message) {
    try {
      return String.valueOf(message.getContent());
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The desk's mailbox, the folder it polls. */
  public MailFolder supportInbox() {
    try {
      return imap.getManagers()
          .getImapHostManager()
          .getInbox(imap.getManagers().getUserManager().getUser(IMAP_USER));
    } catch (FolderException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Takes the SMTP server down: the desk's attempts to send fail, connection refused. Tests run one
   * at a time; the one that calls this brings it back with {@link #startSmtp()} before it ends.
   */
  public synchronized void stopSmtp() {
    if (smtp != null) {
      smtp.stopService();
      smtp = null;
    }
  }

  /** Brings the SMTP server (back) up on its port, delivering to the same store. */
  public synchronized void startSmtp() {
    if (smtp != null) {
      return;
    }
    SmtpServer server =
        new SmtpServer(
            new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP), imap.getManagers());
    server.startService();
    try {
      if (!server.waitTillRunning(START_TIMEOUT_MILLIS)) {
        throw new IllegalStateException("The test SMTP server did not start on " + smtpPort);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    smtp = server;
  }
}
