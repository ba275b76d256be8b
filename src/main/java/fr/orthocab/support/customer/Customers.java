package fr.orthocab.support.customer;

import fr.orthocab.support.platform.ClockProducer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Entry point for customers. */
@Stateless
public class Customers {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  public Optional<Customer> byId(long id) {
    return Optional.ofNullable(em.find(Customer.class, id));
  }

  /**
   * The customer, their row locked until the transaction ends: what changes with their coverage (a
   * lapse, a renewal) takes this lock first, so that one waits for the other and then sees it.
   */
  public Optional<Customer> lockedById(long id) {
    return Optional.ofNullable(em.find(Customer.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<Customer> byEmail(String email) {
    return em.createQuery("select c from Customer c where c.emailKey = :key", Customer.class)
        .setParameter("key", EmailKey.of(email))
        .getResultStream()
        .findFirst();
  }

  /**
   * The customer with that email address, their row locked until the transaction ends (as {@link
   * #lockedById} locks it), read once for a change of their coverage.
   */
  public Optional<Customer> lockedByEmail(String email) {
    return em.createQuery("select c from Customer c where c.emailKey = :key", Customer.class)
        .setParameter("key", EmailKey.of(email))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  public Customer register(Customer customer) {
    em.persist(customer);
    return customer;
  }

  /**
   * Whether mail to the customer carries links to the portal instead of message content (health
   * data): true, false, or null for the desk's default (an agent's choice).
   */
  @RolesAllowed({"AGENT", "SUPERVISOR"})
  public void chooseMailLinksOnly(long customerId, Boolean linksOnly) {
    byId(customerId).ifPresent(c -> c.mailLinksOnly(linksOnly));
  }

  /** The customers the search finds, by surname, first name and id; one page. */
  public List<Customer> find(@NotNull CustomerSearch search, int first, int max) {
    TypedQuery<Customer> query =
        em.createQuery(
            "select c from Customer c" + where(search) + " order by c.surname, c.firstName, c.id",
            Customer.class);
    return bind(query, search).setFirstResult(first).setMaxResults(max).getResultList();
  }

  public long count(@NotNull CustomerSearch search) {
    return bind(
            em.createQuery("select count(c) from Customer c" + where(search), Long.class), search)
        .getSingleResult();
  }

  /**
   * The search's conditions. The pack and the coverage read the subscription capability's entity by
   * name: subscriptions build on customers, not the reverse.
   */
  private static String where(CustomerSearch search) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    String firstName = folded("c.firstName");
    String surname = folded("c.surname");
    for (int i = 0; i < search.foldedWords().size(); i++) {
      String starts = ":w" + i;
      String inside = ":inner" + i;
      where
          .append(" and (")
          .append(firstName + " like " + starts + " or " + surname + " like " + starts)
          .append(" or " + firstName + " like " + inside + " or " + surname + " like " + inside)
          .append(" or c.emailKey like " + starts + ")");
    }
    if (search.packCode() != null || search.active() != null) {
      where
          .append(Boolean.FALSE.equals(search.active()) ? " and not " : " and ")
          .append("exists (select p from Subscription p where p.customer = c")
          .append(search.packCode() == null ? "" : " and p.pack.code = :pack")
          .append(" and p.periodStart <= :today and p.periodEnd >= :today")
          .append(" and (p.cancelledAt is null or p.cancelledAt > :now))");
    }
    return where.toString();
  }

  /** A name lower case without accents, in the database (the letters are constants). */
  private static String folded(String path) {
    return "FUNCTION('translate', lower("
        + path
        + "), '"
        + CustomerSearch.ACCENTED
        + "', '"
        + CustomerSearch.FOLDED
        + "')";
  }

  private <T> TypedQuery<T> bind(TypedQuery<T> query, CustomerSearch search) {
    List<String> words = search.foldedWords();
    for (int i = 0; i < words.size(); i++) {
      query.setParameter("w" + i, words.get(i) + "%");
      query.setParameter("inner" + i, "% " + words.get(i) + "%");
    }
    if (search.packCode() != null) {
      query.setParameter("pack", search.packCode());
    }
    if (search.packCode() != null || search.active() != null) {
      Instant now = clock.instant();
      query.setParameter("today", LocalDate.ofInstant(now, ClockProducer.PARIS));
      query.setParameter("now", now);
    }
    return query;
  }

  /**
   * The customer's own choices on the portal: their language, and whether they want the optional
   * mails (acknowledgements, satisfaction requests).
   */
  public void choosePreferences(
      long customerId, @NotNull Language language, boolean acknowledgements, boolean satisfaction) {
    byId(customerId)
        .ifPresent(
            c -> {
              c.preferLanguage(language);
              c.chooseMails(acknowledgements, satisfaction);
            });
  }

  public void preferLanguage(long customerId, Language language) {
    byId(customerId).ifPresent(c -> c.preferLanguage(language));
  }
}
