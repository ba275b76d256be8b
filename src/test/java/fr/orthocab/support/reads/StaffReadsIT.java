package fr.orthocab.support.reads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.audit.AuditActor;
import fr.orthocab.support.testing.Deployments;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A read is one row (who, what, when), not twice for the same person and thing within minutes,
 * never for the desk itself; listed per customer and per reader, newest first.
 */
@ExtendWith(ArquillianExtension.class)
class StaffReadsIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Inject private StaffReads reads;

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
}
