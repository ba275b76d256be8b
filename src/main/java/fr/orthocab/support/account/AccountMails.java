package fr.orthocab.support.account;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.mail.outbox.Outbox;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import fr.orthocab.support.mail.outbox.OutboxTopic;
import fr.orthocab.support.mail.outbox.Recipient;
import fr.orthocab.support.sla.calendar.DeadlineWording;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.ResourceBundle;

/**
 * The mails about accounts (invitations, password resets), in their recipient's language, through
 * the outbox. Their link is made when the mail leaves ({@link OutboxMessage#LINK_MARK}); until then
 * supervisors see the mail, without a link, on the outbox page. The team's own mails are in French.
 */
@ApplicationScoped
public class AccountMails {
  private static final String BUNDLE = "fr.orthocab.support.account.mails";

  @Inject private Outbox outbox;
  @Inject private Clock clock;

  /** The portal invitation of a customer billing created. */
  public void portalInvitation(Customer customer, PortalInvitation invitation) {
    customerInvitation("invitation", customer, invitation);
  }

  /** A new portal invitation the customer asked for, the first one having expired. */
  public void portalInvitationAgain(Customer customer, PortalInvitation invitation) {
    customerInvitation("invitationAgain", customer, invitation);
  }

  /** A member of the team is invited by {@code invitedBy} (null: by the desk itself). */
  public void staffInvitation(Account staff, PasswordLink link, String invitedBy) {
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Language.FR.locale());
    send(
        OutboxTopic.STAFF_INVITATION,
        new Recipient(staff.getEmail(), staff.getId(), Language.FR),
        texts.getString("staffInvitation.subject"),
        format(
            texts,
            "staffInvitation.body",
            Language.FR,
            staff.getDisplayName(),
            link.getExpiresAt(),
            texts.getString("role." + staff.getRole().name()),
            invitedBy == null ? texts.getString("staffInvitation.team") : invitedBy),
        PasswordLinks.reference(link));
  }

  /** A password reset link, to the account's own address. */
  public void reset(Account account, PasswordLink link) {
    Language language =
        account.getCustomer() == null ? Language.FR : account.getCustomer().getLanguage();
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language.locale());
    String name =
        account.getCustomer() == null
            ? account.getDisplayName()
            : account.getCustomer().getFirstName();
    send(
        OutboxTopic.PASSWORD_RESET,
        new Recipient(account.getEmail(), account.getId(), language),
        texts.getString("reset.subject"),
        format(texts, "reset.body", language, name, link.getExpiresAt()),
        PasswordLinks.reference(link));
  }

  private void customerInvitation(String key, Customer customer, PortalInvitation invitation) {
    Language language = customer.getLanguage();
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language.locale());
    send(
        OutboxTopic.PORTAL_INVITATION,
        new Recipient(customer.getEmail(), null, language),
        texts.getString(key + ".subject"),
        format(texts, key + ".body", language, customer.getFirstName(), invitation.getExpiresAt()),
        PortalInvitations.reference(invitation));
  }

  private void send(
      OutboxTopic topic, Recipient to, String subject, String body, String linkReference) {
    outbox.add(
        new OutboxMessage(topic, to, null, subject, body, clock.instant())
            .withPersonalLink(linkReference));
  }

  /** {0} the name, {1} the link's place, {2} its expiry in words, then the extra arguments. */
  private static String format(
      ResourceBundle texts,
      String key,
      Language language,
      String name,
      Instant expires,
      Object... extra) {
    Object[] args = new Object[3 + extra.length];
    args[0] = name;
    args[1] = OutboxMessage.LINK_MARK;
    args[2] = language == Language.EN ? DeadlineWording.en(expires) : DeadlineWording.fr(expires);
    System.arraycopy(extra, 0, args, 3, extra.length);
    return new MessageFormat(texts.getString(key), language.locale()).format(args);
  }
}
