package fr.orthocab.support.satisfaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.mail.outbox.Outbox;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import fr.orthocab.support.mail.outbox.OutboxTopic;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.subscription.Subscriptions;
import fr.orthocab.support.testing.AsSupervisor;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.Tickets;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Satisfaction on the real database: the mail, its single-use link, the portal, the report. */
@ExtendWith(ArquillianExtension.class)
class SatisfactionIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Inject private Satisfactions satisfactions;
  @Inject private SatisfactionReports reports;
  @Inject private Tickets tickets;
  @Inject private TicketReads reads;
  @Inject private Intake intake;
  @Inject private Customers customers;
  @Inject private Subscriptions subscriptions;
  @Inject private Outbox outbox;
  @Inject private AsSupervisor asSupervisor;
  @PersistenceContext private EntityManager em;
  @Resource private UserTransaction tx;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final OpenedTickets opened = new OpenedTickets();
  private int registered;

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  private Customer customer() {
    Customer customer =
        customers.register(
            new Customer(
                "Note",
                "Test",
                "s" + registered++ + "." + unique + "@example.fr",
                Language.FR,
                Instant.now()));
    LocalDate today = LocalDate.now();
    subscriptions.subscribe(customer, Pack.FREE, today.minusDays(30), today.plusDays(300));
    return customer;
  }

  private Ticket open(Customer customer) {
    return opened.add(
        intake.receive(
            new NewRequest(
                customer.getId(),
                "Agenda " + unique,
                TicketCategory.BUG,
                TicketChannel.PORTAL,
                "Mon agenda ne s'affiche plus.",
                Instant.now())));
  }

  private Ticket resolve(Ticket ticket) {
    Ticket current = reads.find(ticket.getId()).orElseThrow();
    return tickets.changeStatus(current.getId(), current.getVersion(), TicketStatus.RESOLVED);
  }

  private OutboxMessage satisfactionMail(long ticketId) throws Exception {
    List<OutboxMessage> mails =
        asSupervisor.call(() -> outbox.about(ticketId)).stream()
            .filter(m -> m.getTopic() == OutboxTopic.SATISFACTION_REQUEST)
            .toList();
    assertEquals(1, mails.size(), "one satisfaction mail");
    return mails.get(0);
  }

  /** The token the mail carries when it leaves, as the outbox's sending makes it. */
  private String tokenOf(OutboxMessage mail) {
    String link = satisfactions.issue(mail.getPersonalLink());
    return link.substring(link.indexOf("token=") + "token=".length());
  }

  @Test
  void resolvingAsksTheCustomerByMailAndTheOutboxHoldsNoWorkingLink() throws Exception {
    Ticket ticket = resolve(open(customer()));

    OutboxMessage mail = satisfactionMail(ticket.getId());

    assertTrue(mail.getPersonalLink().startsWith("satisfaction-link:"), mail.getPersonalLink());
    assertTrue(mail.getBody().contains(OutboxMessage.LINK_MARK + "&vote=GOOD"), mail.getBody());
    assertTrue(mail.getBody().contains(OutboxMessage.LINK_MARK + "&vote=BAD"), mail.getBody());
    assertTrue(mail.getBody().contains("Oui, cela m'a aidé"), mail.getBody());
    assertFalse(mail.getBody().contains("token="), "no token is kept in the outbox");
    String link = satisfactions.issue(mail.getPersonalLink());
    assertTrue(link.contains("/satisfaction.xhtml?token="), link);
    assertTrue(mail.bodyWithLink(link).contains(link + "&vote=GOOD"));
  }

  @Test
  void aLinkRecordsOneAnswerOnceWithoutLoginAndTakesAComment() throws Exception {
    Ticket ticket = resolve(open(customer()));
    String token = tokenOf(satisfactionMail(ticket.getId()));
    assertEquals(SatisfactionLink.State.USABLE, satisfactions.stateOf(token).orElseThrow());

    SatisfactionRating rating = satisfactions.rateByLink(token, Rating.GOOD).orElseThrow();
    satisfactions.comment(rating.getId(), "Réponse claire, merci.");

    assertTrue(satisfactions.rateByLink(token, Rating.BAD).isEmpty(), "used once");
    assertEquals(SatisfactionLink.State.USED, satisfactions.stateOf(token).orElseThrow());
    SatisfactionRating kept = satisfactions.ofTicket(ticket.getId()).orElseThrow();
    assertEquals(Rating.GOOD, kept.getRating());
    assertEquals(RatedVia.MAIL, kept.getRatedVia());
    assertEquals("Réponse claire, merci.", kept.getComment());
    assertEquals(Pack.FREE, kept.getPackCode());
  }

  @Test
  void aForgedOrReplacedTokenRecordsNothing() throws Exception {
    Ticket ticket = resolve(open(customer()));
    OutboxMessage mail = satisfactionMail(ticket.getId());
    String first = tokenOf(mail);
    String second = tokenOf(mail);

    assertTrue(satisfactions.rateByLink(first + "x", Rating.GOOD).isEmpty(), "forged");
    assertTrue(satisfactions.stateOf("not-a-token").isEmpty());
    assertTrue(satisfactions.rateByLink(first, Rating.GOOD).isEmpty(), "replaced by a resend");
    assertTrue(satisfactions.ofTicket(ticket.getId()).isEmpty());
    assertTrue(satisfactions.rateByLink(second, Rating.BAD).isPresent());
  }

  @Test
  void aLinkOlderThanThirtyDaysRecordsNothing() throws Exception {
    Ticket ticket = resolve(open(customer()));
    String token = tokenOf(satisfactionMail(ticket.getId()));
    tx.begin();
    em.createNativeQuery("update satisfaction_link set issued_at = ? where ticket_id = ?")
        .setParameter(1, java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(31))))
        .setParameter(2, ticket.getId())
        .executeUpdate();
    tx.commit();

    assertEquals(SatisfactionLink.State.EXPIRED, satisfactions.stateOf(token).orElseThrow());
    assertTrue(satisfactions.rateByLink(token, Rating.GOOD).isEmpty());
    assertTrue(satisfactions.ofTicket(ticket.getId()).isEmpty());
  }

  @Test
  void onThePortalTheLatestAnswerWinsAndTheReportCountsIt() throws Exception {
    Customer customer = customer();
    Ticket inProgress = open(customer);
    assertThrows(
        EJBException.class,
        () -> satisfactions.rateOnPortal(inProgress.getId(), customer.getId(), Rating.GOOD),
        "only a resolved request is rated");
    Ticket ticket = resolve(inProgress);
    Instant from = Instant.now().minus(Duration.ofMinutes(5));

    satisfactions.rateOnPortal(ticket.getId(), customer.getId(), Rating.BAD);
    satisfactions.rateOnPortal(ticket.getId(), customer.getId(), Rating.GOOD);

    SatisfactionRating kept = satisfactions.ofTicket(ticket.getId()).orElseThrow();
    assertEquals(Rating.GOOD, kept.getRating());
    assertEquals(RatedVia.PORTAL, kept.getRatedVia());
    SatisfactionFigures figures =
        reports.between(from, Instant.now().plus(Duration.ofMinutes(5)), Pack.FREE);
    assertEquals(
        1,
        figures.getRatings().stream()
            .filter(r -> r.getTicket().getId().equals(ticket.getId()))
            .count(),
        "one rating per request");
    assertTrue(figures.getTotal().getGood() >= 1);
  }
}
