package fr.orthocab.support.mail;

import fr.orthocab.support.customer.Language;
import fr.orthocab.support.ticket.NoticeKind;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The words of a mail to a ticket's requester, in their language (bundle {@code mail.mails}): the
 * ticket reference in the subject, the message (or, for a customer who must not receive health data
 * by mail, only a neutral sentence and the link), and how to answer.
 */
final class CustomerMailText {
  private static final String BUNDLE = "fr.orthocab.support.mail.mails";

  private CustomerMailText() {}

  /**
   * {@code [OC-1042] Réponse de l'équipe support : <ticket subject>}; without the ticket's subject
   * when links only, since a subject can say as much about someone's health as a body.
   */
  static String subject(
      NoticeKind kind, String reference, String ticketSubject, Language language, boolean links) {
    String title = text(language, "subject." + kind.name());
    return links || ticketSubject == null || ticketSubject.isBlank()
        ? "[" + reference + "] " + title
        : "[" + reference + "] " + text(language, "subject.about", title, ticketSubject.strip());
  }

  /**
   * The mail's text: what the requester was told (an agent's reply introduced by its author), then
   * how to answer and, when they have one, the link to the ticket on the portal.
   *
   * @param author who wrote an agent's reply, shown before it
   * @param portalLink the ticket on the portal, or null for a sender who has no account
   */
  static String body(
      NoticeKind kind,
      Language language,
      String reference,
      String message,
      String author,
      String portalLink,
      boolean links) {
    StringBuilder text = new StringBuilder();
    if (links) {
      text.append(
          text(
              language,
              portalLink == null ? "linksOnly.noPortal" : "linksOnly",
              reference,
              portalLink));
    } else if (kind == NoticeKind.AGENT_REPLY) {
      text.append(text(language, "reply.intro", author, reference)).append("\n\n").append(message);
    } else {
      text.append(message);
    }
    text.append("\n\n-- \n");
    text.append(
        text(
            language,
            portalLink == null ? "footer.noPortal" : "footer",
            reference,
            portalLink == null ? "" : portalLink));
    return text.toString();
  }

  static String text(Language language, String key, Object... arguments) {
    String pattern = ResourceBundle.getBundle(BUNDLE, language.locale()).getString(key);
    return new MessageFormat(pattern, language.locale()).format(arguments);
  }
}
