package fr.orthocab.support.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.mail.inbound.InboundMail;
import fr.orthocab.support.mail.inbound.InboundOutcome;
import fr.orthocab.support.mail.outbox.AutomaticAnswers;
import fr.orthocab.support.mail.outbox.Outbox;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import fr.orthocab.support.mail.outbox.OutboxStatus;
import fr.orthocab.support.mail.outbox.OutboxTopic;
import fr.orthocab.support.sla.SlaClocks;
import fr.orthocab.support.sla.calendar.DeadlineWording;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.testing.AsSupervisor;
import fr.orthocab.support.testing.Concurrently;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.testing.TestCustomers;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Sender;
import fr.orthocab.support.ticket.SenderRequest;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.Tickets;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Outgoing mail in the container, on the real database, against a real SMTP server (GreenMail, in
 * the same JVM). The deployment has no SMTP server configured, so its timer sends nothing: each
 * test sends through {@link OutboxSending} itself, at instants of its choosing.
 */
@ExtendWith(ArquillianExtension.class)
class MailIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Inject private Intake intake;
  @Inject private Tickets tickets;
  @Inject private TicketReads ticketReads;
  @Inject private TestCustomers testCustomers;
  @Inject private Customers customers;
  @Inject private Accounts accounts;
  @Inject private SlaClocks clocks;
  @Inject private OutboxSending sending;
  @Inject private Outbox outbox;
  @Inject private AsSupervisor supervisor;
  @Inject private AutomaticAnswers automaticAnswers;
  @PersistenceContext private EntityManager em;
  @Resource private UserTransaction tx;
  @Resource private ManagedExecutorService executor;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final OpenedTickets opened = new OpenedTickets();
  private int port;
  private GreenMail smtp;

  @BeforeEach
  void freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
  }

  @AfterEach
  void cleanUp() {
    opened.closeAll(tickets);
    if (smtp != null) {
      smtp.stop();
    }
  }

  private SmtpServer server() {
    return SmtpServer.plain("127.0.0.1", port);
  }

  private void smtpUp() {
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  private List<MimeMessage> received(String email) throws Exception {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return m.getRecipients(RecipientType.TO)[0].toString().equals(email);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  private Customer customer(Language language) {
    LocalDate today = LocalDate.now();
    return testCustomers.subscribed(language, Pack.FREE, today.minusDays(10), today.plusDays(30));
  }

  private Ticket open(Customer customer, String subject) {
    return opened.add(
        intake.receive(
            new NewRequest(
                customer.getId(),
                subject,
                TicketCategory.BUG,
                TicketChannel.PORTAL,
                "Le lien de visio n'apparaît pas.",
                Instant.now())));
  }

  private List<OutboxMessage> mailsOf(Ticket ticket) {
    return em.createQuery(
            "select m from OutboxMessage m where m.ticketId = :t order by m.createdAt, m.id",
            OutboxMessage.class)
        .setParameter("t", ticket.getId())
        .getResultList();
  }

  private OutboxMessage reload(OutboxMessage row) {
    return em.createQuery("select m from OutboxMessage m where m.id = :id", OutboxMessage.class)
        .setParameter("id", row.getId())
        .setHint("eclipselink.refresh", "true")
        .getSingleResult();
  }

  private long agent() {
    return accounts
        .openForStaff(
            "agent." + unique + "@orthocab.fr", "Lucie Test", Role.AGENT, "x".toCharArray())
        .getId();
  }

  @Test
  void theAcknowledgementIsMailedOnceWithTheDeadlineInWordsItsIdAndAutoSubmitted()
      throws Exception {
    smtpUp();
    Customer customer = customer(Language.FR);
    Ticket ticket = open(customer, "Lien de visio absent");

    List<OutboxMessage> rows = mailsOf(ticket);
    assertEquals(1, rows.size(), "one acknowledgement written");
    OutboxMessage ack = rows.get(0);
    assertEquals(OutboxTopic.ACKNOWLEDGEMENT, ack.getTopic());
    assertTrue(ack.isAutoSubmitted());

    sending.sendDue(server(), Instant.now());
    sending.sendDue(server(), Instant.now().plus(Duration.ofHours(2)));

    List<MimeMessage> mails = received(customer.getEmail());
    assertEquals(1, mails.size(), "sent once, however many sweeps");
    MimeMessage mail = mails.get(0);
    assertEquals(ack.getMessageId(), mail.getMessageID());
    assertEquals("auto-replied", mail.getHeader("Auto-Submitted", null));
    assertTrue(mail.getSubject().startsWith("[" + ticket.getReference() + "] "));
    String deadline =
        DeadlineWording.fr(clocks.of(ticket.getId()).orElseThrow().getDeadlineDueAt());
    assertTrue(((String) mail.getContent()).contains(deadline), mail.getContent() + deadline);
    assertEquals(OutboxStatus.SENT, reload(ack).getStatus());
  }

  @Test
  void anAgentsReplyIsMailedInTheTicketsThreadAndAnInternalNoteIsNot() throws Exception {
    smtpUp();
    Customer customer = customer(Language.EN);
    Ticket ticket = open(customer, "Agenda");
    String ackId = mailsOf(ticket).get(0).getMessageId();
    long agent = agent();

    tickets.note(
        ticket.getId(),
        ticketReads.find(ticket.getId()).orElseThrow().getVersion(),
        agent,
        "SECRET");
    assertEquals(1, mailsOf(ticket).size(), "an internal note writes no mail");
    tickets.reply(
        ticket.getId(),
        ticketReads.find(ticket.getId()).orElseThrow().getVersion(),
        agent,
        "Please reload the page.");

    List<OutboxMessage> rows = mailsOf(ticket);
    assertEquals(2, rows.size());
    OutboxMessage reply = rows.get(1);
    assertEquals(OutboxTopic.AGENT_REPLY, reply.getTopic());
    assertFalse(reply.isAutoSubmitted(), "a person wrote it");
    assertEquals(ackId, reply.getInReplyTo());
    assertEquals(List.of(ackId), reply.getReferences());

    sending.sendDue(server(), Instant.now());
    List<MimeMessage> mails = received(customer.getEmail());
    assertEquals(2, mails.size());
    MimeMessage mailed =
        mails.stream()
            .filter(m -> reply.getMessageId().equals(messageId(m)))
            .findFirst()
            .orElseThrow();
    assertEquals(ackId, mailed.getHeader("In-Reply-To", null));
    assertEquals(ackId, mailed.getHeader("References", null));
    assertNull(mailed.getHeader("Auto-Submitted"));
    String body = (String) mailed.getContent();
    assertTrue(body.contains("Please reload the page."), body);
    assertTrue(body.contains("Lucie Test, of the Orthocab support team"), body);
    for (MimeMessage m : mails) {
      assertFalse(((String) m.getContent()).contains("SECRET"), "the note is never mailed");
    }
  }

  private static String messageId(MimeMessage mail) {
    try {
      return mail.getMessageID();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void sendersRunningTogetherSendEachMailOnce() throws Exception {
    smtpUp();
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Customer customer = customer(Language.FR);
      open(customer, "Concurrence " + i);
      customers.add(customer);
    }
    Instant now = Instant.now();
    // -1: a sender rolled back while it waited for the other (its rows stay due)
    Concurrently.run(executor, 3, () -> sending.sendDue(server(), now), -1);
    sending.sendDue(server(), now.plus(OutboxClaims.LEASE).plusSeconds(1));

    for (Customer customer : customers) {
      assertEquals(1, received(customer.getEmail()).size(), customer.getEmail());
    }
  }

  @Test
  void mailWaitsWhileTheServerIsDownAndIsDeliveredOnceWhenItIsBack() throws Exception {
    Customer customer = customer(Language.FR);
    Ticket ticket = open(customer, "Serveur en panne");
    OutboxMessage ack = mailsOf(ticket).get(0);
    Instant now = Instant.now();

    sending.sendDue(server(), now); // nothing listens on the port
    OutboxMessage failed = reload(ack);
    assertEquals(OutboxStatus.PENDING, failed.getStatus());
    assertEquals(1, failed.getAttempts());
    assertNotNull(failed.getLastError());
    assertTrue(failed.getNextAttemptAt().isAfter(now), "tried again later");

    sending.sendDue(server(), now.plusSeconds(30)); // not due again yet
    assertEquals(1, reload(ack).getAttempts());
    sending.sendDue(server(), now.plus(Duration.ofMinutes(2))); // due, still down
    assertEquals(2, reload(ack).getAttempts());

    smtpUp();
    Instant later = now.plus(Duration.ofMinutes(10));
    sending.sendDue(server(), later);
    sending.sendDue(server(), later.plus(Duration.ofHours(3)));

    assertEquals(1, received(customer.getEmail()).size(), "delivered exactly once");
    OutboxMessage sent = reload(ack);
    assertEquals(OutboxStatus.SENT, sent.getStatus());
    assertEquals(3, sent.getAttempts());
    assertNotNull(sent.getLastError(), "the failures stay visible");
  }

  @Test
  void aFailedMailGivenUpIsSentAgainOnRequestAndASentOneIsCopied() throws Exception {
    Customer customer = customer(Language.FR);
    Ticket ticket = open(customer, "Échec");
    OutboxMessage ack = mailsOf(ticket).get(0);
    Instant at = Instant.now();
    for (int i = 0; i < 200 && reload(ack).getStatus() == OutboxStatus.PENDING; i++) {
      at = reload(ack).getNextAttemptAt();
      sending.sendDue(server(), at);
    }
    OutboxMessage failed = reload(ack);
    assertEquals(OutboxStatus.FAILED, failed.getStatus(), "given up after two days of attempts");
    assertTrue(Duration.between(ack.getCreatedAt(), at).toHours() >= 47);

    supervisor.call(() -> outbox.resend(ack.getId()));
    OutboxMessage again = reload(ack);
    assertEquals(OutboxStatus.PENDING, again.getStatus());
    assertEquals(0, again.getAttempts());
    smtpUp();
    sending.sendDue(server(), Instant.now());
    assertEquals(OutboxStatus.SENT, reload(ack).getStatus());

    OutboxMessage copy = supervisor.call(() -> outbox.resend(ack.getId()));
    assertNotEquals(ack.getId(), copy.getId());
    assertNotEquals(ack.getMessageId(), copy.getMessageId());
    sending.sendDue(server(), Instant.now());
    assertEquals(2, received(customer.getEmail()).size(), "the original and its copy");
  }

  @Test
  void automaticMailsAreLimitedPerRecipientAndHourAndWithheldForAutoReplies() throws Exception {
    String stranger = "inconnu." + unique + "@example.fr";
    for (int i = 0; i < 2; i++) {
      mailedRequest("<it-" + unique + "-" + i + "@example.fr>", stranger, "Question " + i);
    }
    assertEquals(1, toRecipient(stranger), "one automatic answer to mail an hour");

    String claire = "Claire.Martin." + unique + "@Example.fr";
    List<String> senders = List.of(claire, claire.toLowerCase(Locale.ROOT));
    for (int i = 0; i < senders.size(); i++) {
      String from = senders.get(i);
      mailedRequest("<it-" + unique + "-case-" + i + "@example.fr>", from, "Accès");
    }
    assertEquals(
        List.of(claire),
        em.createQuery(
                "select m.recipientEmail from OutboxMessage m where m.recipientKey = :k",
                String.class)
            .setParameter("k", claire.toLowerCase(Locale.ROOT))
            .getResultList(),
        "one mailbox whatever the letter case: the second mail within the hour is not answered");

    String caller = "api." + unique + "@example.fr";
    for (int i = 0; i < 2; i++) {
      opened.add(
          intake.receiveFrom(
              new SenderRequest(
                  new Sender(caller, null, null),
                  "Question " + i,
                  TicketCategory.OTHER,
                  TicketChannel.API,
                  "Bonjour",
                  Instant.now())));
    }
    assertEquals(2, toRecipient(caller), "requests that came by no mail are not limited");
    mailedRequest("<it-" + unique + "-api@example.fr>", caller, "Par mail");
    assertEquals(3, toRecipient(caller), "nor do they count against a mail's answer");

    String robot = "robot." + unique + "@example.fr";
    tx.begin();
    try {
      automaticAnswers.withhold("Auto-Submitted: auto-replied");
      opened.add(
          intake.receiveFrom(
              new SenderRequest(
                  new Sender(robot, null, null),
                  "Absence du bureau",
                  TicketCategory.OTHER,
                  TicketChannel.EMAIL,
                  "Je suis absent.",
                  Instant.now())));
    } finally {
      tx.commit();
    }
    assertEquals(0, toRecipient(robot), "no automatic answer to an auto-reply");
  }

  /** A mail received from that sender, as the incoming side records it in its transaction. */
  /** A request mailed in by that sender, handled as the mailbox handles it, in its transaction. */
  private void mailedRequest(String messageId, String from, String subject) throws Exception {
    tx.begin();
    try {
      receivedMail(messageId, from);
      opened.add(
          intake.receiveFrom(
              new SenderRequest(
                  new Sender(from, null, null),
                  subject,
                  TicketCategory.OTHER,
                  TicketChannel.EMAIL,
                  "Bonjour",
                  Instant.now())));
    } finally {
      tx.commit();
    }
  }

  private void receivedMail(String messageId, String from) {
    InboundMail mail = new InboundMail(messageId, Instant.now(), from, "Question", "", "Bonjour");
    mail.handled(InboundOutcome.NEW_REQUEST, null, null, "Bonjour", "test");
    em.persist(mail);
    automaticAnswers.answeringMail(messageId);
  }

  private long toRecipient(String email) {
    return em.createQuery(
            "select count(m) from OutboxMessage m where m.recipientEmail = :e", Long.class)
        .setParameter("e", email)
        .getSingleResult();
  }

  @Test
  void aCustomerWhoMustNotGetHealthDataByMailGetsOnlyTheReferenceAndTheLink() throws Exception {
    Customer customer = customer(Language.FR);
    supervisor.call(
        () -> {
          customers.chooseMailLinksOnly(customer.getId(), true);
          return null;
        });
    Ticket ticket = open(customer, "Bilan de Léo, 6 ans");
    long agent = agent();
    tickets.reply(
        ticket.getId(),
        ticketReads.find(ticket.getId()).orElseThrow().getVersion(),
        agent,
        "Le compte rendu de séance est joint.");

    List<OutboxMessage> rows = mailsOf(ticket);
    assertEquals(2, rows.size());
    for (OutboxMessage row : rows) {
      assertFalse(row.getBody().contains("compte rendu"), row.getBody());
      assertFalse(row.getSubject().contains("Léo"), row.getSubject());
      assertFalse(row.getBody().contains("Léo"), row.getBody());
      assertTrue(row.getBody().contains(ticket.getReference()));
      assertTrue(
          row.getBody().contains("/portal/tickets/show.xhtml?id=" + ticket.getId()), row.getBody());
    }
  }
}
