package fr.orthocab.support.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.orthocab.support.mail.MailSettings;
import fr.orthocab.support.mail.inbound.MailboxSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * In demo mode, when {@code ./run} asks for it ({@code app.mail.demo-server}): an embedded mail
 * server (GreenMail) on loopback, SMTP and IMAP on the ports of the desk's own mail settings, with
 * the support address's mailbox, so that a new user can mail the desk and read its answers without
 * a mail server of their own. Other addresses get a mailbox when mail reaches them (login and
 * password: the address). Outside demo mode it does nothing at all.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoMailServer {
  private static final Logger LOG = Logger.getLogger(DemoMailServer.class.getName());
  private static final String LOOPBACK = "127.0.0.1";

  @Inject DemoSettings settings;
  @Inject MailSettings mail;
  @Inject MailboxSettings mailbox;

  private GreenMail server;
  private DemoMailbox served;

  @PostConstruct
  void start() {
    if (!settings.mailServer()) {
      return;
    }
    serve(
        new DemoMailbox(
            mailbox.supportAddress(),
            mail.smtpPort(),
            mailbox.port(),
            mailbox.user(),
            mailbox.password()));
  }

  /** Named apart from the start-up callback: the EJB container finds that one by its name. */
  void serve(DemoMailbox wanted) {
    if (wanted.password().isBlank()) {
      LOG.severe("DEMO MAIL SERVER NOT STARTED: app.mail.imap.password is not set.");
      return;
    }
    String supportAddress = wanted.address();
    int smtpPort = wanted.smtpPort();
    int imapPort = wanted.imapPort();
    try {
      GreenMail greenMail =
          new GreenMail(
              new ServerSetup[] {
                new ServerSetup(smtpPort, LOOPBACK, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, LOOPBACK, ServerSetup.PROTOCOL_IMAP)
              });
      greenMail.start();
      greenMail.setUser(supportAddress, wanted.user(), wanted.password());
      server = greenMail;
      served = wanted;
      LOG.info(
          () ->
              "Demo mail server: SMTP "
                  + LOOPBACK
                  + ":"
                  + smtpPort
                  + ", IMAP "
                  + LOOPBACK
                  + ":"
                  + imapPort
                  + ", mailbox "
                  + supportAddress);
    } catch (RuntimeException e) {
      // the desk works without it (mail waits in the outbox): say so loudly, do not fail the start
      LOG.log(Level.SEVERE, "DEMO MAIL SERVER COULD NOT START; mail stays in the outbox.", e);
    }
  }

  @PreDestroy
  void stop() {
    if (server != null) {
      server.stop();
      server = null;
      served = null;
    }
  }

  public boolean isRunning() {
    return server != null;
  }

  /** How to mail the desk and read its answers, for the demo banner; empty when not running. */
  public String banner() {
    if (server == null) {
      return "";
    }
    String supportAddress = served.address();
    String smtp = "smtp://" + LOOPBACK + ":" + served.smtpPort();
    String imap = "imap://" + LOOPBACK + ":" + served.imapPort();
    String customer = "claire.martin@demo.orthocab.fr";
    return " Mail (demo mail server, README \"Mail\")\n"
        + "   printf 'From: "
        + customer
        + "\\r\\nTo: "
        + supportAddress
        + "\\r\\nSubject: Rappel sans lien\\r\\n\\r\\nBonjour, le lien manque.\\r\\n' > mail.txt\n"
        + "   curl --url "
        + smtp
        + " --mail-from "
        + customer
        + " --mail-rcpt "
        + supportAddress
        + " --upload-file mail.txt\n"
        + "   curl --url '"
        + imap
        + "/INBOX' --user '"
        + customer
        + ":"
        + customer
        + "' --request 'SEARCH ALL'\n"
        + "   curl --url '"
        + imap
        + "/INBOX;UID=1' --user '"
        + customer
        + ":"
        + customer
        + "'\n";
  }
}
