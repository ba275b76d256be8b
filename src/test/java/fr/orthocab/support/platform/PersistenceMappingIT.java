package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.AccountStatus;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.answer.AnswerText;
import fr.orthocab.support.answer.CannedAnswer;
import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditEntry;
import fr.orthocab.support.audit.AuditEvent;
import fr.orthocab.support.billing.UnverifiedCalls;
import fr.orthocab.support.billing.WebhookSignature;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.duplicate.TicketMerge;
import fr.orthocab.support.faq.FaqArticle;
import fr.orthocab.support.faq.FaqCategory;
import fr.orthocab.support.faq.FaqDeflection;
import fr.orthocab.support.faq.FaqStatus;
import fr.orthocab.support.faq.FaqSuggestion;
import fr.orthocab.support.faq.FaqText;
import fr.orthocab.support.intake.IdentityConfirmation;
import fr.orthocab.support.mail.inbound.AttachmentLimits;
import fr.orthocab.support.mail.inbound.InboundAttachment;
import fr.orthocab.support.mail.inbound.InboundFailure;
import fr.orthocab.support.mail.inbound.InboundMail;
import fr.orthocab.support.mail.inbound.InboundMails;
import fr.orthocab.support.mail.inbound.InboundOutcome;
import fr.orthocab.support.mail.inbound.RefusedAttachment;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import fr.orthocab.support.mail.outbox.OutboxStatus;
import fr.orthocab.support.mail.outbox.OutboxTopic;
import fr.orthocab.support.mail.outbox.Recipient;
import fr.orthocab.support.notification.AgentNotification;
import fr.orthocab.support.notification.NotificationKind;
import fr.orthocab.support.notification.NotificationPreference;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.ClauseText;
import fr.orthocab.support.policy.ClauseTexts;
import fr.orthocab.support.policy.Decision;
import fr.orthocab.support.policy.Decisions;
import fr.orthocab.support.policy.Outcome;
import fr.orthocab.support.policy.PolicyVersion;
import fr.orthocab.support.policy.PolicyVersions;
import fr.orthocab.support.refusal.Refusal;
import fr.orthocab.support.refusal.Refusals;
import fr.orthocab.support.refusal.Suspension;
import fr.orthocab.support.screening.FlagKind;
import fr.orthocab.support.screening.TicketFlag;
import fr.orthocab.support.screening.TicketFlags;
import fr.orthocab.support.sla.ClosureDay;
import fr.orthocab.support.sla.ServiceLevel;
import fr.orthocab.support.sla.SlaClock;
import fr.orthocab.support.sla.SlaEvent;
import fr.orthocab.support.sla.SlaEventKind;
import fr.orthocab.support.sla.SlaState;
import fr.orthocab.support.sla.calendar.SlaPolicy;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.subscription.Subscription;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.ticket.AuthorKind;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Priority;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.TicketThreads;
import fr.orthocab.support.ticket.Tickets;
import fr.orthocab.support.ticket.Visibility;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every entity survives a round trip through the real database, as the changelogs shape it. */
@ExtendWith(ArquillianExtension.class)
class PersistenceMappingIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @PersistenceContext private EntityManager em;
  @Resource private UserTransaction tx;
  @Inject private InboundMails inboundMails;
  @Inject private Tickets tickets;
  @Inject private TicketReads ticketReads;
  @Inject private TicketThreads ticketThreads;
  @Inject private PolicyVersions policies;
  @Inject private Decisions decisions;
  @Inject private Refusals refusals;
  @Inject private ClauseTexts clauseTexts;
  @Inject private TicketFlags flags;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  private <T> T inTransaction(Callable<T> work) throws Exception {
    tx.begin();
    try {
      T result = work.call();
      tx.commit();
      return result;
    } catch (Exception e) {
      tx.rollback();
      throw e;
    }
  }

  private Customer newCustomer(String email) {
    Customer customer = new Customer("Martin", "Claire", email, Language.EN, now);
    em.persist(customer);
    return customer;
  }

  @Test
  void customersPacksSubscriptionsAndAccountsRoundTrip() throws Exception {
    Long[] ids =
        inTransaction(
            () -> {
              Customer customer = newCustomer("Claire." + unique + "@Example.fr");
              Pack pack = new Pack("P" + unique, "Pack essai", "Trial pack", true, false);
              em.persist(pack);
              Subscription subscription =
                  new Subscription(
                      customer, pack, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
              subscription.cancel(now);
              em.persist(subscription);
              Account account = Account.forCustomer(customer, "hash-" + unique);
              em.persist(account);
              return new Long[] {
                customer.getId(), pack.getId(), subscription.getId(), account.getId()
              };
            });
    em.clear();

    Customer customer = em.find(Customer.class, ids[0]);
    assertEquals("Claire." + unique + "@Example.fr", customer.getEmail());
    assertEquals(Language.EN, customer.getLanguage());
    assertEquals(now, customer.getCreatedAt());

    Pack pack = em.find(Pack.class, ids[1]);
    assertEquals("Trial pack", pack.getNameEn());
    assertTrue(pack.isPaid());

    Subscription subscription = em.find(Subscription.class, ids[2]);
    assertEquals(LocalDate.of(2026, 12, 31), subscription.getPeriodEnd());
    assertEquals(now, subscription.getCancelledAt());
    assertEquals(ids[0], subscription.getCustomer().getId());

    Account account = em.find(Account.class, ids[3]);
    assertEquals(Role.CUSTOMER, account.getRole());
    assertEquals(ids[0], account.getCustomer().getId());
    assertTrue(account.isEnabled());
    assertEquals(AccountStatus.ACTIVE, account.getStatus());
  }

  @Test
  void auditEntriesRoundTripAndAreNeverRewritten() throws Exception {
    Long id =
        inTransaction(
            () -> {
              AuditEntry entry =
                  new AuditEntry(
                      new AuditEvent(
                          AuditAction.TICKET_STATUS_CHANGED,
                          42L,
                          "Lucie Moreau <lucie." + unique + "@orthocab.fr>",
                          // no real ticket has a negative id: its history must not show this entry
                          -1042L,
                          7L,
                          "OPEN → RESOLVED",
                          "2001:db8::1"),
                      now);
              em.persist(entry);
              return entry.getId();
            });
    em.clear();
    AuditEntry entry = em.find(AuditEntry.class, id);
    assertEquals(now, entry.getOccurredAt());
    assertEquals(AuditAction.TICKET_STATUS_CHANGED, entry.getAction());
    assertEquals(42L, entry.getActorAccountId());
    assertEquals("Lucie Moreau <lucie." + unique + "@orthocab.fr>", entry.getActor());
    assertEquals(-1042L, entry.getTicketId());
    assertEquals(7L, entry.getCustomerId());
    assertEquals("OPEN → RESOLVED", entry.getDetail());
    assertEquals("2001:db8::1", entry.getClientAddress());

    assertThrows(
        Exception.class,
        () ->
            inTransaction(
                () -> {
                  em.remove(em.find(AuditEntry.class, id));
                  return null;
                }));
    em.clear();
    assertEquals("OPEN → RESOLVED", em.find(AuditEntry.class, id).getDetail(), "still there");
  }

  @Test
  void loginEmailsAreUniqueWhateverTheirCase() throws Exception {
    inTransaction(() -> newCustomer("dup." + unique + "@example.fr"));
    assertThrows(
        Exception.class, () -> inTransaction(() -> newCustomer("DUP." + unique + "@Example.FR")));
  }

  @Test
  void ticketMergesRoundTripAndAMergedTicketPointsToItsOriginal() throws Exception {
    Long customerId = inTransaction(() -> newCustomer("m." + unique + "@example.fr").getId());
    NewRequest request =
        new NewRequest(customerId, "Fusion", TicketCategory.OTHER, TicketChannel.API, "Texte", now);
    String notions = "v1 --a fusion text " + "x".repeat(3981);
    Ticket original = tickets.open(request, Priority.NORMAL, TicketStatus.OPEN, notions);
    Ticket duplicate = tickets.open(request, Priority.NORMAL, TicketStatus.OPEN, null);
    tickets.merge(duplicate.getId(), duplicate.getVersion(), original.getId());
    Long mergeId =
        inTransaction(
            () -> {
              TicketMerge merge =
                  new TicketMerge(
                      em.find(Ticket.class, duplicate.getId()),
                      em.find(Ticket.class, original.getId()),
                      "Agent Test",
                      now,
                      1,
                      2,
                      3,
                      4,
                      5);
              em.persist(merge);
              return merge.getId();
            });
    em.clear();

    TicketMerge merge = em.find(TicketMerge.class, mergeId);
    assertEquals(duplicate.getId(), merge.getDuplicate().getId());
    assertEquals(original.getId(), merge.getOriginal().getId());
    assertEquals("Agent Test", merge.getMergedBy());
    assertEquals(now, merge.getMergedAt());
    assertEquals(
        List.of(1, 2, 3, 4, 5),
        List.of(
            merge.getMovedMessages(),
            merge.getMovedDecisions(),
            merge.getMovedFlags(),
            merge.getMovedMails(),
            merge.getMovedSlaEvents()));
    Ticket merged = em.find(Ticket.class, duplicate.getId());
    assertEquals(TicketStatus.MERGED, merged.getStatus());
    assertEquals(original.getId(), merged.getMergedInto().getId());
    assertNull(merged.getRequestNotions(), "written before notions were kept");
    Ticket latest = ticketReads.find(original.getId()).orElseThrow();
    assertEquals(notions, latest.getRequestNotions(), "the column's full length, merge or not");
    tickets.changeStatus(latest.getId(), latest.getVersion(), TicketStatus.CLOSED);
  }

  @Test
  void ticketFlagsRoundTripAndAreClearedOnce() throws Exception {
    Long customerId = inTransaction(() -> newCustomer("f." + unique + "@example.fr").getId());
    Ticket ticket =
        tickets.open(
            new NewRequest(
                customerId,
                "Signalement",
                TicketCategory.OTHER,
                TicketChannel.API,
                "Texte du message",
                now),
            Priority.NORMAL,
            TicketStatus.OPEN,
            null);
    Message message = ticketThreads.request(ticket.getId());
    flags.raise(ticket, message, FlagKind.OFFENSIVE_LANGUAGE, "m3rde", "rule:Test", now);
    em.clear();

    TicketFlag flag = flags.ofTicket(ticket.getId()).get(0);
    assertEquals(FlagKind.OFFENSIVE_LANGUAGE, flag.getKind());
    assertEquals("m3rde", flag.getDetail());
    assertEquals("rule:Test", flag.getRaisedBy());
    assertEquals(now, flag.getRaisedAt());
    assertEquals("Texte du message", flag.getMessage().getBody());
    assertNull(flag.getClearedAt());

    flags.clear(flag.getId(), flag.getVersion(), "Agent Test");
    em.clear();
    TicketFlag cleared = flags.ofTicket(ticket.getId()).get(0);
    assertTrue(cleared.isCleared());
    assertEquals("Agent Test", cleared.getClearedBy());
    assertThrows(
        Exception.class, () -> flags.clear(cleared.getId(), cleared.getVersion(), "Quelqu'un"));
    assertTrue(
        decisions.ofTicket(ticket.getId()).stream()
            .anyMatch(
                d -> d.getClause() == Clause.REFUSE_LANGUAGE && d.getOutcome() == Outcome.CLEARED));
    Ticket latest = ticketReads.find(ticket.getId()).orElseThrow();
    tickets.changeStatus(latest.getId(), latest.getVersion(), TicketStatus.CLOSED);
  }

  @Test
  void ticketsAndMessagesRoundTrip() throws Exception {
    Long customerId = inTransaction(() -> newCustomer("t." + unique + "@example.fr").getId());
    Ticket opened =
        tickets.open(
            new NewRequest(
                customerId,
                "Sujet accentué : éèà",
                TicketCategory.FEATURE_QUESTION,
                TicketChannel.API,
                "Première ligne\nDeuxième ligne",
                now),
            Priority.NORMAL,
            TicketStatus.OPEN,
            null);
    em.clear();

    Ticket ticket = em.find(Ticket.class, opened.getId());
    assertEquals("OC-" + opened.getId(), ticket.getReference());
    assertEquals("Sujet accentué : éèà", ticket.getSubject());
    assertEquals(TicketCategory.FEATURE_QUESTION, ticket.getCategory());
    assertEquals(TicketChannel.API, ticket.getChannel());
    assertEquals(TicketStatus.OPEN, ticket.getStatus());
    assertEquals(Priority.NORMAL, ticket.getPriority());
    assertEquals(now, ticket.getReceivedAt());
    assertEquals(now, ticket.getAwaitingReplySince());
    assertTrue(ticket.getVersion() >= 1);

    Message message = ticketThreads.fullThread(ticket.getId()).get(0);
    assertEquals("Première ligne\nDeuxième ligne", message.getBody());
    assertEquals(AuthorKind.CUSTOMER, message.getAuthorKind());
    assertEquals(Visibility.PUBLIC, message.getVisibility());
    assertEquals("Claire Martin", message.getAuthorName());
    assertEquals(now, message.getCreatedAt());

    decisions.record(ticket, Clause.SCOPE_PRIORITY, Outcome.ACCEPTED, "rule:Test", now, "détail");
    em.clear();
    Decision decision = decisions.ofTicket(ticket.getId()).get(0);
    assertEquals(Clause.SCOPE_PRIORITY, decision.getClause());
    assertEquals(Outcome.ACCEPTED, decision.getOutcome());
    assertEquals("1", decision.getPolicyLabel());
    assertEquals("rule:Test", decision.getDecidedBy());
    assertEquals(now, decision.getDecidedAt());
    assertEquals("détail", decision.getDetail());

    Account agent =
        inTransaction(
            () -> {
              Account staff =
                  Account.forStaff("agent." + unique + "@orthocab.fr", "Agent", "h", Role.AGENT);
              em.persist(staff);
              return staff;
            });
    long version = ticketReads.find(ticket.getId()).orElseThrow().getVersion();
    refusals.refuse(ticket.getId(), version, agent, Clause.REFUSE_SPAM, "Trop de tickets.");
    em.clear();
    Refusal refusal = refusals.ofTicket(ticket.getId()).get(0);
    assertEquals(Clause.REFUSE_SPAM, refusal.getClause());
    assertEquals("Trop de tickets.", refusal.getExplanation());
    assertEquals("1", refusal.getPolicyVersion().getLabel());
    assertEquals(agent.getId(), refusal.getDecidedBy().getId());
    assertEquals(TicketStatus.REFUSED, ticketReads.find(ticket.getId()).orElseThrow().getStatus());
  }

  @Test
  void policyVersionsRoundTripAndVersionOneIsSeeded() throws Exception {
    PolicyVersion v1 = policies.inForceAt(Instant.parse("2021-01-01T12:00:00Z")).orElseThrow();
    assertEquals("1", v1.getLabel());
    assertEquals(LocalDate.of(2020, 5, 21), v1.getEffectiveFrom());
    assertTrue(v1.getTextFr().startsWith("La politique de support"));
    assertTrue(v1.getTextFr().contains("Pack Télésoin ORTHOCAB"));
    assertTrue(v1.text(Language.EN).contains("Zoom"));
    assertTrue(policies.inForceAt(Instant.parse("2020-05-20T12:00:00Z")).isEmpty());

    LocalDate farFuture = LocalDate.of(2900, 1, 1).plusDays(Math.abs(unique.hashCode() % 30000));
    Long id =
        inTransaction(
            () -> {
              PolicyVersion version = new PolicyVersion("test-" + unique, farFuture, "Texte", null);
              em.persist(version);
              return version.getId();
            });
    em.clear();
    PolicyVersion reloaded = em.find(PolicyVersion.class, id);
    assertEquals(farFuture, reloaded.getEffectiveFrom());
    assertEquals("Texte", reloaded.text(Language.EN));
  }

  @Test
  void suspensionsRoundTrip() throws Exception {
    Instant until = now.plus(Duration.ofDays(3));
    Long[] ids =
        inTransaction(
            () -> {
              Customer customer = newCustomer("s." + unique + "@example.fr");
              Account nadia =
                  Account.forStaff("sup." + unique + "@orthocab.fr", "Nadia", "h", Role.SUPERVISOR);
              em.persist(nadia);
              Suspension suspension =
                  new Suspension(
                      customer,
                      Clause.REFUSE_LANGUAGE,
                      now,
                      until,
                      "Propos grossiers répétés.",
                      policies.inForceAt(now).orElseThrow(),
                      nadia,
                      now);
              em.persist(suspension);
              return new Long[] {suspension.getId(), customer.getId(), nadia.getId()};
            });
    em.clear();

    Suspension suspension = em.find(Suspension.class, ids[0]);
    assertEquals(ids[1], suspension.getCustomer().getId());
    assertEquals(Clause.REFUSE_LANGUAGE, suspension.getClause());
    assertEquals(now, suspension.getStartsAt());
    assertEquals(until, suspension.getEndsAt());
    assertEquals("Propos grossiers répétés.", suspension.getExplanation());
    assertEquals("1", suspension.getPolicyVersion().getLabel());
    assertEquals(ids[2], suspension.getDecidedBy().getId());
    assertEquals(now, suspension.getDecidedAt());
    assertNull(suspension.getEndedAt());
    assertNull(suspension.getEndedBy());
  }

  @Test
  void clauseTextsAndPublishersRoundTripAndVersionOneWordsEveryClause() throws Exception {
    PolicyVersion v1 = policies.inForceAt(Instant.parse("2021-01-01T12:00:00Z")).orElseThrow();
    assertEquals("Orthocab", v1.getPublishedBy());
    Map<Clause, ClauseText> seeded = clauseTexts.of(v1);
    for (Clause clause : Clause.values()) {
      ClauseText text = seeded.get(clause);
      assertTrue(text != null && !text.getTextFr().isBlank(), clause + " in French");
      assertTrue(text.getTextEn() != null && !text.getTextEn().isBlank(), clause + " in English");
    }
    assertTrue(seeded.get(Clause.REFUSE_DISRESPECT).getTextFr().contains("envers ses agents"));

    LocalDate farFuture = LocalDate.of(2900, 1, 1).plusDays(Math.abs(unique.hashCode() % 30000));
    Long[] ids =
        inTransaction(
            () -> {
              PolicyVersion version =
                  new PolicyVersion("pub-" + unique, farFuture, "Texte", "", "Nadia", now);
              em.persist(version);
              ClauseText text = new ClauseText(version, Clause.ID_INFO, " Indiquez-les. ", null);
              em.persist(text);
              return new Long[] {version.getId(), text.getId()};
            });
    em.clear();
    PolicyVersion version = em.find(PolicyVersion.class, ids[0]);
    assertEquals("Nadia", version.getPublishedBy());
    assertEquals(now, version.getPublishedAt());
    assertNull(version.getTextEn(), "a blank translation is no translation");
    ClauseText text = em.find(ClauseText.class, ids[1]);
    assertEquals(Clause.ID_INFO, text.getClause());
    assertEquals("Indiquez-les.", text.text(Language.EN));
    assertNull(text.getTextEn());
    assertEquals(ids[0], text.getPolicyVersion().getId());
    assertThrows(
        Exception.class,
        () ->
            inTransaction(
                () -> {
                  PolicyVersion same = em.find(PolicyVersion.class, ids[0]);
                  em.persist(new ClauseText(same, Clause.ID_INFO, "Doublon", null));
                  em.flush();
                  return null;
                }));
  }

  @Test
  void slaCalendarPoliciesClocksEventsAndOutboxRoundTrip() throws Exception {
    LocalDate closed = LocalDate.of(2040, 1, 2 + Math.floorMod(unique.hashCode(), 25));
    Long customerId = inTransaction(() -> newCustomer("sla." + unique + "@example.fr").getId());
    Ticket ticket =
        tickets.open(
            new NewRequest(customerId, "Horloge", TicketCategory.BUG, TicketChannel.API, "?", now),
            Priority.NORMAL,
            TicketStatus.OPEN,
            null);
    Long[] ids =
        inTransaction(
            () -> {
              Account nadia =
                  Account.forStaff("sla." + unique + "@orthocab.fr", "Nadia", "h", Role.SUPERVISOR);
              em.persist(nadia);
              em.persist(new ClosureDay(closed, "Pont de test", nadia, now));
              Pack pack = new Pack("S" + unique, "Pack SLA", "SLA pack", true, true);
              em.persist(pack);
              ServiceLevel level =
                  new ServiceLevel(
                      pack,
                      new SlaPolicy(Duration.ofMinutes(90), 3, 0.5, Duration.ofMinutes(60)),
                      nadia,
                      now);
              em.persist(level);
              em.persist(
                  new OutboxMessage(
                      OutboxTopic.SLA_DEADLINE_BREACHED,
                      new Recipient("sla." + unique + "@orthocab.fr", nadia.getId(), Language.FR),
                      ticket.getId(),
                      "Sujet é",
                      "Corps « accentué »",
                      now));
              return new Long[] {ticket.getId(), level.getId(), nadia.getId()};
            });
    em.clear();

    ClosureDay day = em.find(ClosureDay.class, closed);
    assertEquals("Pont de test", day.getLabel());
    assertEquals(ids[2], day.getAddedBy().getId());
    ServiceLevel level = em.find(ServiceLevel.class, ids[1]);
    assertEquals(Duration.ofMinutes(90), level.policy().objective());
    assertEquals(3, level.policy().deadlineDays());
    assertEquals(0.5, level.policy().warningRatio());
    assertEquals(Duration.ofMinutes(60), level.policy().warningBeforeDeadline());
    SlaClock clock = em.find(SlaClock.class, ids[0]);
    assertNull(clock.getPolicy().getPack(), "no subscription: the default policy");
    assertTrue(clock.isRunning());
    assertEquals(SlaState.RUNNING, clock.state());
    assertEquals(now, clock.getStartedAt());
    assertTrue(clock.getObjectiveDueAt().isAfter(now));
    Instant firstWarning =
        clock.getObjectiveWarningAt().isBefore(clock.getDeadlineWarningAt())
            ? clock.getObjectiveWarningAt()
            : clock.getDeadlineWarningAt();
    assertEquals(firstWarning, clock.getNextDueAt(), "the sweep looks next at the first warning");
    SlaEvent started =
        em.createQuery("select e from SlaEvent e where e.ticketId = :t", SlaEvent.class)
            .setParameter("t", ids[0])
            .getSingleResult();
    assertEquals(SlaEventKind.STARTED, started.getKind());
    assertEquals(1, started.getCycle());
    assertEquals(ids[0], started.getOriginTicketId(), "recorded by the ticket's own clock");
    assertFalse(started.isMergedIn());
    assertEquals(now, started.getOccurredAt());
    assertEquals(clock.getDeadlineDueAt(), started.getDeadlineDueAt());
    assertEquals(clock.getPolicy().getId(), started.getPolicy().getId());
    OutboxMessage message =
        em.createQuery("select m from OutboxMessage m where m.ticketId = :t", OutboxMessage.class)
            .setParameter("t", ids[0])
            .getSingleResult();
    assertEquals("Corps « accentué »", message.getBody());
    assertEquals(OutboxStatus.PENDING, message.getStatus());
    assertEquals(now, message.getNextAttemptAt());
    assertEquals(
        5L,
        em.createQuery("select count(o) from WeeklyOpening o", Long.class).getSingleResult(),
        "Monday to Friday seeded");
    inTransaction(
        () -> {
          em.remove(em.find(ClosureDay.class, closed));
          return null;
        });
  }

  @Test
  void inboundMailsAndTheirAttachmentsRoundTrip() throws Exception {
    Long customerId = inTransaction(() -> newCustomer("in." + unique + "@example.fr").getId());
    Ticket ticket =
        tickets.open(
            new NewRequest(
                customerId, "Mail", TicketCategory.OTHER, TicketChannel.EMAIL, "Texte", now),
            Priority.NORMAL,
            TicketStatus.OPEN,
            null);
    long messageId = ticketThreads.request(ticket.getId()).getId();
    byte[] bytes = {0, 1, 2, (byte) 0xff};
    String header = "Subject: é\nX-Long: " + "x".repeat(5000);
    Long[] ids =
        inTransaction(
            () -> {
              InboundMail mail =
                  new InboundMail(
                      "<" + unique + "@example.fr>",
                      now,
                      "in." + unique + "@example.fr",
                      "Sujet « accentué »",
                      header,
                      "Texte original\n> cité\n" + "y".repeat(30_000));
              em.persist(mail);
              mail.handled(InboundOutcome.FOLLOW_UP, ticket.getId(), messageId, "Texte", "détail");
              em.flush();
              InboundAttachment file =
                  new InboundAttachment(mail.getId(), messageId, "a.png", "image/png", bytes);
              em.persist(file);
              RefusedAttachment refused =
                  new RefusedAttachment(
                      mail.getId(),
                      messageId,
                      "page é.html",
                      "text/html; " + "x".repeat(300),
                      12_345_678L,
                      AttachmentLimits.Refusal.TYPE);
              em.persist(refused);
              return new Long[] {mail.getId(), file.getId(), refused.getId()};
            });
    em.clear();

    InboundMail mail = em.find(InboundMail.class, ids[0]);
    assertEquals("<" + unique + "@example.fr>", mail.getMessageId());
    assertEquals(now, mail.getReceivedAt());
    assertEquals("Sujet « accentué »", mail.getSubject());
    assertEquals(header, mail.getOriginalHeaders());
    assertEquals(30_000 + "Texte original\n> cité\n".length(), mail.getOriginalText().length());
    assertEquals(InboundOutcome.FOLLOW_UP, mail.getOutcome());
    assertEquals(ticket.getId(), mail.getTicketId());
    assertEquals(messageId, mail.getMessageRowId());
    assertEquals("Texte", mail.getStoredText());
    assertEquals("détail", mail.getDetail());
    InboundAttachment file = em.find(InboundAttachment.class, ids[1]);
    assertEquals("a.png", file.getFile().getFileName());
    assertEquals(4, file.getFile().getSizeBytes());
    assertEquals(ids[0], file.getFile().getInboundMailId());
    assertEquals(messageId, file.getFile().getMessageRowId());
    assertArrayEquals(bytes, file.getContent());
    RefusedAttachment refused = em.find(RefusedAttachment.class, ids[2]);
    assertEquals("page é.html", refused.getFile().getFileName());
    assertEquals(255, refused.getFile().getContentType().length(), "clipped to the column");
    assertEquals(12_345_678L, refused.getFile().getSizeBytes());
    assertEquals(AttachmentLimits.Refusal.TYPE, refused.getReason());
    assertEquals(ids[0], refused.getFile().getInboundMailId());
    assertEquals(messageId, refused.getFile().getMessageRowId());
  }

  @Test
  void identityConfirmationsRoundTripWithOneTokenHashEach() throws Exception {
    Long customerId = inTransaction(() -> newCustomer("ic." + unique + "@example.fr").getId());
    Ticket ticket =
        tickets.open(
            new NewRequest(
                customerId, "Accès", TicketCategory.OTHER, TicketChannel.EMAIL, "Texte", now),
            Priority.NORMAL,
            TicketStatus.OPEN,
            null);
    String hash = "a".repeat(56) + unique;
    Long id =
        inTransaction(
            () -> {
              IdentityConfirmation confirmation =
                  new IdentityConfirmation(
                      em.find(Ticket.class, ticket.getId()),
                      em.find(Customer.class, customerId),
                      "email:autre." + unique + "@example.org",
                      hash,
                      now,
                      now.plus(Duration.ofDays(7)));
              em.persist(confirmation);
              return confirmation.getId();
            });
    em.clear();

    IdentityConfirmation read = em.find(IdentityConfirmation.class, id);
    assertEquals(ticket.getId(), read.getTicket().getId());
    assertEquals(customerId, read.getCustomer().getId());
    assertEquals("email:autre." + unique + "@example.org", read.getGivenBy());
    assertEquals(hash, read.getTokenHash());
    assertEquals(now, read.getCreatedAt());
    assertEquals(now.plus(Duration.ofDays(7)), read.getExpiresAt());
    assertNull(read.getConfirmedAt());
    assertThrows(
        Exception.class,
        () ->
            inTransaction(
                () -> {
                  em.persist(
                      new IdentityConfirmation(
                          em.find(Ticket.class, ticket.getId()),
                          em.find(Customer.class, customerId),
                          "email:x@example.org",
                          hash,
                          now,
                          now.plus(Duration.ofDays(1))));
                  return null;
                }),
        "a token hash is unique");
  }

  @Test
  void inboundFailuresRoundTrip() {
    String id = "<failing-" + unique + "@example.fr>";
    inboundMails.failedToReceive(id, "first");
    inboundMails.failedToReceive(id, "é".repeat(3000));
    em.clear();

    InboundFailure failure = em.find(InboundFailure.class, id);
    assertEquals(2, failure.getAttempts());
    assertEquals(1999, failure.getLastError().length(), "clipped to the column");
    assertFalse(failure.getLastFailedAt().isBefore(failure.getFirstFailedAt()));
  }

  @Test
  void faqArticlesSuggestionsAndDeflectionsRoundTrip() throws Exception {
    Long[] ids =
        inTransaction(
            () -> {
              Customer customer = newCustomer("faq." + unique + "@example.fr");
              FaqArticle article =
                  new FaqArticle(
                      new FaqText(
                          FaqCategory.AGENDA,
                          " Titre " + unique,
                          "<p>Corps « accentué »</p><script>x()</script>",
                          "Title",
                          "<p>Body</p>"),
                      "Nadia",
                      now);
              article.publish("Nadia", now);
              em.persist(article);
              FaqSuggestion shown = new FaqSuggestion(customer.getId(), now);
              em.persist(shown);
              FaqDeflection deflection = new FaqDeflection(article.getId(), customer.getId(), now);
              em.persist(deflection);
              return new Long[] {
                article.getId(), shown.getId(), deflection.getId(), customer.getId()
              };
            });
    em.clear();

    FaqArticle article = em.find(FaqArticle.class, ids[0]);
    assertEquals(FaqCategory.AGENDA, article.getCategory());
    assertEquals(FaqStatus.PUBLISHED, article.getStatus());
    assertEquals("Titre " + unique, article.getTitleFr());
    assertEquals("<p>Corps « accentué »</p>", article.getBodyFr());
    assertEquals("Title", article.getTitleEn());
    assertEquals("<p>Body</p>", article.getBodyEn());
    assertEquals("Nadia", article.getCreatedBy());
    assertEquals(now, article.getCreatedAt());
    assertEquals(now, article.getUpdatedAt());
    FaqSuggestion shown = em.find(FaqSuggestion.class, ids[1]);
    assertEquals(ids[3], shown.getCustomerId());
    assertEquals(now, shown.getShownAt());
    FaqDeflection deflection = em.find(FaqDeflection.class, ids[2]);
    assertEquals(ids[0], deflection.getArticleId());
    assertEquals(ids[3], deflection.getCustomerId());
    assertEquals(now, deflection.getDeflectedAt());
  }

  @Test
  void unverifiedWebhookCallsAreCountedOneRowPerVerdict() throws Exception {
    for (WebhookSignature.Verdict verdict : WebhookSignature.Verdict.values()) {
      UnverifiedCalls seeded = em.find(UnverifiedCalls.class, verdict);
      if (verdict == WebhookSignature.Verdict.VALID) {
        assertNull(seeded, "valid calls are logged, not counted");
      } else {
        assertEquals(verdict, seeded.getSignature(), "seeded by the changeset");
      }
    }
    // a verdict the changeset did not know gets its row on its first call: as if MISMATCH were new
    tx.begin();
    try {
      em.createQuery("delete from UnverifiedCalls c where c.signature = :v")
          .setParameter("v", WebhookSignature.Verdict.MISMATCH)
          .executeUpdate();
      em.persist(new UnverifiedCalls(WebhookSignature.Verdict.MISMATCH, now, 401));
      em.flush();
      em.clear();
      UnverifiedCalls first = em.find(UnverifiedCalls.class, WebhookSignature.Verdict.MISMATCH);
      assertEquals(1, first.getCalls());
      assertEquals(now, first.getLastReceivedAt());
      assertEquals(401, first.getLastHttpStatus());
    } finally {
      tx.rollback();
    }
  }

  @Test
  void agentNotificationsAndTheirMailPreferenceRoundTrip() throws Exception {
    Long customerId = inTransaction(() -> newCustomer("n." + unique + "@example.fr").getId());
    Ticket ticket =
        tickets.open(
            new NewRequest(
                customerId, "Notification", TicketCategory.OTHER, TicketChannel.API, "Texte", now),
            Priority.NORMAL,
            TicketStatus.OPEN,
            null);
    long id =
        inTransaction(
            () -> {
              Account staff =
                  Account.forStaff("notified." + unique + "@orthocab.fr", "N", "h", Role.AGENT);
              em.persist(staff);
              em.persist(new NotificationPreference(staff.getId(), true));
              AgentNotification told =
                  new AgentNotification(
                      staff,
                      NotificationKind.MENTIONED,
                      em.find(Ticket.class, ticket.getId()),
                      "Lucie Moreau",
                      now);
              em.persist(told);
              return told.getId();
            });
    em.clear();
    AgentNotification told = em.find(AgentNotification.class, id);
    assertEquals(NotificationKind.MENTIONED, told.getKind());
    assertEquals(ticket.getId(), told.getTicket().getId());
    assertEquals("Lucie Moreau", told.getActor());
    assertEquals(now, told.getCreatedAt());
    assertFalse(told.isRead());
    assertTrue(em.find(NotificationPreference.class, told.getRecipient().getId()).isByMail());
  }

  @Test
  void cannedAnswersRoundTrip() throws Exception {
    long id =
        inTransaction(
            () -> {
              CannedAnswer answer =
                  new CannedAnswer(
                      new AnswerText(
                          "Titre " + unique,
                          TicketCategory.BUG,
                          Clause.EXT_PRODUCTS,
                          "Bonjour {prénom}",
                          "Hello {first_name}",
                          TicketStatus.WAITING_ON_CUSTOMER,
                          "Note"),
                      "Nadia",
                      now);
              em.persist(answer);
              return answer.getId();
            });
    em.clear();
    CannedAnswer answer = em.find(CannedAnswer.class, id);
    assertEquals("Titre " + unique, answer.getTitle());
    assertEquals(TicketCategory.BUG, answer.getCategory());
    assertEquals(Clause.EXT_PRODUCTS, answer.getClause());
    assertEquals("Bonjour {prénom}", answer.getBodyFr());
    assertEquals("Hello {first_name}", answer.getBodyEn());
    assertEquals(TicketStatus.WAITING_ON_CUSTOMER, answer.getStatusAfter());
    assertEquals("Note", answer.getInternalNote());
    assertFalse(answer.isWithdrawn());
    assertEquals(now, answer.getUpdatedAt());
    assertTrue(id < 1 || id > 10, "past the seeded answers' ids");
  }
}
