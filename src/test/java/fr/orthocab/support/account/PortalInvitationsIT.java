package fr.orthocab.support.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.platform.Sha256;
import fr.orthocab.support.testing.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accepting a portal invitation: the customer's account is opened with the chosen password, the
 * link works once, even when it is accepted twice at the same moment, and never after 72 hours.
 */
@ExtendWith(ArquillianExtension.class)
class PortalInvitationsIT {
  private static final String PASSWORD = "un mot de passe choisi";

  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @PersistenceContext private EntityManager em;
  @Resource private UserTransaction tx;
  @Inject private Customers customers;
  @Inject private PortalInvitations invitations;
  @Inject private Accounts accounts;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);

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

  private Customer customer(String who) {
    return customers.register(
        new Customer(
            "Invité", "Camille", who + "." + unique + "@example.fr", Language.FR, Instant.now()));
  }

  private String invite(Customer customer) throws Exception {
    long id =
        inTransaction(() -> invitations.invite(em.find(Customer.class, customer.getId())).getId());
    return invitations.token(id);
  }

  private LoginOutcome login(String email, String password) {
    return accounts.login(email, password.toCharArray(), "192.0.2." + unique.hashCode() % 200);
  }

  @Test
  void aTokenMadeAgainReplacesTheOneBefore() throws Exception {
    Customer noe = customer("noe");
    long id = inTransaction(() -> invitations.invite(em.find(Customer.class, noe.getId())).getId());
    String first = invitations.token(id);
    String second = invitations.token(id);

    assertFalse(invitations.usable(first).isPresent(), "the link mailed before no longer opens it");
    assertTrue(invitations.usable(second).isPresent());
  }

  @Test
  void acceptingOpensTheAccountWithTheChosenPasswordAndTheLinkWorksOnce() throws Exception {
    Customer camille = customer("camille");
    String token = invite(camille);
    assertTrue(invitations.usable(token).isPresent());

    Account account = invitations.accept(token, PASSWORD.toCharArray());

    assertEquals(Role.CUSTOMER, account.getRole());
    assertEquals(camille.getId(), account.getCustomer().getId());
    assertTrue(login(camille.getEmail(), PASSWORD).isAccepted());
    assertFalse(invitations.usable(token).isPresent());
    assertThrows(
        InvitationUnusable.class,
        () -> invitations.accept(token, "un autre mot de passe".toCharArray()));
    assertTrue(login(camille.getEmail(), PASSWORD).isAccepted());
    assertTrue(invitations.of(camille.getId()).get(0).getUsedAt() != null);
  }

  @Test
  void aCustomerWhoHasAnAccountGetsTheNewPassword() throws Exception {
    Customer lea = customer("lea");
    invitations.accept(invite(lea), PASSWORD.toCharArray());

    Account again = invitations.accept(invite(lea), "le nouveau mot de passe".toCharArray());

    assertEquals(accounts.byEmail(lea.getEmail()).orElseThrow().getId(), again.getId());
    assertFalse(login(lea.getEmail(), PASSWORD).isAccepted());
    assertTrue(login(lea.getEmail(), "le nouveau mot de passe").isAccepted());
  }

  @Test
  void unknownExpiredOrMalformedTokensAreRefused() throws Exception {
    Customer hugo = customer("hugo");
    String expired = "expired-" + unique;
    inTransaction(
        () -> {
          em.persist(
              new PortalInvitation(
                  em.find(Customer.class, hugo.getId()),
                  Sha256.hex(expired),
                  Instant.now().minus(Duration.ofHours(73))));
          return null;
        });

    for (String token : new String[] {expired, "unknown-" + unique, "", null, "x".repeat(500)}) {
      assertFalse(invitations.usable(token).isPresent());
      assertThrows(
          InvitationUnusable.class, () -> invitations.accept(token, PASSWORD.toCharArray()));
    }
    assertTrue(accounts.byEmail(hugo.getEmail()).isEmpty());
  }

  @Test
  void aPasswordThePolicyRefusesIsRefusedAndTheLinkStaysUsable() throws Exception {
    Customer ines = customer("ines");
    String token = invite(ines);

    assertEquals(
        PasswordProblem.TOO_SHORT,
        assertThrows(PasswordRefused.class, () -> invitations.accept(token, "court".toCharArray()))
            .problem());
    assertEquals(
        PasswordProblem.COMMON,
        assertThrows(
                PasswordRefused.class,
                () -> invitations.accept(token, "azertyuiop123".toCharArray()))
            .problem());

    assertTrue(invitations.usable(token).isPresent());
    assertTrue(accounts.byEmail(ines.getEmail()).isEmpty());
  }

  @Test
  void ofTwoSimultaneousAcceptancesOneWins() throws Exception {
    Customer noe = customer("noe");
    String token = invite(noe);
    int racers = 6;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < racers; i++) {
        String password = PASSWORD + " " + i;
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    invitations.accept(token, password.toCharArray());
                    return true;
                  } catch (InvitationUnusable e) {
                    return false;
                  }
                }));
      }
      start.countDown();
      int accepted = 0;
      for (Future<Boolean> result : results) {
        accepted += result.get() ? 1 : 0;
      }
      assertEquals(1, accepted, "one acceptance wins, the others are told the link is used");
    } finally {
      pool.shutdownNow();
    }
    assertEquals(
        1L,
        em.createQuery("select count(a) from Account a where a.customer.id = :id", Long.class)
            .setParameter("id", noe.getId())
            .getSingleResult());
  }
}
