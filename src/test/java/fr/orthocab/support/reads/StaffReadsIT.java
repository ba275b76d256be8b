package fr.orthocab.support.reads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.attachment.MessageFiles;
import fr.orthocab.support.attachment.Upload;
import fr.orthocab.support.audit.AuditActor;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.testing.TestCustomers;
import fr.orthocab.support.testing.WebClient;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Priority;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.Tickets;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A member of staff's opening of a request, a customer's page, a file is a read. A read is one row
 * (who, what, when), not twice for the same person and thing within minutes, never for the desk
 * itself; listed per customer and per reader, newest first.
 */
@ExtendWith(ArquillianExtension.class)
class StaffReadsIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Inject private StaffReads reads;
  @Inject private Tickets tickets;
  @Inject private MessageFiles files;
  @Inject private TestCustomers customers;
  @Inject private Accounts accounts;
  @ArquillianResource private URL url;

  private static final String PASSWORD = "Orthophonie 2026";
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private final OpenedTickets opened = new OpenedTickets();

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  /** Ids of this test's own: far above what the other tests' rows use. */
  private final long base = 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);

  @Test
  void aReadIsRecordedOnceAndListedForTheCustomerAndTheReader() {
    long customer = base;
    long ticket = base + 1;
    long lucie = base + 2;
    long thomas = base + 3;
    AuditActor asLucie = AuditActor.person(lucie, "Lucie", "lucie@orthocab.fr", "10.0.0.1");
    AuditActor asThomas = AuditActor.person(thomas, "Thomas", "thomas@orthocab.fr", null);

    reads.record(asLucie, ReadKind.TICKET, ticket, ticket, customer);
    reads.record(asLucie, ReadKind.TICKET, ticket, ticket, customer);
    reads.record(asLucie, ReadKind.CUSTOMER, customer, null, customer);
    reads.record(asThomas, ReadKind.FILE, base + 4, ticket, customer);
    reads.record(AuditActor.desk(), ReadKind.TICKET, ticket, ticket, customer);

    List<StaffRead> ofCustomer = reads.ofCustomer(customer, 10);
    assertEquals(
        List.of(ReadKind.FILE, ReadKind.CUSTOMER, ReadKind.TICKET),
        ofCustomer.stream().map(StaffRead::getKind).toList());
    assertEquals("Thomas <thomas@orthocab.fr>", ofCustomer.get(0).getReader());
    StaffRead first = ofCustomer.get(2);
    assertEquals(Long.valueOf(ticket), first.getTicketId());
    assertEquals(ticket, first.getSubjectId());
    assertEquals(Long.valueOf(customer), first.getCustomerId());
    assertEquals(Long.valueOf(lucie), first.getReaderAccountId());
    assertTrue(first.getReadAt().isAfter(Instant.now().minusSeconds(60)), first.getReadAt() + "");

    assertEquals(
        List.of(ReadKind.CUSTOMER, ReadKind.TICKET),
        reads.ofReader(lucie, 10).stream().map(StaffRead::getKind).toList());
    assertEquals(1, reads.ofReader(lucie, 1).size());
  }

  @Test
  void anAgentOpeningARequestTheCustomersPageAndAFileIsRecordedAsTheirReads() {
    Customer customer =
        customers.subscribed(Pack.FREE, LocalDate.now().minusDays(1), LocalDate.now().plusDays(9));
    Ticket ticket =
        opened.add(
            tickets.open(
                new NewRequest(
                    customer.getId(),
                    "Lu " + base,
                    TicketCategory.OTHER,
                    TicketChannel.PORTAL,
                    "Mon bilan.",
                    Instant.now()),
                Priority.NORMAL,
                TicketStatus.OPEN,
                null));
    long fileId =
        files
            .addToRequest(ticket.getId(), List.of(new Upload("bilan.pdf", PDF)))
            .kept()
            .get(0)
            .getId();
    String email = "reader." + base + "@orthocab.fr";
    Account agent = accounts.openForStaff(email, "Lectrice", Role.AGENT, PASSWORD.toCharArray());
    WebClient asAgent = new WebClient(url);
    assertEquals(302, asAgent.login(email, PASSWORD).statusCode());

    assertEquals(200, asAgent.get("/admin/tickets/show.xhtml?id=" + ticket.getId()).statusCode());
    assertEquals(200, asAgent.get("/admin/tickets/show.xhtml?id=" + ticket.getId()).statusCode());
    assertEquals(
        200, asAgent.get("/admin/customers/show.xhtml?id=" + customer.getId()).statusCode());
    assertEquals(200, asAgent.get("/admin/tickets/reply-file?id=" + fileId).statusCode());

    List<StaffRead> ofCustomer = reads.ofCustomer(customer.getId(), 10);
    assertEquals(
        List.of(ReadKind.FILE, ReadKind.CUSTOMER, ReadKind.TICKET),
        ofCustomer.stream().map(StaffRead::getKind).toList(),
        "the request's page opened twice is one read");
    assertEquals(fileId, ofCustomer.get(0).getSubjectId());
    assertEquals(ticket.getId(), ofCustomer.get(0).getTicketId());
    assertEquals("Lectrice <" + email + ">", ofCustomer.get(2).getReader());
    assertEquals(3, reads.ofReader(agent.getId(), 10).size());
  }
}
