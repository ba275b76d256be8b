package fr.orthocab.support.admin;

import fr.orthocab.support.rotation.Rotations;
import fr.orthocab.support.web.CurrentAccount;
import fr.orthocab.support.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The header's availability, for the members of the team while automatic assignment is on: they say
 * whether new requests may be given to them in turn.
 */
@Named
@RequestScoped
public class AvailabilityBacking {
  @Inject private Rotations rotations;
  @Inject private CurrentAccount me;

  private Boolean shown;

  /** Whether to offer it: to a member of the team, while the rotation is on. */
  public boolean isShown() {
    if (shown == null) {
      shown = me.isStaff() && rotations.isOn();
    }
    return shown;
  }

  public boolean isAvailable() {
    return me.get().map(a -> rotations.isAvailable(a.getId())).orElse(false);
  }

  public void toggle() {
    boolean now = !isAvailable();
    rotations.available(me.required().getId(), now);
    Pages.info(now ? "nav.available.nowOn" : "nav.available.nowOff");
  }
}
