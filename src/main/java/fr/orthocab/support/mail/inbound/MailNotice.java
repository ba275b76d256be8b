package fr.orthocab.support.mail.inbound;

import fr.orthocab.support.customer.Language;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

/** What the desk writes to a sender about their mail, in their language. */
final class MailNotice {
  private static final String BUNDLE = "fr.orthocab.support.mail.inbound.notices";

  private MailNotice() {}

  /** The files that were not kept, why, and what the desk accepts. */
  static String attachmentsRefused(
      Language language, String reference, List<RefusedAttachment> refused, long maxBytes) {
    StringBuilder list = new StringBuilder();
    for (RefusedAttachment refusal : refused) {
      MailFile file = refusal.getFile();
      if (!list.isEmpty()) {
        list.append('\n');
      }
      list.append(
          text(
              language,
              "refused." + refusal.getReason().name(),
              file.getFileName(),
              refusal.getReason() == AttachmentLimits.Refusal.TOO_LARGE
                  ? megabytes(language, file.getSizeBytes())
                  : file.getContentType()));
    }
    return text(language, "attachmentsRefused", reference, list, megabytes(language, maxBytes));
  }

  /** To an unknown sender: French, then English, as the identification request itself. */
  static String toUnknownSender(String key) {
    return text(Language.FR, key) + "\n\n— English —\n\n" + text(Language.EN, key);
  }

  static String text(Language language, String key, Object... arguments) {
    String pattern = ResourceBundle.getBundle(BUNDLE, language.locale()).getString(key);
    return new MessageFormat(pattern, language.locale()).format(arguments);
  }

  private static String megabytes(Language language, long bytes) {
    return String.format(language.locale(), "%.1f", bytes / 1_048_576.0);
  }
}
