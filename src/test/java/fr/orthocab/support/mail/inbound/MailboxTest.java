package fr.orthocab.support.mail.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.mail.inbound.parsing.RawMail;
import jakarta.ejb.EJBException;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.FolderClosedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailboxTest {
  private static final byte[] POISON =
      ("From: inconnu@example.org\r\nSubject: Poison\r\nMessage-ID: <poison@example.org>\r\n"
              + "Content-Type: text/plain\r\n\r\nrien\r\n")
          .getBytes(StandardCharsets.UTF_8);

  @Test
  void aMailWhoseConnectionClosedWhileItWasReadIsCountedAndThenSetAsideWithItsHeaders()
      throws Exception {
    MailboxSettings settings = new MailboxSettings();
    settings.maxAttempts = 2;
    settings.maxMessageBytes = 1_000_000;
    FailingMails mails = new FailingMails();
    Mailbox mailbox = new Mailbox(settings, mails);
    ClosedFolderMail message = new ClosedFolderMail(POISON);

    assertFalse(mailbox.handle(message), "retried at the next poll");
    assertEquals(List.of("<poison@example.org>"), mails.failures, "counted all the same");
    assertThrows(
        FolderClosedException.class,
        () -> mailbox.handle(message),
        "marking it needs the connection; the next poll finds it kept and marks it");
    assertEquals(2, mails.failures.size());
    assertEquals(InboundOutcome.FAILED, mails.keptAs);
    assertEquals("<poison@example.org>", mails.kept.messageId());
    assertEquals("Poison", mails.kept.subject());
    assertEquals("inconnu@example.org", mails.kept.from());
    assertTrue(mails.kept.headers().contains("Message-ID: <poison@example.org>"));
  }

  /** A mailbox entry read before its folder closed: only the bytes already read are left. */
  private static final class ClosedFolderMail extends MimeMessage {
    private final byte[] raw;

    ClosedFolderMail(byte[] raw) {
      super(Session.getInstance(new Properties()));
      this.raw = raw;
    }

    @Override
    public int getSize() {
      return raw.length;
    }

    @Override
    public void writeTo(OutputStream out) throws java.io.IOException {
      out.write(raw);
    }

    @Override
    public String[] getHeader(String name) throws MessagingException {
      throw new FolderClosedException(null, "closed while the mail was read");
    }

    @Override
    public Address[] getFrom() throws MessagingException {
      throw new FolderClosedException(null, "closed while the mail was read");
    }

    @Override
    public String getSubject() throws MessagingException {
      throw new FolderClosedException(null, "closed while the mail was read");
    }

    @Override
    public Enumeration<String> getAllHeaderLines() throws MessagingException {
      throw new FolderClosedException(null, "closed while the mail was read");
    }

    @Override
    public synchronized void setFlags(Flags flags, boolean set) throws MessagingException {
      throw new FolderClosedException(null, "closed while the mail was read");
    }
  }

  /** Every mail fails to be received; failures and kept mails are noted. */
  private static final class FailingMails extends InboundMails {
    final List<String> failures = new ArrayList<>();
    RawMail kept;
    InboundOutcome keptAs;

    @Override
    public Receipt receive(byte[] raw) {
      throw new EJBException(new IllegalArgumentException("Unreadable mail"));
    }

    @Override
    public boolean recorded(RawMail mail) {
      return kept != null && kept.messageId().equals(mail.messageId());
    }

    @Override
    public int failedToReceive(String messageId, String error) {
      failures.add(messageId);
      return failures.size();
    }

    @Override
    public void keepUnhandled(RawMail mail, String text, InboundOutcome outcome, String detail) {
      kept = mail;
      keptAs = outcome;
    }
  }
}
