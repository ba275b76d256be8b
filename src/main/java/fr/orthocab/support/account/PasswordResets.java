package fr.orthocab.support.account;

import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditActor;
import fr.orthocab.support.audit.AuditTrail;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Entry point for "mot de passe oublié": whoever types an address gets the same answer whether it
 * is known or not, and the address's owner, if any, a mail: a reset link for an account with a
 * password, the invitation again for a team member who never used theirs, a new portal invitation
 * for a customer whose first one expired before they used it. At most a few such mails an hour per
 * address, so that the form cannot be used to flood someone's mailbox.
 */
@Stateless
public class PasswordResets {
  private static final Duration WINDOW = Duration.ofHours(1);

  @Inject private Accounts accounts;
  @Inject private Customers customers;
  @Inject private PasswordLinks links;
  @Inject private PortalInvitations invitations;
  @Inject private AccountMails mails;
  @Inject private Clock clock;
  @Inject private AuditTrail audit;

  @Inject
  @ConfigProperty(name = "app.password.reset-mails-per-hour", defaultValue = "3")
  private int mailsPerHour;

  /** What was done, for the audit trail; the person asking is told the same in every case. */
  public enum Outcome {
    RESET_MAILED,
    INVITATION_MAILED,
    PORTAL_INVITATION_MAILED,
    TOO_MANY,
    NOTHING_TO_DO
  }

  /** Handles a request from that client address, and records it when it concerns someone. */
  public Outcome requestFor(String email, String clientAddress) {
    if (email == null || email.isBlank() || email.length() > 254) {
      return Outcome.NOTHING_TO_DO;
    }
    Instant since = clock.instant().minus(WINDOW);
    Optional<Account> account = accounts.byEmail(email);
    Optional<Customer> customer =
        account.isPresent()
            ? Optional.ofNullable(account.get().getCustomer())
            : customers.byEmail(email);
    Outcome outcome =
        account.isPresent()
            ? forAccount(account.get(), since)
            : customer.map(c -> forCustomer(c, since)).orElse(Outcome.NOTHING_TO_DO);
    if (outcome != Outcome.NOTHING_TO_DO) {
      audit.record(
          new AuditActor(null, "Page « Mot de passe oublié »", clientAddress)
              .did(
                  AuditAction.PASSWORD_RESET_REQUESTED,
                  null,
                  customer.map(Customer::getId).orElse(null),
                  email.strip() + " : " + outcome.name()));
    }
    return outcome;
  }

  /** A customer without a portal account: their first invitation expired before they used it. */
  private Outcome forCustomer(Customer customer, Instant since) {
    if (invitations.madeSince(customer, since) >= mailsPerHour) {
      return Outcome.TOO_MANY;
    }
    mails.portalInvitationAgain(customer, invitations.invite(customer));
    return Outcome.PORTAL_INVITATION_MAILED;
  }

  private Outcome forAccount(Account account, Instant since) {
    if (!account.isEnabled()) {
      return Outcome.NOTHING_TO_DO;
    }
    boolean invited = account.getStatus() == AccountStatus.INVITED;
    PasswordLink.Purpose purpose =
        invited ? PasswordLink.Purpose.INVITATION : PasswordLink.Purpose.RESET;
    if (links.madeSince(account, purpose, since) >= mailsPerHour) {
      return Outcome.TOO_MANY;
    }
    PasswordLink link = links.create(account, purpose);
    if (invited) {
      mails.staffInvitation(account, link, null);
      return Outcome.INVITATION_MAILED;
    }
    mails.reset(account, link);
    return Outcome.RESET_MAILED;
  }
}
