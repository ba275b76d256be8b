package fr.orthocab.support.mail.inbound.parsing;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;
import java.io.InputStream;

/**
 * A multipart whose parts are counted against the mail's budget as Jakarta Mail cuts them out: a
 * mail of a hundred thousand tiny parts stops at the first one too many, not after all are built
 * (which took seconds, beyond any check between parts).
 */
final class BoundedMultipart extends MimeMultipart {
  private final ParsingBudget budget;

  BoundedMultipart(MimePart part, ParsingBudget budget) throws MessagingException {
    super(new MimePartDataSource(part));
    this.budget = budget;
  }

  @Override
  protected MimeBodyPart createMimeBodyPart(InputStream in) throws MessagingException {
    budget.onePartMore();
    return super.createMimeBodyPart(in);
  }

  @Override
  protected MimeBodyPart createMimeBodyPart(InternetHeaders headers, byte[] content)
      throws MessagingException {
    budget.onePartMore();
    return super.createMimeBodyPart(headers, content);
  }
}
