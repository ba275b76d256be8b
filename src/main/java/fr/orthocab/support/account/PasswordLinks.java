package fr.orthocab.support.account;

import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditTrail;
import fr.orthocab.support.mail.outbox.PersonalLinks;
import fr.orthocab.support.platform.BaseUrl;
import fr.orthocab.support.platform.Sha256;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Entry point for password links: made for an account (an invitation, a reset), given a token when
 * their mail leaves, used once to choose the password. Using one revokes every other open link of
 * the account, so that an older invitation or reset mail opens nothing afterwards.
 */
@Stateless
@LocalBean
@Local(PersonalLinks.class)
public class PasswordLinks implements PersonalLinks {
  static final String REFERENCE = "password-link:";

  /** The page a link opens. */
  public static final String PAGE = "/password/choose.xhtml";

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private BaseUrl baseUrl;
  @Inject private Accounts accounts;
  @Inject private AuditTrail audit;
  @Inject private Actors actors;

  /** A new link for that account, with no usable token until {@link #issue} makes one. */
  public PasswordLink create(Account account, PasswordLink.Purpose purpose) {
    PasswordLink link =
        new PasswordLink(
            em.find(Account.class, account.getId()),
            purpose,
            Sha256.hex(LinkTokens.next()),
            clock.instant());
    em.persist(link);
    // written now: a token made for it in this transaction locks its row
    em.flush();
    return link;
  }

  /** The reference the outbox keeps for that link's mail. */
  public static String reference(PasswordLink link) {
    return REFERENCE + link.getId();
  }

  @Override
  public boolean handles(String reference) {
    return reference != null && reference.startsWith(REFERENCE);
  }

  /** A fresh absolute link for that reference; the token mailed before no longer works. */
  @Override
  public String issue(String reference) {
    long id = Long.parseLong(reference.substring(REFERENCE.length()));
    return baseUrl.absolute(PAGE + "?token=" + token(id));
  }

  /** A fresh token for that link (start-up logs the first supervisor's own). */
  public String token(long linkId) {
    PasswordLink link = em.find(PasswordLink.class, linkId, LockModeType.PESSIMISTIC_WRITE);
    if (link == null) {
      throw new IllegalArgumentException("No password link " + linkId);
    }
    String token = LinkTokens.next();
    link.reissued(Sha256.hex(token));
    return token;
  }

  /** The link of that token, if any, and where it stands now. */
  public Optional<PasswordLink> byToken(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return em.createQuery(
            "select l from PasswordLink l join fetch l.account where l.tokenHash = :hash",
            PasswordLink.class)
        .setParameter("hash", Sha256.hex(token))
        .getResultStream()
        .findFirst();
  }

  public LinkState stateOf(String token) {
    return byToken(token).map(l -> l.stateAt(clock.instant())).orElse(LinkState.UNKNOWN);
  }

  /**
   * Uses the link of that token to set its account's password. The link's row is locked before it
   * is checked, so that of two simultaneous uses the second sees it used.
   *
   * @throws LinkUnusable for an unknown, used, expired or revoked link, with its state
   * @throws PasswordRefused for a password the policy refuses
   */
  public Account use(String token, char[] password) {
    Instant now = clock.instant();
    PasswordLink link = byToken(token).orElseThrow(() -> new LinkUnusable(LinkState.UNKNOWN));
    em.refresh(link, LockModeType.PESSIMISTIC_WRITE);
    if (link.stateAt(now) != LinkState.USABLE) {
      throw new LinkUnusable(link.stateAt(now));
    }
    Account account = link.getAccount();
    PasswordPolicy.check(password, account.getEmail())
        .ifPresent(
            problem -> {
              throw new PasswordRefused(problem);
            });
    if (!account.isEnabled()) {
      throw new LinkUnusable(LinkState.REVOKED);
    }
    link.use(now);
    openOf(account).forEach(other -> other.revoke(now));
    accounts.choosePassword(account, password);
    audit.record(
        actors
            .of(account)
            .did(
                link.getPurpose() == PasswordLink.Purpose.INVITATION
                    ? AuditAction.INVITATION_ACCEPTED
                    : AuditAction.PASSWORD_RESET,
                null,
                account.getCustomer() == null ? null : account.getCustomer().getId(),
                null));
    return account;
  }

  /** Withdraws every open link of that account (an invitation revoked, an account deactivated). */
  public void revokeAll(Account account) {
    Instant now = clock.instant();
    openOf(account).forEach(link -> link.revoke(now));
  }

  /** How many links of that purpose the account was sent since that instant. */
  public long madeSince(Account account, PasswordLink.Purpose purpose, Instant since) {
    return em.createQuery(
            "select count(l) from PasswordLink l where l.account.id = :account"
                + " and l.purpose = :purpose and l.createdAt >= :since",
            Long.class)
        .setParameter("account", account.getId())
        .setParameter("purpose", purpose)
        .setParameter("since", since)
        .getSingleResult();
  }

  private List<PasswordLink> openOf(Account account) {
    return em.createQuery(
            "select l from PasswordLink l where l.account.id = :account"
                + " and l.usedAt is null and l.revokedAt is null",
            PasswordLink.class)
        .setParameter("account", account.getId())
        .getResultList();
  }
}
