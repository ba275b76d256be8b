package fr.orthocab.support.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.attachment.MessageFiles;
import fr.orthocab.support.attachment.Upload;
import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditActor;
import fr.orthocab.support.audit.AuditEvent;
import fr.orthocab.support.audit.AuditTrail;
import fr.orthocab.support.billing.Deliveries;
import fr.orthocab.support.billing.DeliveryOutcome;
import fr.orthocab.support.billing.WebhookSignature;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.dataexport.CustomerExports;
import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.mail.inbound.InboundMails;
import fr.orthocab.support.reads.ReadKind;
import fr.orthocab.support.reads.StaffReads;
import fr.orthocab.support.sla.SlaReports;
import fr.orthocab.support.sla.report.ReportPeriod;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.testing.AsSupervisor;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.testing.TestCustomers;
import fr.orthocab.support.testing.WebClient;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.Tickets;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention on the real database, with the clock moved: the desk has no clock to turn, so the rows'
 * own instants (a request's last activity, a file's arrival, a mail's, a webhook call's, an audit
 * entry's) are moved back. Each test sweeps a day of its own, far in the future, as the day is the
 * run's claim and the test desk's timer has taken today's.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  private static final String PASSWORD = "un mot de passe de test";
  private static final String MARKER = "[contenu effacé après 3 ans]";
  private static final String FILE_PURGED = "fichier supprimé après 1 an";
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 'p', 'n', 'g', '-', 'b', 'y', 't', 'e', 's'
  };

  @Inject private Retention retention;
  @Inject private CustomerExports exports;
  @Inject private Intake intake;
  @Inject private Tickets tickets;
  @Inject private TicketReads ticketReads;
  @Inject private MessageFiles files;
  @Inject private InboundMails inboundMails;
  @Inject private Deliveries deliveries;
  @Inject private StaffReads staffReads;
  @Inject private AuditTrail trail;
  @Inject private SlaReports slaReports;
  @Inject private AsSupervisor asSupervisor;
  @Inject private TestCustomers customers;
  @Inject private Accounts accounts;
  @PersistenceContext private EntityManager em;
  @Resource private UserTransaction tx;
  @Resource private ManagedExecutorService executor;
  @ArquillianResource private URL base;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final OpenedTickets opened = new OpenedTickets();

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  @Test
  void aRequestClosedThreeYearsAgoLosesItsContentAndKeepsItsRecord() throws Exception {
    Customer customer = withAccount();
    Account agent = agent();
    Ticket old = answeredAndClosed(customer, agent, "Bilan de Paul Durand " + unique);
    Ticket recent = answeredAndClosed(customer, agent, "Bégaiement de Léa " + unique);
    long fileId = fileOf(old);
    LocalDate today = LocalDate.now();
    int replies = replies(today);
    long decisions = count("decision", old.getId());
    long slaEvents = count("sla_event", old.getId());
    long messages = count("message", old.getId());
    assertTrue(decisions > 0 && slaEvents > 0 && messages >= 2, decisions + " " + slaEvents);
    moveBack("ticket", "last_activity_at", "id = " + old.getId(), Duration.ofDays(1100));
    moveBack("message_file", "created_at", "id = " + fileId, Duration.ofDays(400));
    long sentCopy = sentLongAgo(old);

    RetentionRun run = retention.sweep(aDay()).orElseThrow();

    Purged purged = run.getPurged();
    assertTrue(purged.requests() >= 1 && purged.messages() >= 2, purged.toString());
    assertTrue(purged.files() >= 1 && purged.sentMails() >= 1, purged.toString());
    assertNotNull(run.getFinishedAt());
    assertTrue(run.isComplete());

    Ticket erased = ticketReads.find(old.getId()).orElseThrow();
    assertEquals(MARKER, erased.getSubject());
    assertTrue(erased.isContentPurged());
    assertEquals(TicketStatus.CLOSED, erased.getStatus(), "the record stays as it was");
    assertEquals(old.getReference(), erased.getReference());
    assertEquals(List.of(MARKER), bodies(old.getId()), "every text, each message's row kept");
    assertEquals(messages, count("message", old.getId()));
    assertEquals(decisions, count("decision", old.getId()));
    assertEquals(slaEvents, count("sla_event", old.getId()));
    assertEquals(replies, replies(today), "the SLA report counts the reply as before");
    assertEquals(0, bytesOf(fileId), "the file's bytes are gone, its row stays");
    assertEquals(
        List.of(MARKER),
        strings("select distinct body from outbox_message where id = " + sentCopy));

    Ticket kept = ticketReads.find(recent.getId()).orElseThrow();
    assertEquals(recent.getSubject(), kept.getSubject(), "closed lately: kept whole");
    assertFalse(kept.isContentPurged());
    assertFalse(bodies(recent.getId()).contains(MARKER));

    WebClient lucie = new WebClient(base);
    assertEquals(302, lucie.login(agent.getEmail(), PASSWORD).statusCode());
    HttpResponse<String> agentPage = lucie.get("/admin/tickets/show.xhtml?id=" + old.getId());
    assertEquals(200, agentPage.statusCode());
    assertTrue(agentPage.body().contains(FILE_PURGED), agentPage.body());
    assertTrue(agentPage.body().contains(MARKER));
    assertFalse(agentPage.body().contains("reply-file?id=" + fileId), "no link to nothing");
    assertEquals(410, lucie.getBytes("/admin/tickets/reply-file?id=" + fileId).statusCode());
    HttpResponse<String> portalPage =
        loggedIn(customer).get("/portal/tickets/show.xhtml?id=" + old.getId());
    assertEquals(200, portalPage.statusCode());
    assertTrue(portalPage.body().contains(FILE_PURGED), portalPage.body());
    String exported = exportedEntries(customer.getId());
    assertFalse(exported.contains("/f" + fileId + "-"), "no empty file in the export: " + exported);
    assertTrue(
        exported.matches("(?s).*\"path\"\\s*:\\s*null.*"),
        "the file named without a path: " + exported);

    String dashboard = lucie.get("/admin/dashboard.xhtml").body();
    assertTrue(dashboard.contains("Dernière purge le"), dashboard);
    assertTrue(dashboard.contains("demandes closes effacées"), dashboard);
  }

  @Test
  void rawMailsMailedFilesFailedWebhookBodiesAndOldAuditEntriesGo() throws Exception {
    Customer customer = withAccount();
    long oldMailTicket = mailed(customer, "Captures " + unique);
    long newMailTicket = mailed(customer, "Encore " + unique);
    moveBack("inbound_mail", "received_at", "ticket_id = " + oldMailTicket, Duration.ofDays(400));
    String failed = "ret-failed-" + unique;
    String applied = "ret-applied-" + unique;
    String failedLately = "ret-lately-" + unique;
    for (String id : List.of(failed, applied, failedLately)) {
      deliveries.record(
          Instant.now(),
          id,
          WebhookSignature.Verdict.VALID,
          id.equals(applied) ? 200 : 503,
          id.equals(applied) ? DeliveryOutcome.APPLIED : DeliveryOutcome.FAILED,
          null,
          ("{\"event\":\"" + id + "\",\"email\":\"" + customer.getEmail() + "\"}")
              .getBytes(StandardCharsets.UTF_8),
          "0".repeat(64));
    }
    moveBack(
        "billing_delivery",
        "received_at",
        "event_id in ('" + failed + "', '" + applied + "')",
        Duration.ofDays(40));
    Account agent = agent();
    AuditActor reader = AuditActor.person(agent.getId(), "Agent " + unique, agent.getEmail(), null);
    staffReads.record(reader, ReadKind.TICKET, oldMailTicket, oldMailTicket, customer.getId());
    staffReads.record(reader, ReadKind.TICKET, newMailTicket, newMailTicket, customer.getId());
    moveBack("staff_read", "read_at", "subject_id = " + oldMailTicket, Duration.ofDays(2200));
    for (long ticket : List.of(oldMailTicket, newMailTicket)) {
      trail.record(
          new AuditEvent(
              AuditAction.DATA_EXPORTED,
              agent.getId(),
              "Agent " + unique,
              ticket,
              customer.getId(),
              "lu " + unique,
              null));
    }
    long auditOfOld = count("audit_entry", oldMailTicket);
    moveBack("audit_entry", "occurred_at", "ticket_id = " + oldMailTicket, Duration.ofDays(2200));

    Purged purged = retention.sweep(aDay()).orElseThrow().getPurged();

    assertTrue(purged.rawMails() >= 1 && purged.files() >= 1, purged.toString());
    assertTrue(purged.webhookBodies() >= 1, purged.toString());
    assertTrue(purged.auditEntries() >= auditOfOld && purged.staffReads() >= 1, purged.toString());
    assertEquals(
        List.of("gone"), strings(rawText("ticket_id = " + oldMailTicket)), "the raw mail is gone");
    assertEquals(List.of("kept"), strings(rawText("ticket_id = " + newMailTicket)));
    assertEquals(1, count("inbound_mail", oldMailTicket), "the mail's record stays");
    assertEquals(
        List.of("0"),
        strings(
            "select cast(octet_length(a.content) as varchar(20)) from inbound_attachment a"
                + " join inbound_mail m on m.id = a.inbound_mail_id where m.ticket_id = "
                + oldMailTicket));
    assertFalse(
        ticketReads.find(oldMailTicket).orElseThrow().isContentPurged(),
        "an open request keeps its content");
    HttpResponse<String> portalPage =
        loggedIn(customer).get("/portal/tickets/show.xhtml?id=" + oldMailTicket);
    assertEquals(200, portalPage.statusCode());
    assertTrue(portalPage.body().contains(FILE_PURGED), portalPage.body());
    assertFalse(
        loggedIn(customer)
            .get("/portal/tickets/show.xhtml?id=" + newMailTicket)
            .body()
            .contains(FILE_PURGED));

    assertEquals(List.of("gone"), strings(bodyOf(failed)), "a failed call's body: 30 days");
    assertEquals(List.of("kept"), strings(bodyOf(applied)), "an applied call's: longer");
    assertEquals(List.of("kept"), strings(bodyOf(failedLately)));

    assertEquals(0, count("audit_entry", oldMailTicket), "older than 6 years: deleted");
    assertTrue(count("audit_entry", newMailTicket) > 0);
    assertEquals(0, count("staff_read", oldMailTicket));
    assertEquals(1, count("staff_read", newMailTicket));
  }

  @Test
  void twoNodesSweepingTheSameDayRunItOnce() throws Exception {
    Customer customer = withAccount();
    Ticket old = answeredAndClosed(customer, agent(), "Compte rendu " + unique);
    moveBack("ticket", "last_activity_at", "id = " + old.getId(), Duration.ofDays(1100));
    LocalDate day = aDay();

    Future<Optional<RetentionRun>> one = executor.submit(() -> retention.sweep(day));
    Future<Optional<RetentionRun>> other = executor.submit(() -> retention.sweep(day));
    List<RetentionRun> ran =
        List.of(one.get(60, TimeUnit.SECONDS), other.get(60, TimeUnit.SECONDS)).stream()
            .flatMap(Optional::stream)
            .toList();

    assertEquals(1, ran.size(), "one of the two ran the day");
    assertTrue(ran.get(0).getPurged().requests() >= 1);
    assertEquals(
        List.of("1"),
        strings(
            "select cast(count(*) as varchar(20)) from retention_run where run_day = '"
                + day
                + "'"));
    assertTrue(retention.sweep(day).isEmpty(), "and the day is done");
    assertTrue(ticketReads.find(old.getId()).orElseThrow().isContentPurged());
  }

  private int replies(LocalDate day) throws Exception {
    return asSupervisor.call(() -> slaReports.report(new ReportPeriod(day, day), null).replies());
  }

  /** A day of its own for each sweep: the claim is the day. */
  private static LocalDate aDay() {
    return LocalDate.of(2500, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(200_000));
  }

  private Customer withAccount() {
    LocalDate today = LocalDate.now();
    Customer customer =
        customers.subscribed(Language.FR, Pack.TELESOIN, today.minusDays(10), today.plusDays(300));
    accounts.openForCustomer(customer, PASSWORD.toCharArray());
    return customer;
  }

  private Account agent() {
    return accounts.openForStaff(
        "agent." + unique + "." + UUID.randomUUID().toString().substring(0, 4) + "@orthocab.fr",
        "Agent " + unique,
        Role.AGENT,
        PASSWORD.toCharArray());
  }

  private WebClient loggedIn(Customer customer) {
    WebClient client = new WebClient(base);
    assertEquals(302, client.login(customer.getEmail(), PASSWORD).statusCode());
    return client;
  }

  /**
   * A portal request with a file, answered by the agent (a reply the SLA report counts), closed.
   */
  private Ticket answeredAndClosed(Customer customer, Account agent, String subject) {
    Ticket ticket =
        intake.receive(
            new NewRequest(
                customer.getId(),
                subject,
                TicketCategory.USAGE_QUESTION,
                TicketChannel.PORTAL,
                "Mon patient " + unique + " ne peut plus lire son bilan.",
                Instant.now()));
    files.addToRequest(ticket.getId(), List.of(new Upload("bilan.pdf", PDF)));
    tickets.reply(ticket.getId(), version(ticket), agent.getId(), "Voici la marche à suivre.");
    return tickets.changeStatus(ticket.getId(), version(ticket), TicketStatus.CLOSED);
  }

  private long version(Ticket ticket) {
    return ticketReads.find(ticket.getId()).orElseThrow().getVersion();
  }

  /** A request mailed in with a picture, left open. */
  private long mailed(Customer from, String subject) {
    String boundary = "b-" + unique;
    String text =
        "From: "
            + from.getEmail()
            + "\nTo: support@orthocab.fr\nSubject: "
            + subject
            + "\nMessage-ID: <retention-"
            + UUID.randomUUID()
            + "@mail.example.fr>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\""
            + boundary
            + "\"\n\n--"
            + boundary
            + "\nContent-Type: text/plain; charset=UTF-8\n\nVoici la capture de Paul.\n--"
            + boundary
            + "\nContent-Type: image/png\nContent-Disposition: attachment; filename=\"capture.png\""
            + "\nContent-Transfer-Encoding: base64\n\n"
            + Base64.getMimeEncoder().encodeToString(PNG).replace("\r\n", "\n")
            + "\n--"
            + boundary
            + "--\n";
    Long ticket =
        inboundMails
            .receive(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))
            .ticketId();
    assertNotNull(ticket);
    opened.add(ticketReads.find(ticket).orElseThrow());
    return ticket;
  }

  private long fileOf(Ticket ticket) {
    return ((Number)
            em.createNativeQuery(
                    "select f.id from message_file f join message m on m.id = f.message_id"
                        + " where m.ticket_id = ?")
                .setParameter(1, ticket.getId())
                .getSingleResult())
        .longValue();
  }

  /** One of the request's mails, as if sent long ago; its id. */
  private long sentLongAgo(Ticket ticket) throws Exception {
    Number id =
        (Number)
            em.createNativeQuery("select min(id) from outbox_message where ticket_id = ?")
                .setParameter(1, ticket.getId())
                .getSingleResult();
    assertNotNull(id, "the request's mails");
    tx.begin();
    em.createNativeQuery("update outbox_message set status = 'SENT', sent_at = ? where id = ?")
        .setParameter(1, Timestamp.from(Instant.now().minus(Duration.ofDays(1100))))
        .setParameter(2, id.longValue())
        .executeUpdate();
    tx.commit();
    return id.longValue();
  }

  private void moveBack(String table, String column, String where, Duration by) throws Exception {
    tx.begin();
    int moved =
        em.createNativeQuery("update " + table + " set " + column + " = ? where " + where)
            .setParameter(1, Timestamp.from(Instant.now().minus(by)))
            .executeUpdate();
    tx.commit();
    assertTrue(moved > 0, "nothing moved in " + table + " where " + where);
  }

  private long count(String table, long ticketId) {
    return ((Number)
            em.createNativeQuery("select count(*) from " + table + " where ticket_id = ?")
                .setParameter(1, ticketId)
                .getSingleResult())
        .longValue();
  }

  private List<String> bodies(long ticketId) {
    return strings("select distinct body from message where ticket_id = " + ticketId);
  }

  private int bytesOf(long fileId) {
    return ((Number)
            em.createNativeQuery("select octet_length(content) from message_file where id = ?")
                .setParameter(1, fileId)
                .getSingleResult())
        .intValue();
  }

  private static String rawText(String where) {
    return "select case when original_text is null and original_headers is null then 'gone'"
        + " else 'kept' end from inbound_mail where "
        + where;
  }

  private static String bodyOf(String eventId) {
    return "select case when body is null then 'gone' else 'kept' end from billing_delivery"
        + " where event_id = '"
        + eventId
        + "'";
  }

  @SuppressWarnings("unchecked")
  private List<String> strings(String sql) {
    return ((List<Object>) em.createNativeQuery(sql).getResultList())
        .stream().map(String::valueOf).toList();
  }

  /** The export's entry names, then its customer.json. */
  private String exportedEntries(long customerId) throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    exports.writeOwn(customerId, zip);
    StringBuilder all = new StringBuilder();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        all.append(entry.getName()).append('\n');
        if (entry.getName().equals("customer.json")) {
          all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
        }
      }
    }
    return all.toString();
  }
}
