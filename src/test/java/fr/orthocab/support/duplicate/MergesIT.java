package fr.orthocab.support.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.account.ApiScope;
import fr.orthocab.support.account.ApiTokens;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.mail.inbound.InboundMail;
import fr.orthocab.support.mail.inbound.InboundMails;
import fr.orthocab.support.mail.inbound.InboundMails.Receipt;
import fr.orthocab.support.mail.inbound.InboundOutcome;
import fr.orthocab.support.mail.inbound.MailAttachments;
import fr.orthocab.support.mail.outbox.Outbox;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import fr.orthocab.support.mail.outbox.OutboxTopic;
import fr.orthocab.support.mail.outbox.Recipient;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.Decision;
import fr.orthocab.support.policy.Decisions;
import fr.orthocab.support.policy.Outcome;
import fr.orthocab.support.screening.FlagKind;
import fr.orthocab.support.screening.TicketFlag;
import fr.orthocab.support.screening.TicketFlags;
import fr.orthocab.support.sla.SlaClocks;
import fr.orthocab.support.sla.SlaEvent;
import fr.orthocab.support.sla.SlaState;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.testing.ApiCallsChecked;
import fr.orthocab.support.testing.AsSupervisor;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.InContainerApiCalls;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.testing.TestCustomers;
import fr.orthocab.support.ticket.AuthorKind;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.MovedRows;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.TicketThreads;
import fr.orthocab.support.ticket.Tickets;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Duplicates flagged at intake and merged by an agent, on the real database. */
@ExtendWith({ArquillianExtension.class, ApiCallsChecked.class})
class MergesIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Inject private Intake intake;
  @Inject private Tickets tickets;
  @Inject private TicketReads ticketReads;
  @Inject private TicketThreads ticketThreads;
  @Inject private Merges merges;
  @Inject private Duplicates duplicates;
  @Inject private Decisions decisions;
  @Inject private TicketFlags flags;
  @Inject private SlaClocks clocks;
  @Inject private Outbox outbox;
  @Inject private InboundMails inboundMails;
  @Inject private MailAttachments attachments;
  @Inject private Accounts accounts;
  @Inject private TestCustomers customers;
  @Inject private AsSupervisor asSupervisor;
  @Inject private ApiTokens apiTokens;
  @ArquillianResource private URL base;

  @PersistenceContext private EntityManager em;
  @Resource private UserTransaction tx;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final OpenedTickets opened = new OpenedTickets();
  private int mails;

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  @Test
  void aNearDuplicateIsFlaggedNamingTheOriginalAndAnUnrelatedRequestIsNot() {
    Customer claire = customer();
    Ticket original =
        open(claire, "Export comptable vide", "L'export comptable CSV sort vide pour mars.");
    Ticket again =
        open(claire, "Export toujours vide", "Mon export comptable CSV est toujours vide.");
    Ticket other =
        open(claire, "Mot de passe", "Je ne reçois pas le mail de changement de mot de passe.");

    assertEquals(TicketStatus.OPEN, again.getStatus(), "flagged, never merged by itself");
    assertTrue(
        flags.ofTicket(again.getId()).stream()
            .anyMatch(
                f ->
                    f.getKind() == FlagKind.PROBABLE_DUPLICATE
                        && f.getDetail().contains(original.getReference())));
    assertTrue(
        decisions.ofTicket(again.getId()).stream()
            .anyMatch(
                d ->
                    d.getClause() == Clause.DUP_COMMENT
                        && d.getOutcome() == Outcome.FLAGGED
                        && d.getDetail().contains(original.getReference())));
    assertTrue(flags.ofTicket(other.getId()).isEmpty());
    assertTrue(
        decisions.ofTicket(other.getId()).stream()
            .noneMatch(d -> d.getClause() == Clause.DUP_COMMENT));
    assertTrue(
        duplicates
            .similarTo(
                claire.getId(), "Export vide", "export comptable toujours vide", Instant.now())
            .stream()
            .anyMatch(m -> m.ticketId() == original.getId()),
        "the portal's suggestion while typing");
  }

  @Test
  void anEarlierRequestIsComparedAsKeptAtIntakeOrReadAgainWhenWrittenBefore() throws Exception {
    Customer claire = customer();
    Ticket kept =
        open(claire, "Export comptable vide", "L'export comptable CSV sort vide pour mars.");
    Ticket before =
        open(claire, "Agenda décalé", "Depuis le changement d'heure mes rdv sont décalés.");
    tx.begin();
    em.createQuery("update Ticket t set t.requestNotions = null where t.id = :id")
        .setParameter("id", before.getId())
        .executeUpdate();
    tx.commit();

    assertEquals(
        RequestText.of(kept.getSubject(), ticketThreads.request(kept.getId()).getBody()).stored(),
        ticketReads.find(kept.getId()).orElseThrow().getRequestNotions(),
        "kept at intake");
    assertEquals(
        List.of(
            RequestText.of(before.getSubject(), ticketThreads.request(before.getId()).getBody()),
            RequestText.of(kept.getSubject(), ticketThreads.request(kept.getId()).getBody())),
        duplicates.earlierOf(claire.getId(), Instant.now()).stream()
            .map(DuplicateFinder.Earlier::text)
            .toList(),
        "the same notions either way, most recent first");
    Ticket againKept =
        open(claire, "Export toujours vide", "Mon export comptable CSV est toujours vide.");
    Ticket againBefore =
        open(
            claire, "Agenda toujours décalé", "Mes rendez-vous sont toujours décalés d'une heure.");
    assertTrue(flaggedAsDuplicateOf(againKept, kept));
    assertTrue(flaggedAsDuplicateOf(againBefore, before));
    assertFalse(flaggedAsDuplicateOf(againBefore, kept));
  }

  private Ticket exportRequest(Customer claire) {
    return open(claire, "Export comptable vide", "L'export comptable CSV sort vide pour mars.");
  }

  /** The same problem told again by mail, a screenshot attached: a duplicate of the request. */
  private Ticket exportRequestMailedAgainWithAFile(Customer claire) throws Exception {
    Receipt mailed =
        receive(
            mailWithFile(
                claire.getEmail(),
                "Export comptable toujours vide",
                "Mon export comptable CSV est toujours vide, voici une capture."));
    return ticketReads.find(mailed.ticketId()).orElseThrow();
  }

  private boolean flaggedAsDuplicateOf(Ticket again, Ticket original) {
    return flags.ofTicket(again.getId()).stream()
        .anyMatch(
            f ->
                f.getKind() == FlagKind.PROBABLE_DUPLICATE
                    && f.getDetail().contains(original.getReference() + " "));
  }

  @Test
  void aMergeMovesEverythingTellsTheCustomerAndMailRepliesLandInTheOriginal() throws Exception {
    Customer claire = customer();
    Ticket original = exportRequest(claire);
    Ticket duplicate = exportRequestMailedAgainWithAFile(claire);
    long duplicateRequest = ticketThreads.request(duplicate.getId()).getId();
    List<Long> duplicateDecisions =
        decisions.ofTicket(duplicate.getId()).stream().map(Decision::getId).toList();
    String deskMail = deskMailAbout(duplicate, claire);
    assertEquals(1, asSupervisor.call(() -> attachments.ofTicket(duplicate.getId())).size());
    assertFalse(clocks.history(duplicate.getId()).isEmpty());

    TicketMerge merge =
        merges.merge(duplicate.getId(), duplicate.getVersion(), original.getReference(), agent());

    Ticket merged = ticketReads.find(duplicate.getId()).orElseThrow();
    assertEquals(TicketStatus.MERGED, merged.getStatus());
    assertEquals(original.getId(), merged.getMergedInto().getId());
    assertFalse(merged.awaitsReply());
    assertFalse(clocks.of(duplicate.getId()).orElseThrow().isRunning(), "its clock stopped");
    List<Message> thread = ticketThreads.fullThread(original.getId());
    assertTrue(thread.stream().anyMatch(m -> m.getId() == duplicateRequest), "messages moved");
    assertEquals(1, asSupervisor.call(() -> attachments.ofTicket(original.getId())).size());
    assertTrue(asSupervisor.call(() -> attachments.ofTicket(duplicate.getId())).isEmpty());
    List<Long> onOriginal =
        decisions.ofTicket(original.getId()).stream().map(Decision::getId).toList();
    assertTrue(onOriginal.containsAll(duplicateDecisions), "decisions moved");
    assertTrue(
        decisions.ofTicket(duplicate.getId()).stream()
            .anyMatch(d -> d.getOutcome() == Outcome.MERGED),
        "the merge is on record on both");
    assertTrue(
        decisions.ofTicket(original.getId()).stream()
            .anyMatch(d -> d.getOutcome() == Outcome.MERGED));
    assertEquals(merge.getId(), merges.ofDuplicate(duplicate.getId()).orElseThrow().getId());
    assertEquals(
        List.of(duplicate.getId()),
        merges.mergedInto(original.getId()).stream().map(m -> m.getDuplicate().getId()).toList());
    assertTrue(
        thread.stream()
            .anyMatch(
                m ->
                    m.getAuthorKind() == AuthorKind.SYSTEM
                        && m.getBody().contains(duplicate.getReference())),
        "the customer is told on the original");
    assertTrue(
        asSupervisor.call(() -> outbox.about(original.getId())).stream()
            .anyMatch(m -> m.getTopic() == OutboxTopic.MERGED));

    Receipt reply =
        receive(
            mail(
                claire.getEmail(),
                "Re: [" + duplicate.getReference() + "] Export",
                deskMail,
                "Et toujours rien ce matin."));

    assertEquals(InboundOutcome.FOLLOW_UP, reply.outcome());
    assertEquals(original.getId(), reply.ticketId(), "a reply to the duplicate's thread");
  }

  @Test
  void aTicketMergeHasEachOwnerMoveItsOwnRowsAndCountThem() throws Exception {
    Customer claire = customer();
    Ticket original = exportRequest(claire);
    Ticket duplicate = exportRequestMailedAgainWithAFile(claire);
    flags.raise(
        duplicate,
        ticketThreads.request(duplicate.getId()),
        FlagKind.OFFENSIVE_LANGUAGE,
        "m3rde",
        "rule:Test",
        Instant.now());
    List<Long> decisionIds = ids(decisions.ofTicket(duplicate.getId()), Decision::getId);
    List<TicketFlag> duplicateFlags = flags.ofTicket(duplicate.getId());
    List<Long> movable =
        duplicateFlags.stream()
            .filter(f -> f.getKind() != FlagKind.PROBABLE_DUPLICATE)
            .map(TicketFlag::getId)
            .toList();
    List<Long> staying =
        duplicateFlags.stream()
            .filter(f -> f.getKind() == FlagKind.PROBABLE_DUPLICATE)
            .map(TicketFlag::getId)
            .toList();
    List<Long> mailIds =
        ids(asSupervisor.call(() -> inboundMails.ofTicket(duplicate.getId())), InboundMail::getId);
    int slaLines = clocks.history(duplicate.getId()).size();
    int messages = ticketThreads.fullThread(duplicate.getId()).size();
    assertFalse(decisionIds.isEmpty());
    assertFalse(movable.isEmpty());
    assertEquals(1, mailIds.size());
    assertEquals(1, slaLines);

    // the ticket's own merge, as any caller makes it: every owner moves its rows all the same
    MovedRows moved = tickets.merge(duplicate.getId(), version(duplicate), original.getId());

    assertEquals(messages, moved.messages());
    assertTrue(ticketThreads.fullThread(duplicate.getId()).isEmpty(), "its thread moved");
    assertEquals(decisionIds.size(), moved.decisions());
    assertTrue(decisions.ofTicket(duplicate.getId()).isEmpty(), "decisions moved");
    assertTrue(ids(decisions.ofTicket(original.getId()), Decision::getId).containsAll(decisionIds));
    assertEquals(movable.size(), moved.flags());
    assertEquals(staying, ids(flags.ofTicket(duplicate.getId()), TicketFlag::getId));
    assertTrue(ids(flags.ofTicket(original.getId()), TicketFlag::getId).containsAll(movable));
    assertEquals(1, moved.mails());
    assertTrue(asSupervisor.call(() -> inboundMails.ofTicket(duplicate.getId())).isEmpty());
    assertTrue(
        ids(asSupervisor.call(() -> inboundMails.ofTicket(original.getId())), InboundMail::getId)
            .containsAll(mailIds),
        "mails moved");
    assertEquals(slaLines + 1, moved.slaEvents(), "its lines and the STOPPED one of the merge");
    assertTrue(clocks.history(duplicate.getId()).isEmpty(), "SLA history moved");
  }

  @Test
  void aMergeMovesTheSlaHistoryWithItsOriginAndTheOriginalsClockGoesOnWithItsOwnCycles()
      throws Exception {
    Customer claire = customer();
    Account lucie = agent();
    Ticket original =
        open(claire, "Export comptable vide", "L'export comptable CSV sort vide pour mars.");
    Ticket duplicate =
        open(claire, "Impression des bilans", "L'impression des bilans s'arrête à la page 2.");
    tickets.reply(duplicate.getId(), version(duplicate), lucie.getId(), "Quelle imprimante ?");
    tickets.comment(duplicate.getId(), claire.getId(), "Une Brother, toujours la page 2.");
    assertEquals(
        List.of("STARTED 1", "SATISFIED 1", "STARTED 2"),
        lines(clocks.history(duplicate.getId())),
        "the duplicate's own cycles, the first one satisfied");

    TicketMerge merge =
        merges.merge(duplicate.getId(), version(duplicate), original.getReference(), lucie);

    assertTrue(clocks.history(duplicate.getId()).isEmpty(), "its history moved");
    assertFalse(clocks.of(duplicate.getId()).orElseThrow().isRunning());
    List<SlaEvent> moved = clocks.history(original.getId());
    assertEquals(
        List.of("STARTED 1", "STARTED 1", "SATISFIED 1", "STARTED 2", "STOPPED 2"),
        lines(moved),
        "the original's own line first, then the duplicate's, stopped by the merge, in order");
    assertEquals(
        List.of(original.getId(), duplicate.getId(), duplicate.getId(), duplicate.getId()),
        moved.stream().map(SlaEvent::getOriginTicketId).toList().subList(0, 4));
    assertTrue(moved.stream().allMatch(e -> e.getTicketId() == original.getId()));
    assertEquals(
        List.of(false, true, true, true, true), moved.stream().map(SlaEvent::isMergedIn).toList());
    assertEquals(Map.of(duplicate.getId(), duplicate.getReference()), clocks.mergedFrom(moved));
    assertEquals(4, merge.getMovedSlaEvents());
    assertEquals(
        4, merges.ofDuplicate(duplicate.getId()).orElseThrow().getMovedSlaEvents(), "on record");
    assertTrue(
        decisions.ofTicket(original.getId()).stream()
            .anyMatch(
                d ->
                    d.getOutcome() == Outcome.MERGED
                        && d.getDetail().contains("4 ligne(s) d'historique SLA")),
        "the merge's decision counts them");

    tickets.reply(original.getId(), version(original), lucie.getId(), "C'est corrigé.");

    List<SlaEvent> after = clocks.history(original.getId());
    assertEquals(
        List.of("STARTED 1", "SATISFIED 1", "STARTED 1", "SATISFIED 1", "STARTED 2", "STOPPED 2"),
        lines(after),
        "the original's cycle 1 is satisfied although the duplicate's cycle 1 was too");
    assertEquals(original.getId(), after.get(1).getOriginTicketId());
    assertEquals(SlaState.SATISFIED, clocks.of(original.getId()).orElseThrow().state());

    JsonObject shown = ticket(original.getReference());
    List<String> mergedFrom =
        shown.getJsonObject("sla").getJsonArray("events").stream()
            .map(e -> e.asJsonObject().getString("mergedFrom", "-"))
            .toList();
    assertEquals(
        List.of(
            "-",
            "-",
            duplicate.getReference(),
            duplicate.getReference(),
            duplicate.getReference(),
            duplicate.getReference()),
        mergedFrom,
        "the API names the request of each merged line, and only of those");
    assertTrue(
        ticket(duplicate.getReference()).getJsonObject("sla").getJsonArray("events").isEmpty(),
        "the duplicate points to the original, which holds its history");
  }

  private Ticket open(Customer customer, String subject, String body) {
    return opened.add(
        intake.receive(
            new NewRequest(
                customer.getId(),
                subject,
                TicketCategory.BUG,
                TicketChannel.PORTAL,
                body,
                Instant.now().truncatedTo(ChronoUnit.MILLIS))));
  }

  private static <T> List<Long> ids(List<T> rows, Function<T, Long> id) {
    return rows.stream().map(id).toList();
  }

  private long version(Ticket ticket) {
    return ticketReads.find(ticket.getId()).orElseThrow().getVersion();
  }

  /** "KIND cycle" for each line. */
  private static List<String> lines(List<SlaEvent> history) {
    return history.stream().map(e -> e.getKind() + " " + e.getCycle()).toList();
  }

  /** The ticket as the API shows it, with a read token of a supervisor made for the call. */
  /** {@code GET /api/tickets/{reference}}, held to the API's document ({@link ApiCallsChecked}). */
  private JsonObject ticket(String reference) throws Exception {
    Account nadia =
        accounts.openForStaff(
            "merge.sup." + unique + "." + mails++ + "@orthocab.fr",
            "Nadia",
            Role.SUPERVISOR,
            "x".toCharArray());
    String token =
        asSupervisor.call(() -> apiTokens.create("merge " + unique, ApiScope.READ, nadia.getId()));
    InContainerApiCalls api = new InContainerApiCalls(base);
    HttpResponse<String> response =
        api.send(
            api.request("/api/tickets/" + reference)
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
    assertEquals(200, response.statusCode(), response.body());
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private Customer customer() {
    LocalDate today = LocalDate.now();
    return customers.subscribed(Pack.FREE, today.minusDays(10), today.plusDays(300));
  }

  private Account agent() {
    return accounts.openForStaff(
        "merge." + unique + "@orthocab.fr", "Lucie", Role.AGENT, "x".toCharArray());
  }

  private Receipt receive(byte[] raw) {
    Receipt receipt = inboundMails.receive(raw);
    if (receipt.ticketId() != null && !opened.contains(receipt.ticketId())) {
      opened.add(ticketReads.find(receipt.ticketId()).orElseThrow());
    }
    return receipt;
  }

  private String deskMailAbout(Ticket ticket, Customer customer) {
    return outbox
        .add(
            new OutboxMessage(
                OutboxTopic.AGENT_REPLY,
                new Recipient(customer.getEmail(), null, Language.FR),
                ticket.getId(),
                "[" + ticket.getReference() + "] " + ticket.getSubject(),
                "Réponse",
                Instant.now()))
        .getMessageId();
  }

  private byte[] mail(String from, String subject, String inReplyTo, String body) {
    return raw(
        header(from, subject, inReplyTo)
            + "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
            + "Content-Transfer-Encoding: 8bit\n\n"
            + body
            + "\n");
  }

  private byte[] mailWithFile(String from, String subject, String body) {
    String boundary = "b-" + unique;
    byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
    return raw(
        header(from, subject, null)
            + "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\""
            + boundary
            + "\"\n\n--"
            + boundary
            + "\nContent-Type: text/plain; charset=UTF-8\n\n"
            + body
            + "\n--"
            + boundary
            + "\nContent-Type: image/png\nContent-Disposition: attachment; filename=\"capture.png\""
            + "\nContent-Transfer-Encoding: base64\n\n"
            + Base64.getMimeEncoder().encodeToString(png)
            + "\n--"
            + boundary
            + "--\n");
  }

  private String header(String from, String subject, String inReplyTo) {
    return "From: "
        + from
        + "\nTo: support@orthocab.fr\nSubject: "
        + subject
        + "\nMessage-ID: <merge-"
        + unique
        + "-"
        + mails++
        + "@mail.example.fr>\nDate: Thu, 26 Nov 2026 10:00:00 +0100\n"
        + (inReplyTo == null
            ? ""
            : "In-Reply-To: " + inReplyTo + "\nReferences: " + inReplyTo + "\n");
  }

  private static byte[] raw(String text) {
    return text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
  }
}
