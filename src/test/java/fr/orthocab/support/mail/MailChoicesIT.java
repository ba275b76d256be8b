package fr.orthocab.support.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.mail.outbox.Outbox;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import fr.orthocab.support.mail.outbox.OutboxTopic;
import fr.orthocab.support.satisfaction.Rating;
import fr.orthocab.support.satisfaction.Satisfactions;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.subscription.Subscriptions;
import fr.orthocab.support.testing.AsSupervisor;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.ticket.AuthorKind;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.TicketThreads;
import fr.orthocab.support.ticket.Tickets;
import jakarta.inject.Inject;
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

/** The optional mails a customer chose on the portal; answers are mailed whatever they chose. */
@ExtendWith(ArquillianExtension.class)
class MailChoicesIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Inject private Customers customers;
  @Inject private Subscriptions subscriptions;
  @Inject private Intake intake;
  @Inject private Tickets tickets;
  @Inject private TicketReads reads;
  @Inject private TicketThreads threads;
  @Inject private Satisfactions satisfactions;
  @Inject private Outbox outbox;
  @Inject private AsSupervisor asSupervisor;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final OpenedTickets opened = new OpenedTickets();
  private int registered;

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  private Customer customer(boolean acknowledgements, boolean satisfaction) {
    Customer customer =
        customers.register(
            new Customer(
                "Choix",
                "Test",
                "m" + registered++ + "." + unique + "@example.fr",
                Language.FR,
                Instant.now()));
    LocalDate today = LocalDate.now();
    subscriptions.subscribe(customer, Pack.FREE, today.minusDays(30), today.plusDays(300));
    customers.choosePreferences(customer.getId(), Language.EN, acknowledgements, satisfaction);
    return customer;
  }

  private Ticket resolvedRequest(Customer customer) {
    Ticket ticket =
        opened.add(
            intake.receive(
                new NewRequest(
                    customer.getId(),
                    "Agenda " + unique,
                    TicketCategory.BUG,
                    TicketChannel.PORTAL,
                    "Mon agenda est vide.",
                    Instant.now())));
    Ticket current = reads.find(ticket.getId()).orElseThrow();
    return tickets.changeStatus(current.getId(), current.getVersion(), TicketStatus.RESOLVED);
  }

  private List<OutboxTopic> mailed(Ticket ticket) throws Exception {
    return asSupervisor.call(() -> outbox.about(ticket.getId())).stream()
        .map(OutboxMessage::getTopic)
        .toList();
  }

  @Test
  void aCustomerWhoDeclinedTheOptionalMailsGetsNeitherButTheRequestsPageKeepsBoth()
      throws Exception {
    Customer customer = customer(false, false);
    assertEquals(Language.EN, customers.byId(customer.getId()).orElseThrow().getLanguage());
    Ticket ticket = resolvedRequest(customer);

    List<OutboxTopic> topics = mailed(ticket);
    assertTrue(!topics.contains(OutboxTopic.ACKNOWLEDGEMENT), topics.toString());
    assertTrue(!topics.contains(OutboxTopic.SATISFACTION_REQUEST), topics.toString());
    assertTrue(
        threads.publicThread(ticket.getId()).stream()
            .anyMatch(m -> m.getAuthorKind() == AuthorKind.SYSTEM),
        "the acknowledgement is on the request's page");
    assertEquals(
        Rating.GOOD,
        satisfactions.rateOnPortal(ticket.getId(), customer.getId(), Rating.GOOD).getRating());
  }

  @Test
  void aCustomerWhoKeptThemGetsBothInTheirLanguage() throws Exception {
    Customer customer = customer(true, true);
    Ticket ticket = resolvedRequest(customer);

    List<OutboxMessage> mails = asSupervisor.call(() -> outbox.about(ticket.getId()));
    List<OutboxTopic> topics = mails.stream().map(OutboxMessage::getTopic).toList();
    assertTrue(topics.contains(OutboxTopic.ACKNOWLEDGEMENT), topics.toString());
    OutboxMessage asked =
        mails.stream()
            .filter(m -> m.getTopic() == OutboxTopic.SATISFACTION_REQUEST)
            .findFirst()
            .orElseThrow();
    assertTrue(asked.getBody().contains("Did our answer help you?"), asked.getBody());
  }
}
