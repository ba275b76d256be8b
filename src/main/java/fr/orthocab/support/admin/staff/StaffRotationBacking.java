package fr.orthocab.support.admin.staff;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.rotation.Rotations;
import fr.orthocab.support.web.CurrentAccount;
import fr.orthocab.support.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The team page's automatic assignment: supervisors turn it on or off, and see who is available for
 * requests given in turn.
 */
@Named
@ViewScoped
public class StaffRotationBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Rotations rotations;
  @Inject private CurrentAccount me;

  private boolean on;

  @PostConstruct
  void init() {
    on = rotations.isOn();
  }

  public void save() {
    rotations.turn(on, me.getEmail());
    Pages.info(on ? "admin_staff_list.rotation.turnedOn" : "admin_staff_list.rotation.turnedOff");
  }

  public List<Account> getAvailable() {
    return rotations.availableMembers();
  }

  public boolean isOn() {
    return on;
  }

  public void setOn(boolean on) {
    this.on = on;
  }
}
