package fr.orthocab.support.mail.inbound;

import fr.orthocab.support.closing.FollowUps;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.customer.EmailKey;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.intake.GivenIdentity;
import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.mail.inbound.parsing.AutomaticMail;
import fr.orthocab.support.mail.inbound.parsing.IdentificationAnswer;
import fr.orthocab.support.mail.inbound.parsing.ParsedMail;
import fr.orthocab.support.mail.outbox.AutomaticAnswers;
import fr.orthocab.support.platform.Clip;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.NoticeKind;
import fr.orthocab.support.ticket.Sender;
import fr.orthocab.support.ticket.SenderRequest;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.TicketThreads;
import fr.orthocab.support.ticket.Tickets;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Where a claimed mail goes, in the transaction that claimed it. A ticket named by the mail gets
 * the mail only when the sender is that ticket's (its customer's login email or the address the
 * request came from) and the mail proves it ({@link NamedTickets}): a From anyone can write, and a
 * reference anyone can copy, are not enough. Any other mail naming it becomes a new request of its
 * sender's, kept beside the ticket it named for agents, and the attempt is logged. A plain CDI
 * bean: it runs in the transaction of {@link InboundMails#receive(byte[])}, which claimed the mail.
 */
@Dependent
class MailRouting {
  private static final Logger LOG = Logger.getLogger(MailRouting.class.getName());

  /** What a request's subject may hold ({@link SenderRequest}). */
  private static final int MAX_SUBJECT = 200;

  @PersistenceContext private EntityManager em;
  @Inject private Intake intake;
  @Inject private Customers customers;
  @Inject private FollowUps followUps;
  @Inject private Tickets tickets;
  @Inject private TicketThreads ticketThreads;
  @Inject private NamedTickets namedTickets;
  @Inject private AutomaticAnswers automaticAnswers;
  @Inject private MailFiles attachments;
  @Inject private Validator validator;

  @Inject private MailboxSettings mailbox;

  void route(ParsedMail mail, InboundMail record) {
    if (mail.from() == null || !validator.validate(new Sender(mail.from(), null, null)).isEmpty()) {
      automaticAnswers.withhold("inbound mail without a readable sender");
      record.handled(InboundOutcome.UNREADABLE, null, null, null, "Expéditeur illisible.");
      return;
    }
    String sender = EmailKey.of(mail.from());
    if (sender.equals(EmailKey.of(mailbox.supportAddress()))) {
      automaticAnswers.withhold("inbound mail from the desk's own address");
      record.handled(InboundOutcome.OWN_ADDRESS, null, null, null, "Mail de l'adresse du support.");
      return;
    }
    if (mail.kind().fromMachine()) {
      automaticAnswers.withhold("inbound mail of kind " + mail.kind() + " from " + sender);
    }
    NamedTickets.Naming naming = namedTickets.of(mail);
    List<Ticket> named = naming.named();
    List<Ticket> senders = named.stream().filter(t -> writtenBy(t, sender)).toList();
    Optional<Ticket> own = senders.stream().filter(naming::proves).findFirst();
    // the sender is who From: says when their domain was authenticated, or when the mail answers
    // a desk mail of one of their own tickets (a desk mail to someone else proves nothing of them)
    boolean proven = naming.senderAuthenticated() || own.isPresent();
    if (mail.kind() == AutomaticMail.AUTO_REPLY || mail.kind() == AutomaticMail.BOUNCE) {
      // an out-of-office or a bounce is no customer's message: it must not restart a clock
      InboundOutcome outcome =
          mail.kind() == AutomaticMail.BOUNCE ? InboundOutcome.BOUNCE : InboundOutcome.AUTO_REPLY;
      record.handled(outcome, own.map(Ticket::getId).orElse(null), null, null, null);
      return;
    }
    if (own.isPresent() && own.get().getStatus() == TicketStatus.AWAITING_IDENTIFICATION) {
      identification(mail, record, own.get());
    } else if (own.isPresent() && followUps.joins(own.get())) {
      followUp(mail, record, own.get());
    } else if (own.isPresent()) {
      // the same as on the portal (closing.FollowUps): a closed request, or one resolved past the
      // reopen window, stays as it is and the mail is a new request following it
      Ticket later =
          newRequest(
              mail,
              record,
              proven,
              InboundOutcome.NEW_REQUEST,
              "Réponse à la demande "
                  + own.get().getReference()
                  + " ("
                  + own.get().getStatus()
                  + ") : nouvelle demande.");
      if (followUps.followsWithNewRequest(own.get())) {
        tickets.follow(later, own.get().getId());
      }
    } else if (!senders.isEmpty()) {
      String reference = senders.get(0).getReference();
      notAttached(
          mail,
          record,
          proven,
          senders.get(0),
          sender + " names " + reference + " without proof of its sender",
          InboundOutcome.UNPROVEN_REFERENCE,
          "Mentionne "
              + reference
              + " sans preuve de l'expéditeur (ni réponse à un email du support, ni domaine"
              + " authentifié) : non rattaché, nouvelle demande liée.");
    } else if (!named.isEmpty()) {
      String references = String.join(", ", named.stream().map(Ticket::getReference).toList());
      notAttached(
          mail,
          record,
          proven,
          named.get(0),
          sender + " names " + references + ", not the sender's",
          InboundOutcome.FOREIGN_REFERENCE,
          "Mentionne " + references + ", d'un autre demandeur : non rattaché.");
    } else {
      newRequest(mail, record, proven, InboundOutcome.NEW_REQUEST, null);
    }
  }

  /**
   * A mail that names a ticket it may not join: logged, kept beside the ticket it named for agents,
   * and a new request of its sender's.
   */
  private void notAttached(
      ParsedMail mail,
      InboundMail record,
      boolean proven,
      Ticket namedFirst,
      String fromWhoNamesWhat,
      InboundOutcome outcome,
      String detail) {
    LOG.warning(
        () ->
            "Mail "
                + mail.messageId()
                + " from "
                + fromWhoNamesWhat
                + ": not attached, handled as a new request");
    record.named(namedFirst.getId());
    newRequest(mail, record, proven, outcome, detail);
  }

  /**
   * The ticket's customer, or the address its request came from (an unknown sender, or a customer
   * who wrote from another address and was identified).
   */
  private static boolean writtenBy(Ticket ticket, String sender) {
    return (ticket.getCustomer() != null
            && EmailKey.of(ticket.getCustomer().getEmail()).equals(sender))
        || (ticket.getSenderEmail() != null && EmailKey.of(ticket.getSenderEmail()).equals(sender));
  }

  private void followUp(ParsedMail mail, InboundMail record, Ticket ticket) {
    String body = bodyOf(mail, ticket.requesterLanguage());
    Message message = tickets.comment(ticket.getId(), ticket.getCustomer().getId(), body);
    // the message row first: the mail's record and its files refer to it (foreign keys the
    // persistence provider does not order by, as they are plain columns)
    em.flush();
    String refused = attachments.keep(mail, record, ticket, message.getId());
    record.handled(InboundOutcome.FOLLOW_UP, ticket.getId(), message.getId(), body, refused);
  }

  /**
   * A new request; when an unknown sender's mail already gives surname, first name and login email
   * the way an answer to the identification request would, the intake asks that customer to confirm
   * instead of asking the sender.
   */
  private Ticket newRequest(
      ParsedMail mail,
      InboundMail record,
      boolean senderProven,
      InboundOutcome outcome,
      String detail) {
    // the desk's words for a missing subject or text, in the sender's language when they are known
    Language language =
        customers.byEmail(mail.from()).map(Customer::getLanguage).orElse(Language.FR);
    String body = bodyOf(mail, language);
    Optional<IdentificationAnswer> given = IdentificationAnswer.in(mail.reply());
    Ticket ticket =
        intake.receiveFrom(
            new SenderRequest(
                new Sender(mail.from(), null, null),
                subjectOf(mail, language),
                TicketCategory.OTHER,
                TicketChannel.EMAIL,
                body,
                record.getReceivedAt()),
            given
                .map(a -> new GivenIdentity(a.surname(), a.firstName(), a.loginEmail()))
                .orElse(null),
            decidedBy(mail),
            senderProven);
    Message request = ticketThreads.request(ticket.getId());
    String refused = attachments.keep(mail, record, ticket, request.getId());
    record.handled(outcome, ticket.getId(), request.getId(), body, join(detail, refused));
    return ticket;
  }

  /**
   * The answer to the identification request: when it names a customer, that customer is asked to
   * confirm the request by a link to their login address (anyone can type a name and an email);
   * otherwise the sender is asked again what is missing.
   */
  private void identification(ParsedMail mail, InboundMail record, Ticket ticket) {
    Optional<IdentificationAnswer> answer = IdentificationAnswer.in(mail.reply());
    boolean toConfirm =
        answer
            .map(
                a ->
                    intake.identityGiven(
                        ticket.getId(),
                        new GivenIdentity(a.surname(), a.firstName(), a.loginEmail()),
                        decidedBy(mail)))
            .orElse(false);
    if (toConfirm) {
      record.handled(
          InboundOutcome.IDENTITY_TO_CONFIRM,
          ticket.getId(),
          null,
          mail.reply(),
          "Identité d'un client donnée : la demande attend sa confirmation.");
      return;
    }
    String key = answer.isPresent() ? "identificationUnknown" : "identificationIncomplete";
    tickets.tellCustomer(
        ticket, NoticeKind.IDENTIFICATION_REQUEST, MailNotice.toUnknownSender(key));
    record.handled(
        InboundOutcome.IDENTIFICATION_INCOMPLETE,
        ticket.getId(),
        null,
        mail.reply(),
        answer.isPresent()
            ? "Aucun client ne porte ces nom, prénom et email de connexion."
            : "Nom, prénom et email de connexion non trouvés dans la réponse.");
  }

  /** Who gave an identity by mail, as the ID-INFO decision keeps it. */
  private static String decidedBy(ParsedMail mail) {
    return "email:" + EmailKey.of(mail.from());
  }

  static String bodyOf(ParsedMail mail, Language language) {
    String body = mail.reply().isBlank() ? MailNotice.text(language, "emptyBody") : mail.reply();
    return Clip.marked(body, Message.MAX_BODY);
  }

  static String subjectOf(ParsedMail mail, Language language) {
    String subject = mail.subject() == null ? "" : mail.subject().strip();
    if (subject.isEmpty()) {
      return MailNotice.text(language, "noSubject");
    }
    return Clip.marked(subject, MAX_SUBJECT);
  }

  private static String join(String a, String b) {
    return a == null ? b : b == null ? a : a + " " + b;
  }
}
