package fr.orthocab.support.mail;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.mail.outbox.AutomaticAnswers;
import fr.orthocab.support.mail.outbox.Outbox;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import fr.orthocab.support.mail.outbox.OutboxTopic;
import fr.orthocab.support.mail.outbox.Recipient;
import fr.orthocab.support.platform.BaseUrl;
import fr.orthocab.support.ticket.CustomerToldOnTicket;
import fr.orthocab.support.ticket.NoticeKind;
import fr.orthocab.support.ticket.Ticket;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Mails what a ticket's requester is told (desk notices, agents' replies; internal notes are never
 * told) through the outbox, in the transaction that tells it: the mail exists exactly when the
 * message does. Each mail answers the ticket's thread. Automatic notices are withheld when the
 * transaction handles a mail that must not be answered (loop protection), and are limited per
 * recipient and hour; an agent's reply is always mailed.
 */
@Stateless
public class CustomerMails {
  private static final Logger LOG = Logger.getLogger(CustomerMails.class.getName());

  @Inject private Outbox outbox;
  @Inject private MailThread thread;
  @Inject private AutoAnswerLimit limit;
  @Inject private AutomaticAnswers automaticAnswers;
  @Inject private MailSettings settings;
  @Inject private BaseUrl baseUrl;
  @Inject private Clock clock;

  public void mail(@Observes CustomerToldOnTicket told) {
    Ticket ticket = told.ticket();
    NoticeKind kind = told.kind();
    String to = ticket.getRequesterEmail();
    if (to == null || to.isBlank()) {
      return;
    }
    Instant now = clock.instant();
    Customer customer = ticket.getCustomer();
    if (kind == NoticeKind.ACKNOWLEDGEMENT
        && customer != null
        && !customer.isMailAcknowledgements()) {
      // their choice on the portal; the acknowledgement stays on the request's page
      return;
    }
    if (kind.isAutomatic()) {
      if (automaticAnswers.withheld()) {
        LOG.info(
            () ->
                "No "
                    + kind
                    + " mail on "
                    + ticket.getReference()
                    + ": "
                    + automaticAnswers.reason());
        return;
      }
      if (automaticAnswers.isAnsweringMail()
          && !automaticAnswers.allowedTo(to, address -> limit.allows(address, now))) {
        LOG.info(
            () ->
                "No "
                    + kind
                    + " mail on "
                    + ticket.getReference()
                    + ": "
                    + to
                    + " already had "
                    + settings.autoAnswersPerHour()
                    + " automatic mail(s) in the last hour");
        return;
      }
    }
    outbox.add(compose(ticket, told, to, now));
  }

  private OutboxMessage compose(Ticket ticket, CustomerToldOnTicket told, String to, Instant now) {
    Customer customer = ticket.getCustomer();
    Language language = ticket.requesterLanguage();
    boolean links = linksOnly(customer);
    String portalLink =
        customer == null
            ? null
            : baseUrl.absolute("/portal/tickets/show.xhtml?id=" + ticket.getId());
    String subject =
        CustomerMailText.subject(
            told.kind(), ticket.getReference(), ticket.getSubject(), language, links);
    String body =
        CustomerMailText.body(
            told.kind(),
            language,
            ticket.getReference(),
            told.message().getBody(),
            told.message().getAuthorName(),
            portalLink,
            links);
    List<String> ids = new ArrayList<>(thread.idsOf(ticket.getId()));
    String answered = automaticAnswers.answeredMailId();
    if (answered != null && !ids.contains(answered)) {
      ids.add(answered); // the mail being handled: not linked to its ticket until it commits
    }
    OutboxMessage mail =
        new OutboxMessage(
                OutboxTopic.valueOf(told.kind().name()),
                new Recipient(to, null, language),
                ticket.getId(),
                subject,
                body,
                now)
            .answering(MailThread.latest(ids), ids);
    if (told.kind() == NoticeKind.AGENT_REPLY && !links) {
      // a customer who chose links only reads the reply, and its files, on the portal
      mail.withFilesOf(told.message().getId());
    }
    return told.kind().isAutomatic() ? mail.automatic() : mail;
  }

  /** The customer's own choice, else the desk's; a sender without account has no choice. */
  private boolean linksOnly(Customer customer) {
    Boolean chosen = customer == null ? null : customer.getMailLinksOnly();
    return chosen != null ? chosen : settings.linksOnlyByDefault();
  }
}
