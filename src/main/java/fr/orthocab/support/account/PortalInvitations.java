package fr.orthocab.support.account;

import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditTrail;
import fr.orthocab.support.customer.Customer;
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
 * Entry point for portal invitations: a customer the desk learnt about from billing gets a
 * single-use link to set their password, and accepting it opens their portal account. The token is
 * made when the invitation's mail leaves (see {@link PersonalLinks}); the database keeps its hash.
 */
@Stateless
@LocalBean
@Local(PersonalLinks.class)
public class PortalInvitations implements PersonalLinks {
  static final String REFERENCE = "portal-invitation:";

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private Accounts accounts;
  @Inject private BaseUrl baseUrl;
  @Inject private AuditTrail audit;
  @Inject private AccountMails mails;
  @Inject private Actors actors;

  /** A new invitation for that customer, with no usable token until {@link #token} makes one. */
  public PortalInvitation invite(Customer customer) {
    PortalInvitation invitation =
        new PortalInvitation(customer, Sha256.hex(LinkTokens.next()), clock.instant());
    em.persist(invitation);
    return invitation;
  }

  /**
   * A new invitation mailed to a customer who lost theirs or let it expire, at an agent's request
   * (the customer's page), in the same transaction as its mail and its entry in the trail.
   */
  public PortalInvitation sendAgain(Customer customer) {
    PortalInvitation invitation = invite(customer);
    mails.portalInvitationAgain(customer, invitation);
    audit.record(
        actors
            .current()
            .did(
                AuditAction.INVITATION_SENT,
                null,
                customer.getId(),
                "portail : " + customer.getEmail()));
    return invitation;
  }

  /** The reference the outbox keeps for that invitation's mail. */
  public static String reference(PortalInvitation invitation) {
    return REFERENCE + invitation.getId();
  }

  @Override
  public boolean handles(String reference) {
    return reference != null && reference.startsWith(REFERENCE);
  }

  @Override
  public String issue(String reference) {
    long id = Long.parseLong(reference.substring(REFERENCE.length()));
    return baseUrl.absolute("/invitation.xhtml?token=" + token(id));
  }

  /** A fresh token for that invitation: the one made before no longer opens it. */
  public String token(long invitationId) {
    PortalInvitation invitation =
        em.find(PortalInvitation.class, invitationId, LockModeType.PESSIMISTIC_WRITE);
    if (invitation == null) {
      throw new IllegalArgumentException("No portal invitation " + invitationId);
    }
    String token = LinkTokens.next();
    invitation.reissued(Sha256.hex(token));
    return token;
  }

  /** How many invitations that customer was sent since that instant. */
  public long madeSince(Customer customer, Instant since) {
    return em.createQuery(
            "select count(i) from PortalInvitation i where i.customer.id = :customer"
                + " and i.createdAt >= :since",
            Long.class)
        .setParameter("customer", customer.getId())
        .setParameter("since", since)
        .getSingleResult();
  }

  /** The invitation of that token, if it can still be used now. */
  public Optional<PortalInvitation> usable(String token) {
    return byToken(token, LockModeType.NONE).filter(i -> i.usableAt(clock.instant()));
  }

  /**
   * Uses the invitation of that token to set the customer's portal password: opens their account,
   * or sets the password of the one they have. The invitation's row is locked before it is checked,
   * so that of two simultaneous acceptances the second sees it used and is refused.
   *
   * @throws InvitationUnusable for an unknown, used or expired token
   * @throws PasswordRefused for a password the policy refuses
   */
  public Account accept(String token, char[] password) {
    Instant now = clock.instant();
    PortalInvitation invitation =
        byToken(token, LockModeType.PESSIMISTIC_WRITE)
            .filter(i -> i.usableAt(now))
            .orElseThrow(InvitationUnusable::new);
    Customer customer = invitation.getCustomer();
    PasswordPolicy.check(password, customer.getEmail())
        .ifPresent(
            problem -> {
              throw new PasswordRefused(problem);
            });
    invitation.use(now);
    Optional<Account> existing = accounts.ofCustomer(customer);
    Account account;
    if (existing.isPresent()) {
      account = existing.get();
      accounts.choosePassword(account, password);
    } else {
      account = accounts.openForCustomer(customer, password);
    }
    audit.record(
        actors
            .of(account)
            .did(AuditAction.INVITATION_ACCEPTED, null, customer.getId(), "portail client"));
    return account;
  }

  private Optional<PortalInvitation> byToken(String token, LockModeType lock) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    // no join under a lock: FOR UPDATE takes the invitation's row alone, not the customer's
    String jpql =
        lock == LockModeType.NONE
            ? "select i from PortalInvitation i join fetch i.customer where i.tokenHash = :hash"
            : "select i from PortalInvitation i where i.tokenHash = :hash";
    return em.createQuery(jpql, PortalInvitation.class)
        .setParameter("hash", Sha256.hex(token))
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  public List<PortalInvitation> of(long customerId) {
    return em.createQuery(
            "select i from PortalInvitation i where i.customer.id = :customer"
                + " order by i.createdAt desc",
            PortalInvitation.class)
        .setParameter("customer", customerId)
        .getResultList();
  }
}
