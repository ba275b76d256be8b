package fr.orthocab.support.erasure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.account.ApiScope;
import fr.orthocab.support.account.ApiTokens;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.attachment.MessageFiles;
import fr.orthocab.support.attachment.Upload;
import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditActor;
import fr.orthocab.support.audit.AuditEntry;
import fr.orthocab.support.audit.AuditFilter;
import fr.orthocab.support.audit.AuditTrail;
import fr.orthocab.support.billing.WebhookSignature;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.dataexport.CustomerExports;
import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.mail.inbound.InboundMails;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.refusal.Refusals;
import fr.orthocab.support.satisfaction.Rating;
import fr.orthocab.support.satisfaction.SatisfactionRating;
import fr.orthocab.support.satisfaction.Satisfactions;
import fr.orthocab.support.sla.SlaReports;
import fr.orthocab.support.sla.report.ReportPeriod;
import fr.orthocab.support.sla.report.SlaReport;
import fr.orthocab.support.testing.ApiCallsChecked;
import fr.orthocab.support.testing.AsSupervisor;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.InContainerApiCalls;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.testing.TextColumnsScan;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Priority;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.Tickets;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer who came by the billing webhook, with two requests, a file, a refusal, a mail received
 * and a satisfaction comment, erased over the API: afterwards no text column of any table holds
 * their names, email or words, neither search, the API nor their export finds them, their requests
 * and refusal still count and the SLA report reads as before. A later renewal for the same email
 * makes a new customer. A wrong email typed to confirm erases nothing.
 */
