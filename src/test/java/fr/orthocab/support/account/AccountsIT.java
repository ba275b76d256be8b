package fr.orthocab.support.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import fr.orthocab.support.mail.outbox.OutboxTopic;
import fr.orthocab.support.platform.Sha256;
import fr.orthocab.support.testing.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Logins slowed down per account and address without locking the owner out, hashes upgraded at the
 * next login, password links that work once and not after their hour, and reset requests that tell
 * nobody whether an address exists, in the container with the production rules.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {
  private static final String PASSWORD = "une phrase assez longue";

  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @PersistenceContext private EntityManager em;
  @Resource private UserTransaction tx;
  @Inject private Accounts accounts;
  @Inject private PasswordLinks links;
  @Inject private PasswordResets resets;
  @Inject private Pbkdf2PasswordHash olderHasher;

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

  private Account agent(String who) throws Exception {
    return inTransaction(
        () ->
            accounts.openForStaff(
                who + "." + unique + "@orthocab.fr",
                "Agent " + who,
                Role.AGENT,
                PASSWORD.toCharArray()));
  }

  private String address(int n) {
    return "192.0.2." + n + "-" + unique;
  }

  @Test
  void failuresFromOneAddressThrottleThatAddressOnlyNotTheOwnersOwn() throws Exception {
    Account agent = agent("throttled");
    for (int i = 0; i < 50; i++) {
      assertFalse(accounts.login(agent.getEmail(), "wrong".toCharArray(), address(1)).isAccepted());
    }
    LoginOutcome fromThere = accounts.login(agent.getEmail(), PASSWORD.toCharArray(), address(1));
    assertFalse(fromThere.isAccepted(), "the right password from the guessing address waits");
    assertTrue(fromThere.throttled());

    assertTrue(
        accounts.login(agent.getEmail(), PASSWORD.toCharArray(), address(2)).isAccepted(),
        "the owner, from their own address, logs in at once");

    assertEquals(5, trailed(agent, AuditAction.LOGIN_FAILED, address(1)), "five free failures");
    assertEquals(
        46, trailed(agent, AuditAction.LOGIN_THROTTLED, address(1)), "then every try is refused");
    assertEquals(1, trailed(agent, AuditAction.LOGIN_SUCCEEDED, address(2)));
  }

  private long trailed(Account account, AuditAction action, String from) {
    return em.createQuery(
            "select count(e) from AuditEntry e where e.actorAccountId = :account"
                + " and e.action = :action and e.clientAddress = :from",
            Long.class)
        .setParameter("account", account.getId())
        .setParameter("action", action)
        .setParameter("from", from)
        .getSingleResult();
  }

  @Test
  void fiveFreeFailuresThenALockForThatAccountFromThatAddress() throws Exception {
    Account agent = agent("five");
    for (int i = 0; i < 4; i++) {
      accounts.login(agent.getEmail(), "wrong".toCharArray(), address(3));
    }
    assertTrue(
        accounts.login(agent.getEmail(), PASSWORD.toCharArray(), address(3)).isAccepted(),
        "four failures are free, and a success forgets them");
    for (int i = 0; i < 5; i++) {
      accounts.login(agent.getEmail(), "wrong".toCharArray(), address(3));
    }
    assertTrue(accounts.login(agent.getEmail(), PASSWORD.toCharArray(), address(3)).throttled());
  }

  @Test
  void oneAddressTryingManyAccountsIsThrottledWhateverTheAccount() throws Exception {
    Account agent = agent("stuffed");
    for (int i = 0; i < 30; i++) {
      accounts.login("nobody" + i + "." + unique + "@example.fr", "x".toCharArray(), address(4));
    }
    assertTrue(accounts.login(agent.getEmail(), PASSWORD.toCharArray(), address(4)).throttled());
    assertTrue(accounts.login(agent.getEmail(), PASSWORD.toCharArray(), address(5)).isAccepted());
  }

  @Test
  void anOlderHashVerifiesAndIsUpgradedAtTheNextLogin() throws Exception {
    Account agent = agent("older");
    olderHasher.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "1024"));
    String older = olderHasher.generate(PASSWORD.toCharArray());
    inTransaction(
        () -> {
          em.find(Account.class, agent.getId()).rehashed(older);
          return null;
        });

    assertTrue(accounts.login(agent.getEmail(), PASSWORD.toCharArray(), address(6)).isAccepted());

    String now = accounts.byId(agent.getId()).orElseThrow().getPasswordHash();
    assertNotEquals(older, now);
    assertTrue(PasswordHashing.iterationsOf(now) > 1024, now);
    assertTrue(accounts.login(agent.getEmail(), PASSWORD.toCharArray(), address(6)).isAccepted());
  }

  @Test
  void aResetLinkWorksOnceAndRevokesTheOthers() throws Exception {
    Account agent = agent("reset");
    PasswordLink[] made =
        inTransaction(
            () ->
                new PasswordLink[] {
                  links.create(agent, PasswordLink.Purpose.RESET),
                  links.create(agent, PasswordLink.Purpose.RESET)
                });
    String first = links.token(made[0].getId());
    String again = links.token(made[0].getId());
    String other = links.token(made[1].getId());
    assertEquals(
        LinkState.UNKNOWN, links.stateOf(first), "a link made again replaces the one before");
    assertEquals(LinkState.USABLE, links.stateOf(again));

    assertEquals(
        PasswordProblem.COMMON,
        assertThrows(PasswordRefused.class, () -> links.use(again, "motdepasse2024!".toCharArray()))
            .problem());
    assertEquals(LinkState.USABLE, links.stateOf(again), "a refused password keeps the link");

    links.use(again, "un tout nouveau mot de passe".toCharArray());

    assertEquals(LinkState.USED, links.stateOf(again));
    assertEquals(LinkState.REVOKED, links.stateOf(other));
    assertEquals(
        LinkState.USED,
        assertThrows(
                LinkUnusable.class, () -> links.use(again, "encore un autre mot".toCharArray()))
            .state());
    assertTrue(
        accounts
            .login(agent.getEmail(), "un tout nouveau mot de passe".toCharArray(), address(7))
            .isAccepted());
    assertFalse(accounts.login(agent.getEmail(), PASSWORD.toCharArray(), address(7)).isAccepted());
  }

  @Test
  void aResetLinkNoLongerWorksAfterItsHour() throws Exception {
    Account agent = agent("late");
    String token = "late-" + unique;
    inTransaction(
        () -> {
          em.persist(
              new PasswordLink(
                  em.find(Account.class, agent.getId()),
                  PasswordLink.Purpose.RESET,
                  Sha256.hex(token),
                  Instant.now().minus(Duration.ofMinutes(61))));
          return null;
        });

    assertEquals(LinkState.EXPIRED, links.stateOf(token));
    assertEquals(
        LinkState.EXPIRED,
        assertThrows(
                LinkUnusable.class, () -> links.use(token, "un tout nouveau mot".toCharArray()))
            .state());
  }

  @Test
  void aResetIsMailedWithoutItsLinkToKnownAddressesOnlyAndAFewAnHour() throws Exception {
    Account agent = agent("forgot");

    assertEquals(
        PasswordResets.Outcome.RESET_MAILED, resets.requestFor(agent.getEmail(), "192.0.2.9"));
    assertEquals(
        PasswordResets.Outcome.NOTHING_TO_DO,
        resets.requestFor("inconnu." + unique + "@example.fr", "192.0.2.9"));

    List<OutboxMessage> mailed = mailsTo(agent.getEmail());
    assertEquals(1, mailed.size());
    OutboxMessage mail = mailed.get(0);
    assertEquals(OutboxTopic.PASSWORD_RESET, mail.getTopic());
    assertTrue(mail.getBody().contains(OutboxMessage.LINK_MARK), mail.getBody());
    assertFalse(mail.getBody().contains("token="), "the outbox never holds the link");
    assertTrue(mail.getPersonalLink().startsWith("password-link:"));
    assertTrue(links.handles(mail.getPersonalLink()));
    String link = links.issue(mail.getPersonalLink());
    assertTrue(link.contains(PasswordLinks.PAGE + "?token="), link);
    assertEquals(LinkState.USABLE, links.stateOf(link.substring(link.indexOf("token=") + 6)));

    resets.requestFor(agent.getEmail(), "192.0.2.9");
    resets.requestFor(agent.getEmail().toUpperCase(), "192.0.2.9");
    assertEquals(PasswordResets.Outcome.TOO_MANY, resets.requestFor(agent.getEmail(), "192.0.2.9"));
    assertEquals(3, mailsTo(agent.getEmail()).size());
    assertNull(accounts.byEmail("inconnu." + unique + "@example.fr").orElse(null));
  }

  private List<OutboxMessage> mailsTo(String email) {
    return em.createQuery(
            "select m from OutboxMessage m where m.recipientEmail = :email", OutboxMessage.class)
        .setParameter("email", email)
        .getResultList();
  }
}
