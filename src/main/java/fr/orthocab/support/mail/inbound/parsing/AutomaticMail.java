package fr.orthocab.support.mail.inbound.parsing;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of sender wrote a mail, as far as loop protection goes: a person, a machine answering
 * on a person's behalf (out of office), a mail server reporting a failed delivery, or a bulk or
 * list mailing. Only a person's mail may be answered automatically.
 */
public enum AutomaticMail {
  PERSON,
  /**
   * {@code Auto-Submitted} other than {@code no}, {@code X-Autoreply}, an out-of-office subject.
   */
  AUTO_REPLY,
  /** A delivery-status report ({@code multipart/report}) or a mail from a mailer daemon. */
  BOUNCE,
  /** {@code Precedence: bulk}, {@code junk} or {@code list}. */
  BULK;

  private static final Pattern OUT_OF_OFFICE_SUBJECT =
      Pattern.compile(
          "^\\s*(Réponse automatique|Automatic reply|Auto(matic)?[- ]?reply|Out of (the )?office"
              + "|Absence du bureau|Absent du bureau)\\b.*",
          Pattern.CASE_INSENSITIVE);

  static AutomaticMail of(MimeMessage mail, String fromAddress) throws MessagingException {
    String contentType = lower(mail.getContentType());
    String local = fromAddress == null ? "" : lower(fromAddress.split("@", 2)[0]);
    String returnPath = lower(mail.getHeader("Return-Path", ","));
    if (contentType.startsWith("multipart/report")
        || local.equals("mailer-daemon")
        || local.equals("postmaster")
        || returnPath.strip().equals("<>")) {
      return BOUNCE;
    }
    String autoSubmitted = lower(mail.getHeader("Auto-Submitted", ",")).split(";", 2)[0].strip();
    if ((!autoSubmitted.isEmpty() && !autoSubmitted.equals("no"))
        || mail.getHeader("X-Autoreply") != null
        || mail.getHeader("X-Autorespond") != null
        || (mail.getSubject() != null
            && OUT_OF_OFFICE_SUBJECT.matcher(mail.getSubject()).matches())) {
      return AUTO_REPLY;
    }
    String precedence = lower(mail.getHeader("Precedence", ",")).strip();
    if (precedence.equals("bulk") || precedence.equals("junk") || precedence.equals("list")) {
      return BULK;
    }
    return PERSON;
  }

  /** Whether automatic answers to it must be withheld. */
  public boolean fromMachine() {
    return this != PERSON;
  }

  private static String lower(String value) {
    return value == null ? "" : value.toLowerCase(Locale.ROOT);
  }
}
