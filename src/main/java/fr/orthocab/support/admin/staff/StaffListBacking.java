package fr.orthocab.support.admin.staff;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.staff.Staff;
import fr.orthocab.support.staff.StaffRefused;
import fr.orthocab.support.web.CurrentAccount;
import fr.orthocab.support.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** Supervisors' page of the team: invite, change a role, deactivate and reactivate. */
@Named("staffList")
@ViewScoped
public class StaffListBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Staff staff;
  @Inject private CurrentAccount me;

  @NotBlank
  @Email
  @Size(max = 254)
  private String email;

  @NotBlank
  @Size(max = 100)
  private String displayName;

  @NotNull(message = "{fr.orthocab.support.NotChosen.message}")
  private Role role = Role.AGENT;

  private transient List<Account> all;

  public List<Account> getAll() {
    if (all == null) {
      all = staff.all();
    }
    return all;
  }

  public void invite() {
    if (act(() -> staff.invite(email, displayName, role, me.required()))) {
      Pages.info("admin_staff_list.invited", displayName, email);
      email = null;
      displayName = null;
      role = Role.AGENT;
    }
  }

  public void resend(long id) {
    if (act(() -> staff.resendInvitation(id, me.required()))) {
      Pages.info("admin_staff_list.resent", staff.member(id).getEmail());
    }
  }

  public void revoke(long id) {
    if (act(() -> staff.revokeInvitation(id))) {
      Pages.info("admin_staff_list.revoked", staff.member(id).getDisplayName());
    }
  }

  public void changeRole(long id, Role newRole) {
    if (act(() -> staff.changeRole(id, newRole, me.required()))) {
      Pages.info(
          "admin_staff_list.roleChanged",
          staff.member(id).getDisplayName(),
          Pages.text("Role." + newRole.name()));
    }
  }

  public void deactivate(long id) {
    int[] returned = new int[1];
    if (act(() -> returned[0] = staff.deactivate(id, me.required()))) {
      Pages.info("admin_staff_list.deactivated", staff.member(id).getDisplayName(), returned[0]);
    }
  }

  public void reactivate(long id) {
    if (act(() -> staff.reactivate(id, me.required()))) {
      Pages.info("admin_staff_list.reactivated", staff.member(id).getDisplayName());
    }
  }

  /** Runs a change; a refusal is said in the page's words. Answers whether it was made. */
  private boolean act(Runnable change) {
    try {
      change.run();
      return true;
    } catch (StaffRefused refused) {
      Pages.error("StaffRefused." + refused.reason().name());
      return false;
    } finally {
      all = null;
    }
  }

  public boolean isMe(Account member) {
    return me.get().map(a -> a.getId().equals(member.getId())).orElse(false);
  }

  public Role[] getRoles() {
    return new Role[] {Role.AGENT, Role.SUPERVISOR};
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }
}
