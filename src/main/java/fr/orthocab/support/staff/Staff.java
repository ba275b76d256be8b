package fr.orthocab.support.staff;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.AccountMails;
import fr.orthocab.support.account.AccountStatus;
import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.account.Actors;
import fr.orthocab.support.account.PasswordLink;
import fr.orthocab.support.account.PasswordLinks;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditActor;
import fr.orthocab.support.audit.AuditTrail;
import fr.orthocab.support.staff.StaffRefused.Reason;
import fr.orthocab.support.ticket.Tickets;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * Entry point for the support team's administration, by supervisors (on the staff page or with a
 * supervisor's API token). {@code by} is the supervisor acting, null for the configuration's
 * bootstrap token.
 */
@Stateless
public class Staff {
  @Inject private Accounts accounts;
  @Inject private PasswordLinks links;
  @Inject private AccountMails mails;
  @Inject private Tickets tickets;
  @Inject private AuditTrail audit;
  @Inject private Actors actors;

  public List<Account> all() {
    return accounts.staff();
  }

  public Account member(long id) {
    return accounts
        .byId(id)
        .filter(a -> a.getRole().isStaff())
        .orElseThrow(() -> new StaffRefused(Reason.UNKNOWN));
  }

  /** A new member, mailed a link to choose their password (valid 72 hours). */
  public Account invite(
      @NotBlank @Email @Size(max = 254) String email,
      @NotBlank @Size(max = 100) String displayName,
      @NotNull Role role,
      Account by) {
    if (!role.isStaff()) {
      throw new StaffRefused(Reason.NOT_STAFF);
    }
    if (accounts.byEmail(email).isPresent()) {
      throw new StaffRefused(Reason.EMAIL_TAKEN);
    }
    Account invited = accounts.inviteStaff(email, displayName, role);
    mailInvitation(invited, by);
    record(AuditAction.INVITATION_SENT, invited, role.name());
    return invited;
  }

  /** The invitation again, with a new link: the one sent before no longer works. */
  public void resendInvitation(long id, Account by) {
    Account member = member(id);
    if (member.getStatus() != AccountStatus.INVITED) {
      throw new StaffRefused(Reason.NOT_INVITED);
    }
    links.revokeAll(member);
    mailInvitation(member, by);
    record(AuditAction.INVITATION_SENT, member, "renvoyée");
  }

  /** Withdraws an invitation not used yet: its link stops, and the account is deactivated. */
  public void revokeInvitation(long id) {
    Account member = member(id);
    if (member.getStatus() != AccountStatus.INVITED) {
      throw new StaffRefused(Reason.NOT_INVITED);
    }
    links.revokeAll(member);
    accounts.deactivate(member);
    record(AuditAction.INVITATION_REVOKED, member, null);
  }

  public void changeRole(long id, @NotNull Role role, Account by) {
    Account member = member(id);
    if (!role.isStaff()) {
      throw new StaffRefused(Reason.NOT_STAFF);
    }
    if (member.getRole() == role) {
      return;
    }
    if (role == Role.AGENT) {
      refuseIfLastSupervisor(member, by);
    }
    Role before = member.getRole();
    accounts.changeRole(member, role);
    record(AuditAction.ROLE_CHANGED, member, before.name() + " → " + role.name());
  }

  /**
   * The member leaves: they can no longer log in, their open sessions end at their next request,
   * their API tokens stop, their requests in work go back to the queue unassigned, their name stays
   * on past work. Answers how many requests went back to the queue.
   */
  public int deactivate(long id, Account by) {
    Account member = member(id);
    if (!member.isEnabled()) {
      return 0;
    }
    refuseIfLastSupervisor(member, by);
    links.revokeAll(member);
    accounts.deactivate(member);
    int returned = tickets.returnToQueue(member.getId()).size();
    record(
        AuditAction.ACCOUNT_DEACTIVATED,
        member,
        returned + " demande(s) en cours retournée(s) dans la file");
    return returned;
  }

  /** The member is back; one who never chose a password is sent a new invitation. */
  public void reactivate(long id, Account by) {
    Account member = member(id);
    if (member.isEnabled()) {
      return;
    }
    accounts.reactivate(member);
    if (member.getStatus() == AccountStatus.INVITED) {
      mailInvitation(member, by);
    }
    record(AuditAction.ACCOUNT_REACTIVATED, member, null);
  }

  /**
   * The first supervisor of a desk that has none (from the settings, at start-up): invited like
   * anyone, by mail, and given a second link of their own that the caller logs, for a desk whose
   * mail does not work yet. Using either link revokes the other. Empty when the desk has a
   * supervisor already, whatever their status: nothing is done then.
   */
  public Optional<String> inviteFirstSupervisor(String email, String displayName) {
    if (accounts.anySupervisor()) {
      return Optional.empty();
    }
    Account first = invite(email, displayName, Role.SUPERVISOR, null);
    audit.record(AuditActor.desk().did(AuditAction.FIRST_SUPERVISOR_CREATED, about(first, null)));
    PasswordLink logged = links.create(first, PasswordLink.Purpose.INVITATION);
    return Optional.of(links.issue(PasswordLinks.reference(logged)));
  }

  /** What was done to that member, in the name of whoever acts in this request. */
  private void record(AuditAction action, Account member, String detail) {
    audit.record(actors.current().did(action, about(member, detail)));
  }

  private static String about(Account member, String detail) {
    String who = member.getDisplayName() + " <" + member.getEmail() + ">";
    return detail == null ? who : who + " : " + detail;
  }

  private void mailInvitation(Account member, Account by) {
    PasswordLink link = links.create(member, PasswordLink.Purpose.INVITATION);
    mails.staffInvitation(member, link, by == null ? null : by.getDisplayName());
  }

  private void refuseIfLastSupervisor(Account member, Account by) {
    if (by != null && by.getId().equals(member.getId())) {
      throw new StaffRefused(Reason.SELF);
    }
    if (member.getRole() != Role.SUPERVISOR || member.getStatus() != AccountStatus.ACTIVE) {
      return;
    }
    List<Account> active = accounts.activeSupervisorsLocked();
    if (active.stream().allMatch(a -> a.getId().equals(member.getId()))) {
      throw new StaffRefused(Reason.LAST_SUPERVISOR);
    }
  }
}