@ExtendWith({ArquillianExtension.class, ApiCallsChecked.class})
class CustomerErasureIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  /** The billing secret the ITs' desk is started with (see the pom). */
  private static final String BILLING_SECRET = "it-billing-new";

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Inject private CustomerErasures erasures;
  @Inject private CustomerExports exports;
  @Inject private Customers customers;
  @Inject private Intake intake;
  @Inject private Tickets tickets;
  @Inject private TicketReads ticketReads;
  @Inject private MessageFiles files;
  @Inject private Refusals refusals;
  @Inject private Satisfactions satisfactions;
  @Inject private InboundMails inboundMails;
  @Inject private SlaReports slaReports;
  @Inject private Accounts accounts;
  @Inject private ApiTokens apiTokens;
  @Inject private AsSupervisor asSupervisor;
  @Inject private AuditTrail trail;
  @ArquillianResource private URL base;

  @Resource(lookup = "java:app/jdbc/support")
  private DataSource dataSource;

  private final String unique = letters(UUID.randomUUID().toString().substring(0, 8));
  private final OpenedTickets opened = new OpenedTickets();

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  @Test
  void nothingOfThemIsLeftAndTheSlaReportCountsAsBefore() throws Exception {
    String surname = "Vexlard" + unique;
    String firstName = "Ysoline" + unique;
    String email = "ysoline." + unique + "@cabinet-" + unique + ".fr";
    assertEquals(200, renewal("evt-" + unique + "-1", email, surname, firstName).statusCode());
    Customer customer = customers.byEmail(email).orElseThrow();
    Account agent = staff(Role.AGENT);
    Account supervisor = staff(Role.SUPERVISOR);
    String token =
        asSupervisor.call(
            () -> apiTokens.create("effacement " + unique, ApiScope.WRITE, supervisor.getId()));

    Ticket first =
        open(customer, "Agenda sujet" + unique, "Mon patient Tartempion" + unique + " bégaie.");
    files.addToRequest(first.getId(), List.of(new Upload("bilan-" + unique + ".pdf", PDF)));
    SlaReport beforeReply = slaReport();
    tickets.reply(
        first.getId(),
        version(first),
        agent.getId(),
        "Bonjour " + firstName + ", voici la marche à suivre.");
    tickets.changeStatus(first.getId(), version(first), TicketStatus.RESOLVED);
    SatisfactionRating rating =
        satisfactions.rateOnPortal(first.getId(), customer.getId(), Rating.GOOD);
    satisfactions.comment(rating.getId(), "Merci beaucoup, commentaire" + unique);
    Ticket second = open(customer, "Encore relance" + unique, "Pourquoi ? Pourquoi ?");
    refusals.refuse(
        second.getId(),
        version(second),
        agent,
        Clause.REFUSE_SPAM,
        "Trop de messages de " + firstName + " " + surname);
    inboundMails.receive(
        mail(
            email,
            "Question courriel" + unique,
            "Bonjour,\nvoir le dossier.\n" + firstName,
            "cabinet-" + unique + ".fr"));
    // a request sent by an integration with an Idempotency-Key: its answer, kept a day for a retry,
    // names the customer
    InContainerApiCalls api = new InContainerApiCalls(base);
    HttpResponse<String> replayable =
        api.send(
            api.request("/api/tickets")
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", "effacement-" + unique)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"customerEmail\":\""
                            + email
                            + "\",\"subject\":\"Appel rejoue"
                            + unique
                            + "\",\"body\":\"Envoye par le logiciel du cabinet.\"}"))
                .build());
    assertEquals(201, replayable.statusCode(), replayable.body());
    SlaReport before = slaReport();
    assertTrue(
        before.replies() > beforeReply.replies(), "the customer's reply counts in the report");
    String[] identifying = {
      surname,
      firstName,
      email,
      "ysoline." + unique,
      "cabinet-" + unique,
      "sujet" + unique,
      "Tartempion" + unique,
      "bilan-" + unique,
      "commentaire" + unique,
      "relance" + unique,
      "courriel" + unique,
      "rejoue" + unique
    };
    assertTrue(
        TextColumnsScan.holding(dataSource, identifying).size() >= identifying.length,
        "the scan finds each of them before the erasure");
    assertEquals(1, total(token, "/api/tickets?q=Tartempion" + unique));

    HttpResponse<String> erased = erase(token, customer.getId(), "Demande par mail de " + email);
    assertEquals(200, erased.statusCode(), erased.body());
    JsonObject answer = json(erased);
    assertEquals("ERASED", answer.getString("outcome"));
    assertEquals("Client effacé n° " + customer.getId(), answer.getString("pseudonym"));
    assertEquals("erased-" + customer.getId() + "@invalid", answer.getString("email"));

    assertEquals(List.of(), TextColumnsScan.holding(dataSource, identifying));
    assertEquals(before, slaReport(), "the SLA report counts as before");
    assertEquals(0, total(token, "/api/tickets?q=Tartempion" + unique));
    assertEquals(0, total(token, "/api/customers?q=" + surname));
    assertEquals(0, total(token, "/api/customers?q=" + email));
    assertTrue(
        ticketReads.ofCustomer(customer.getId()).stream()
            .map(Ticket::getId)
            .toList()
            .containsAll(List.of(first.getId(), second.getId())),
        "the requests stay");
    assertEquals(
        Clause.REFUSE_SPAM, refusals.ofCustomer(customer.getId()).get(0).getClause(), "refusal");
    String export = exported(customer.getId());
    for (String text : identifying) {
      assertFalse(export.toLowerCase().contains(text.toLowerCase()), text + " in " + export);
    }
    List<AuditEntry> audited =
        trail.page(AuditFilter.ofCustomer(customer.getId()), null, 20).entries();
    AuditEntry erasure =
        audited.stream()
            .filter(e -> e.getAction() == AuditAction.CUSTOMER_ERASED)
            .findFirst()
            .orElseThrow();
    assertEquals(
        "Client effacé n° "
            + customer.getId()
            + " : Demande par mail de erased-"
            + customer.getId()
            + "@invalid",
        erasure.getDetail());

    HttpResponse<String> again = erase(token, customer.getId(), "Deuxième demande");
    assertEquals(200, again.statusCode(), again.body());
    assertEquals("ALREADY_ERASED", json(again).getString("outcome"));
  }

  @Test
  void aLaterRenewalForTheSameEmailMakesANewCustomer() throws Exception {
    String email = "renouvelle." + unique + "@example.fr";
    assertEquals(200, renewal("evt-" + unique + "-a", email, "Avant", "Inès").statusCode());
    Customer erased = customers.byEmail(email).orElseThrow();
    erasures.erase(AuditActor.desk(), erased.getId(), "Demande de la cliente");
    assertTrue(customers.byEmail(email).isEmpty());

    assertEquals(200, renewal("evt-" + unique + "-b", email, "Après", "Inès").statusCode());
    Customer renewed = customers.byEmail(email).orElseThrow();
    assertNotEquals(erased.getId(), renewed.getId());
    assertEquals("Après", renewed.getSurname());
    assertTrue(customers.byId(erased.getId()).orElseThrow().isErased());
  }

  @Test
  void aWrongEmailTypedToConfirmErasesNothing() {
    String email = "confirme." + unique + "@example.fr";
    assertEquals(200, renewal("evt-" + unique + "-c", email, "Garde", "Léa").statusCode());
    Customer customer = customers.byEmail(email).orElseThrow();
    assertThrows(
        EmailNotConfirmed.class,
        () ->
            erasures.eraseConfirmed(
                AuditActor.desk(), customer.getId(), "Demande", "autre." + unique + "@example.fr"));
    assertFalse(customers.byId(customer.getId()).orElseThrow().isErased());
    assertEquals(
        ErasureOutcome.ERASED,
        erasures.eraseConfirmed(
            AuditActor.desk(), customer.getId(), "Demande", " " + email.toUpperCase() + " "));
  }

  @Test
  void overTheApiOnlySupervisorsWriteTokensEraseAndAReasonIsNeeded() throws Exception {
    String email = "api." + unique + "@example.fr";
    assertEquals(200, renewal("evt-" + unique + "-d", email, "Api", "Léo").statusCode());
    Customer customer = customers.byEmail(email).orElseThrow();
    Account supervisor = staff(Role.SUPERVISOR);
    String read =
        asSupervisor.call(
            () -> apiTokens.create("lecture " + unique, ApiScope.READ, supervisor.getId()));
    String write =
        asSupervisor.call(
            () -> apiTokens.create("ecriture " + unique, ApiScope.WRITE, supervisor.getId()));
    InContainerApiCalls api = new InContainerApiCalls(base);
    String path = "/api/customers/" + customer.getId() + "/erasure";

    HttpRequest anonymous =
        api.request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"x\"}"))
            .build();
    assertProblem(api.sendBreakingTheDocument(anonymous), 401);
    assertProblem(erase(read, customer.getId(), "Demande"), 403);
    assertProblem(erase(write, 999_999_999_999L, "Demande"), 404);
    HttpRequest noReason =
        api.request(path)
            .header("Authorization", "Bearer " + write)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build();
    assertProblem(api.sendBreakingTheDocument(noReason), 400);
    assertFalse(customers.byId(customer.getId()).orElseThrow().isErased());
  }

  private HttpResponse<String> renewal(
      String eventId, String email, String surname, String firstName) {
    String body =
        """
        {"eventId":"%s","occurredAt":"2026-11-26T10:00:00+01:00",\
        "customer":{"email":"%s","surname":"%s","firstName":"%s","language":"fr"},\
        "subscription":{"pack":"TELESOIN","periodStart":"%s","periodEnd":"%s"}}"""
            .formatted(
                eventId,
                email,
                surname,
                firstName,
                LocalDate.now().minusDays(1),
                LocalDate.now().plusYears(1));
    InContainerApiCalls api = new InContainerApiCalls(base);
    return api.send(
        api.request("/api/billing/renewals")
            .header("Content-Type", "application/json")
            .header(
                WebhookSignature.HEADER,
                WebhookSignature.sign(
                    BILLING_SECRET,
                    Instant.now().getEpochSecond(),
                    body.getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build());
  }

  private HttpResponse<String> erase(String token, long customerId, String reason) {
    InContainerApiCalls api = new InContainerApiCalls(base);
    return api.send(
        api.request("/api/customers/" + customerId + "/erasure")
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    Json.createObjectBuilder().add("reason", reason).build().toString(),
                    StandardCharsets.UTF_8))
            .build());
  }

  private int total(String token, String pathAndQuery) {
    InContainerApiCalls api = new InContainerApiCalls(base);
    HttpResponse<String> answer =
        api.send(
            api.request(pathAndQuery).header("Authorization", "Bearer " + token).GET().build());
    assertEquals(200, answer.statusCode(), answer.body());
    return json(answer).getInt("total");
  }

  private String exported(long customerId) throws Exception {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    exports.writeOwn(customerId, zip);
    StringBuilder all = new StringBuilder();
    try (ZipInputStream in =
        new ZipInputStream(new java.io.ByteArrayInputStream(zip.toByteArray()))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        all.append(entry.getName()).append('\n');
        all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
      }
    }
    return all.toString();
  }

  private SlaReport slaReport() throws Exception {
    return asSupervisor.call(
        () -> slaReports.report(ReportPeriod.lastWeeks(2, LocalDate.now()), null));
  }

  private Ticket open(Customer customer, String subject, String body) {
    return opened.add(
        tickets.open(
            new NewRequest(
                customer.getId(),
                subject,
                TicketCategory.OTHER,
                TicketChannel.PORTAL,
                body,
                Instant.now()),
            Priority.HIGH,
            TicketStatus.OPEN,
            null));
  }

  private long version(Ticket ticket) {
    return ticketReads.find(ticket.getId()).orElseThrow().getVersion();
  }

  private Account staff(Role role) {
    return accounts.openForStaff(
        role.name().toLowerCase() + ".erasure." + unique + "@orthocab.fr",
        "Agent " + unique,
        role,
        "x".toCharArray());
  }

  private byte[] mail(String from, String subject, String body, String domain) {
    String text =
        "From: "
            + from
            + "\nTo: support@orthocab.fr\nSubject: "
            + subject
            + "\nMessage-ID: <it-erasure-"
            + unique
            + "@"
            + domain
            + ">\nDate: Thu, 26 Nov 2026 10:00:00 +0100\n"
            + "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
            + "Content-Transfer-Encoding: 8bit\n\n"
            + body
            + "\n";
    return text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  /** Digits turned into letters, so that search sees one word of letters. */
  private static String letters(String hex) {
    StringBuilder word = new StringBuilder();
    hex.chars().forEach(c -> word.append((char) (Character.isDigit(c) ? 'g' + c - '0' : c)));
    return word.toString();
  }
}
