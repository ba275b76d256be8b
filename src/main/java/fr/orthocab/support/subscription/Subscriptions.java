package fr.orthocab.support.subscription;

import static fr.orthocab.support.platform.ClockProducer.PARIS;

import fr.orthocab.support.customer.Customer;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Entry point for packs and subscriptions. */
@Stateless
public class Subscriptions {
  @PersistenceContext private EntityManager em;
  @Inject private HistoriesRead historiesRead;

  public Coverage coverageOf(Customer customer, Instant at) {
    return Coverage.at(at, historiesRead.of(customer.getId(), () -> historyOf(customer)));
  }

  public List<Subscription> historyOf(Customer customer) {
    return em.createQuery(
            "select s from Subscription s join fetch s.pack where s.customer = :customer"
                + " order by s.periodStart desc",
            Subscription.class)
        .setParameter("customer", customer)
        .getResultList();
  }

  /**
   * Customers with a subscription whose coverage had ended at that instant (its last day is over,
   * or it was cancelled) and whose end nobody has handled yet; a batch at most.
   */
  public List<Long> customersWithEndsToHandle(Instant now, int max) {
    return em.createQuery(
            "select distinct s.customer.id from Subscription s where s.endHandledAt is null"
                + " and (s.periodEnd < :today or s.cancelledAt <= :now)",
            Long.class)
        .setParameter("today", now.atZone(PARIS).toLocalDate())
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Claims the ends of the customer's subscriptions that had ended at that instant and were not yet
   * handled, by one conditional update: answers how many this transaction claimed. A second node's
   * update waits for the rows, then finds them handled and claims none; a rollback frees them for
   * the next sweep.
   */
  public int claimEnds(long customerId, Instant now) {
    return em.createQuery(
            "update Subscription s set s.endHandledAt = :now where s.customer.id = :customer"
                + " and s.endHandledAt is null"
                + " and (s.periodEnd < :today or s.cancelledAt <= :now)")
        .setParameter("now", now)
        .setParameter("customer", customerId)
        .setParameter("today", now.atZone(PARIS).toLocalDate())
        .executeUpdate();
  }

  /** Every pack, by code, for the lists that filter by pack. */
  public List<Pack> packs() {
    return em.createQuery("select p from Pack p order by p.code", Pack.class).getResultList();
  }

  public Optional<Pack> pack(String code) {
    return em.createQuery("select p from Pack p where p.code = :code", Pack.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /**
   * A renewal from billing: the period is added unless the customer's subscriptions to that pack
   * already cover all of it. Periods only add up (coverage is their union), so an event that
   * arrives late or out of order never shortens a newer period.
   *
   * @return the new subscription, or empty when nothing changed
   */
  public Optional<Subscription> renew(Customer customer, Pack pack, LocalDate from, LocalDate to) {
    return renew(customer, historyOf(customer), pack, from, to);
  }

  /**
   * The same, given the customer's history as the caller just read it, under the customer's lock (a
   * renewal reads it once for the coverage check, the pack and the coverage after).
   */
  public Optional<Subscription> renew(
      Customer customer, List<Subscription> history, Pack pack, LocalDate from, LocalDate to) {
    boolean covered =
        history.stream()
            .anyMatch(
                s ->
                    s.getPack().getId().equals(pack.getId())
                        && s.getCancelledAt() == null
                        && !s.getPeriodStart().isAfter(from)
                        && !s.getPeriodEnd().isBefore(to));
    if (covered) {
      return Optional.empty();
    }
    Subscription subscription = new Subscription(customer, pack, from, to);
    em.persist(subscription);
    historiesRead.forget(customer.getId());
    return Optional.of(subscription);
  }

  public Subscription subscribe(Customer customer, String packCode, LocalDate from, LocalDate to) {
    Pack pack =
        pack(packCode).orElseThrow(() -> new IllegalArgumentException("Unknown pack " + packCode));
    Subscription subscription = new Subscription(customer, pack, from, to);
    em.persist(subscription);
    historiesRead.forget(customer.getId());
    return subscription;
  }
}
