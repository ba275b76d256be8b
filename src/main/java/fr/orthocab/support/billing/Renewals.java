package fr.orthocab.support.billing;

import fr.orthocab.support.account.PortalInvitations;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.subscription.Subscription;
import fr.orthocab.support.subscription.Subscriptions;
import fr.orthocab.support.ticket.Ticket;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Entry point for renewals from billing (ELIG-RENEWAL, SCOPE-PRIORITY): the customer is found or
 * created (billing is authoritative, and a new customer is invited to the portal), the period is
 * added unless already covered, the requests awaiting renewal enter the queue with their clock
 * starting now, and priorities follow the coverage. All of it commits with the event's record,
 * whose key is the event id: a second delivery cannot apply it twice.
 */
@Stateless
public class Renewals {
  private static final JsonProvider JSON = JsonProvider.provider();

  @PersistenceContext private EntityManager em;
  @Inject private Customers customers;
  @Inject private Subscriptions subscriptions;
  @Inject private PortalInvitations invitations;
  @Inject private InvitationNotice invitationNotice;
  @Inject private Intake intake;
  @Inject private Clock clock;

  /** The event applied under that id, if any. */
  public Optional<BillingEvent> applied(String eventId) {
    return Optional.ofNullable(em.find(BillingEvent.class, eventId));
  }

  /**
   * Applies a verified event, in a transaction of its own so that a concurrent delivery's insert of
   * the same event id fails here and rolls everything back.
   *
   * @throws RenewalRefused for an unknown pack or a period that ends before it starts
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public BillingEvent apply(RenewalEvent event, String bodySha256) {
    Pack pack =
        subscriptions
            .pack(event.pack())
            .orElseThrow(
                () -> new RenewalRefused("subscription.pack", "unknown pack " + event.pack()));
    if (event.periodEnd().isBefore(event.periodStart())) {
      throw new RenewalRefused("subscription.periodEnd", "ends before the period starts");
    }
    Instant now = clock.instant();
    Optional<Customer> known = customers.byEmail(event.email());
    Customer customer =
        known.orElseGet(
            () ->
                customers.register(
                    new Customer(
                        event.surname(), event.firstName(), event.email(), event.language(), now)));
    if (known.isEmpty()) {
      invitationNotice.send(customer, invitations.invite(customer));
    }
    Optional<Subscription> added =
        subscriptions.renew(customer, pack, event.periodStart(), event.periodEnd());
    List<Ticket> released = intake.subscriptionRenewed(customer.getId());
    String result = result(event, customer, known.isEmpty(), added.isPresent(), released);
    BillingEvent applied =
        new BillingEvent(
            event.eventId(),
            bodySha256,
            event.occurredAt(),
            now,
            customer.getId(),
            added.map(Subscription::getId).orElse(null),
            result);
    em.persist(applied);
    em.flush();
    return applied;
  }

  private static String result(
      RenewalEvent event,
      Customer customer,
      boolean created,
      boolean changed,
      List<Ticket> released) {
    JsonArrayBuilder references = JSON.createArrayBuilder();
    released.forEach(t -> references.add(t.getReference()));
    return JSON.createObjectBuilder()
        .add("eventId", event.eventId())
        .add(
            "customer",
            JSON.createObjectBuilder()
                .add("email", customer.getEmail())
                .add("surname", customer.getSurname())
                .add("firstName", customer.getFirstName())
                .add("created", created))
        .add(
            "subscription",
            JSON.createObjectBuilder()
                .add("pack", event.pack())
                .add("periodStart", event.periodStart().toString())
                .add("periodEnd", event.periodEnd().toString())
                .add("changed", changed))
        .add("releasedRequests", references)
        .build()
        .toString();
  }
}
