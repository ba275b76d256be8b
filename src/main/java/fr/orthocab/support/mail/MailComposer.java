package fr.orthocab.support.mail;

import fr.orthocab.support.attachment.MailedFile;
import fr.orthocab.support.mail.inbound.proof.ReplyTokens;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Turns a notification into the mail that is sent: From the support address, Reply-To the same or,
 * when reply tokens are on, its plus-address carrying the token of this mail ({@link ReplyTokens}:
 * a reply proves it answers this mail even if its mail program drops the thread headers), the
 * notification's own random Message-ID (so a reply finds its ticket, and proves it), In-Reply-To
 * and References of its thread, {@code Auto-Submitted: auto-replied} on automatic mails (so that
 * the other side does not answer them), UTF-8 plain text in the recipient's language, and the files
 * of an agent's reply as attachments.
 */
final class MailComposer {
  private MailComposer() {}

  static MimeMessage compose(
      Session session,
      OutboxMessage notification,
      String body,
      List<MailedFile> files,
      String supportAddress,
      boolean replyTokens,
      Instant now)
      throws MessagingException {
    MimeMessage mail = new IdentifiedMessage(session, notification.getMessageId());
    InternetAddress support = address(supportAddress);
    mail.setFrom(support);
    String tokenAddress =
        replyTokens
            ? ReplyTokens.replyAddress(support.getAddress(), notification.getMessageId())
            : null;
    mail.setReplyTo(
        new InternetAddress[] {
          tokenAddress == null ? support : named(address(tokenAddress), support.getPersonal())
        });
    mail.setRecipient(MimeMessage.RecipientType.TO, address(notification.getRecipientEmail()));
    mail.setSubject(notification.getSubject(), StandardCharsets.UTF_8.name());
    mail.setSentDate(Date.from(now));
    if (files.isEmpty()) {
      mail.setText(body, StandardCharsets.UTF_8.name(), "plain");
    } else {
      MimeMultipart parts = new MimeMultipart("mixed");
      MimeBodyPart text = new MimeBodyPart();
      text.setText(body, StandardCharsets.UTF_8.name(), "plain");
      parts.addBodyPart(text);
      for (MailedFile file : files) {
        MimeBodyPart attached = new MimeBodyPart();
        attached.setDataHandler(
            new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
        // non-ASCII names are encoded as RFC 2231 parameters (Jakarta Mail's default)
        attached.setFileName(file.fileName());
        attached.setDisposition(Part.ATTACHMENT);
        // byte for byte: a text-looking file sent as 7bit would have its line ends rewritten
        attached.setHeader("Content-Transfer-Encoding", "base64");
        parts.addBodyPart(attached);
      }
      mail.setContent(parts);
    }
    mail.setHeader("Content-Language", notification.getLanguage().locale().getLanguage());
    if (notification.getInReplyTo() != null) {
      mail.setHeader("In-Reply-To", notification.getInReplyTo());
    }
    if (!notification.getReferences().isEmpty()) {
      mail.setHeader("References", String.join(" ", notification.getReferences()));
    }
    if (notification.isAutoSubmitted()) {
      mail.setHeader("Auto-Submitted", "auto-replied");
      // what Exchange and others honour instead of RFC 3834
      mail.setHeader("X-Auto-Response-Suppress", "All");
    }
    mail.saveChanges();
    return mail;
  }

  private static InternetAddress address(String text) throws AddressException {
    InternetAddress address = new InternetAddress(text, true);
    address.validate();
    return address;
  }

  private static InternetAddress named(InternetAddress address, String personal) {
    try {
      address.setPersonal(personal, StandardCharsets.UTF_8.name());
    } catch (UnsupportedEncodingException impossible) {
      throw new IllegalStateException(impossible);
    }
    return address;
  }

  /** Keeps the Message-ID the desk gave the notification instead of making a new one. */
  private static final class IdentifiedMessage extends MimeMessage {
    private final String messageId;

    IdentifiedMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      if (messageId == null) {
        super.updateMessageID();
      } else {
        setHeader("Message-ID", messageId);
      }
    }
  }
}
