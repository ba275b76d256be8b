package fr.orthocab.support.billing;

import fr.orthocab.support.account.AccountMails;
import fr.orthocab.support.account.PortalInvitations;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.subscription.Coverage;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.subscription.Subscription;
import fr.orthocab.support.subscription.SubscriptionRenewed;
import fr.orthocab.support.subscription.Subscriptions;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Entry point for renewals from billing (ELIG-RENEWAL, SCOPE-PRIORITY): the customer is found or
 * created (billing is authoritative, and a new customer is invited to the portal), the period is
 * added unless already covered, and the renewal is told ({@link SubscriptionRenewed}): intake lets
 * the requests awaiting it into the queue, their clock starting now, and priorities follow the
 * coverage. All of it commits with the event's record, whose key is the event id: a second delivery
 * cannot apply it twice.
 */
@Stateless
public class Renewals {
  private static final JsonProvider JSON = JsonProvider.provider();

  @PersistenceContext private EntityManager em;
  @Inject private Customers customers;
  @Inject private Subscriptions subscriptions;
  @Inject private PortalInvitations invitations;
  @Inject private AccountMails accountMails;
  @Inject private Event<SubscriptionRenewed> renewed;
  @Inject private Clock clock;

  /** The event applied under that id, if any. */
  public Optional<BillingEvent> applied(String eventId) {
    return Optional.ofNullable(em.find(BillingEvent.class, eventId));
  }

  /**
   * Takes a verified delivery of an event: applies it unless it was already, and logs the delivery
   * with its outcome, all in one transaction of its own: a concurrent delivery's insert of the same
   * event id fails here and rolls everything back, and the caller answers as that one did.
   *
   * @throws RenewalRefused for an unknown pack or a period that ends before it starts (nothing is
   *     kept: the caller logs the refusal)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Receipt receive(RenewalEvent event, Instant receivedAt, byte[] body, String bodySha256) {
    BillingEvent known = em.find(BillingEvent.class, event.eventId());
    Receipt receipt =
        known != null
            ? Receipt.again(known, bodySha256)
            : Receipt.applied(apply(event, bodySha256));
    em.persist(
        new BillingDelivery(
            receivedAt,
            event.eventId(),
            WebhookSignature.Verdict.VALID,
            receipt.httpStatus(),
            receipt.outcome(),
            receipt.error(),
            new String(body, StandardCharsets.UTF_8),
            bodySha256));
    return receipt;
  }

  /**
   * The customer is read once, locked (a lapse handled at the same moment waits, or is waited for),
   * and their history once: the coverage check, the pack and the coverage after the renewal all
   * come from it.
   */
  private BillingEvent apply(RenewalEvent event, String bodySha256) {
    if (event.periodEnd().isBefore(event.periodStart())) {
      throw new RenewalRefused("subscription.periodEnd", "ends before the period starts");
    }
    Instant now = clock.instant();
    Optional<Customer> known = customers.lockedByEmail(event.email());
    List<Subscription> history = known.map(subscriptions::historyOf).orElseGet(List::of);
    Pack pack =
        history.stream()
            .map(Subscription::getPack)
            .filter(p -> p.getCode().equals(event.pack()))
            .findFirst()
            .or(() -> subscriptions.pack(event.pack()))
            .orElseThrow(
                () -> new RenewalRefused("subscription.pack", "unknown pack " + event.pack()));
    Customer customer =
        known.orElseGet(
            () ->
                customers.register(
                    new Customer(
                        event.surname(), event.firstName(), event.email(), event.language(), now)));
    if (known.isEmpty()) {
      accountMails.portalInvitation(customer, invitations.invite(customer));
    }
    Optional<Subscription> added =
        subscriptions.renew(customer, history, pack, event.periodStart(), event.periodEnd());
    List<Subscription> after = new ArrayList<>(history);
    added.ifPresent(after::add);
    // the event row names the subscription by id only: EclipseLink would not order their inserts
    em.flush();
    List<String> released = new ArrayList<>();
    renewed.fire(new SubscriptionRenewed(customer, Coverage.at(now, after), now, released));
    BillingEvent applied =
        new BillingEvent(
            event.eventId(),
            bodySha256,
            event.occurredAt(),
            now,
            customer.getId(),
            added.map(Subscription::getId).orElse(null),
            result(event, customer, known.isEmpty(), added.isPresent(), released));
    em.persist(applied);
    return applied;
  }

  private static String result(
      RenewalEvent event,
      Customer customer,
      boolean created,
      boolean changed,
      List<String> released) {
    JsonArrayBuilder references = JSON.createArrayBuilder();
    released.forEach(references::add);
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
