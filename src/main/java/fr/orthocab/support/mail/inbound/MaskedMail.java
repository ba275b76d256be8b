package fr.orthocab.support.mail.inbound;

import fr.orthocab.support.mail.inbound.parsing.ParsedMail;
import fr.orthocab.support.secrets.Masked;
import fr.orthocab.support.secrets.SecretMasking;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A mail with its secrets masked before the desk keeps or routes any of it: subject, text, reply,
 * and the Subject header kept for agents (written again, decoded and masked, since an encoded
 * subject hides its secret from any search). Other headers are left whole: masking digits in a
 * Message-ID would break threading, and customers write no secret there.
 *
 * @param counts what was masked in the subject and the whole text (the reply is part of it)
 */
record MaskedMail(ParsedMail mail, Masked counts) {

  static MaskedMail of(ParsedMail mail) {
    Masked subject = SecretMasking.mask(mail.subject());
    Masked text = SecretMasking.mask(mail.text());
    Masked reply = SecretMasking.mask(mail.reply());
    if (!subject.any() && !text.any() && !reply.any()) {
      return new MaskedMail(mail, Masked.none());
    }
    ParsedMail masked =
        new ParsedMail(
            mail.messageId(),
            mail.from(),
            subject.text(),
            headers(mail.headers(), subject),
            text.text(),
            reply.text(),
            mail.threadIds(),
            mail.kind(),
            mail.attachments(),
            mail.unreadable(),
            mail.fingerprint());
    return new MaskedMail(masked, (text.any() ? text : reply).and(subject));
  }

  /** The headers with the Subject header holding the masked subject when it held a secret. */
  static String headers(String headers, Masked subject) {
    if (headers == null || !subject.any()) {
      return headers;
    }
    return Arrays.stream(headers.split("\n(?![ \\t])", -1))
        .map(
            line ->
                line.toLowerCase(Locale.ROOT).startsWith("subject:")
                    ? "Subject: " + subject.text().replaceAll("[\\r\\n]+", " ")
                    : line)
        .collect(Collectors.joining("\n"));
  }
}
