package fr.orthocab.support.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DemoMailServerTest {
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static DemoMailbox mailbox() throws IOException {
    return new DemoMailbox("support@orthocab.fr", freePort(), freePort(), "support", "s3cret-demo");
  }

  private static DemoMailServer server(boolean demo, boolean wanted) {
    DemoMailServer server = new DemoMailServer();
    server.settings = new DemoSettings();
    server.settings.demo = demo;
    server.settings.mailServer = wanted;
    return server;
  }

  @Test
  void aMailToTheSupportAddressReachesItsMailboxOverImapWithItsPasswordOnly() throws Exception {
    DemoMailbox mailbox = mailbox();
    DemoMailServer server = server(true, true);
    server.serve(mailbox);
    try {
      assertTrue(server.isRunning());
      Session session = Session.getInstance(new Properties());
      MimeMessage mail = new MimeMessage(session);
      mail.setFrom(new InternetAddress("claire@example.fr"));
      mail.setRecipient(Message.RecipientType.TO, new InternetAddress("support@orthocab.fr"));
      mail.setSubject("Rappel sans lien", "UTF-8");
      mail.setText("Bonjour, le lien manque.", "UTF-8");
      try (Transport smtp = session.getTransport("smtp")) {
        smtp.connect("127.0.0.1", mailbox.smtpPort(), null, null);
        smtp.sendMessage(mail, mail.getAllRecipients());
      }

      try (Store imap = session.getStore("imap")) {
        imap.connect("127.0.0.1", mailbox.imapPort(), "support", "s3cret-demo");
        Folder inbox = imap.getFolder("INBOX");
        inbox.open(Folder.READ_ONLY);
        assertEquals(1, inbox.getMessageCount());
        assertEquals("Rappel sans lien", inbox.getMessage(1).getSubject());
      }
      try (Store intruder = session.getStore("imap")) {
        assertThrows(
            AuthenticationFailedException.class,
            () -> intruder.connect("127.0.0.1", mailbox.imapPort(), "support", "guess"));
      }
      assertTrue(server.banner().contains("--mail-rcpt support@orthocab.fr"), server.banner());
    } finally {
      server.stop();
    }
    assertFalse(server.isRunning());
  }

  @Test
  void outsideDemoModeNothingStarts() throws Exception {
    DemoMailServer production = server(false, true);
    production.start(); // the settings are not even read
    assertFalse(production.isRunning());
    assertEquals("", production.banner());
    DemoMailServer notAsked = server(true, false);
    notAsked.start();
    assertFalse(notAsked.isRunning());
  }

  @Test
  void withoutAPasswordTheMailboxIsNotServed() throws Exception {
    DemoMailbox open =
        new DemoMailbox("support@orthocab.fr", freePort(), freePort(), "support", " ");
    DemoMailServer server = server(true, true);
    server.serve(open);
    assertFalse(server.isRunning());
  }
}
