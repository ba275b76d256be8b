package fr.orthocab.support.billing;

import fr.orthocab.support.account.PortalInvitation;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.mail.outbox.Outbox;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import fr.orthocab.support.mail.outbox.OutboxTopic;
import fr.orthocab.support.mail.outbox.Recipient;
import fr.orthocab.support.platform.BaseUrl;
import fr.orthocab.support.sla.calendar.DeadlineWording;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.ResourceBundle;

/**
 * The portal invitation of a customer billing created, in their language, through the outbox: the
 * mail capability sends it; until then supervisors see it on the dashboard and can forward it.
 */
@ApplicationScoped
public class InvitationNotice {
  private static final String BUNDLE = "fr.orthocab.support.billing.notices";

  @Inject private Outbox outbox;
  @Inject private Clock clock;

  @Inject private BaseUrl baseUrl;

  void send(Customer customer, String token) {
    Language language = customer.getLanguage();
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language.locale());
    String link = baseUrl.absolute("/invitation.xhtml?token=" + token);
    var expires = clock.instant().plus(PortalInvitation.VALIDITY);
    String body =
        new MessageFormat(texts.getString("invitation.body"), language.locale())
            .format(
                new Object[] {
                  customer.getFirstName(),
                  link,
                  language == Language.EN
                      ? DeadlineWording.en(expires)
                      : DeadlineWording.fr(expires)
                });
    outbox.add(
        new OutboxMessage(
            OutboxTopic.PORTAL_INVITATION,
            new Recipient(customer.getEmail(), null, language),
            null,
            texts.getString("invitation.subject"),
            body,
            clock.instant()));
  }
}
