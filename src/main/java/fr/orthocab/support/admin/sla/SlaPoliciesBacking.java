package fr.orthocab.support.admin.sla;

import fr.orthocab.support.sla.ServiceLevel;
import fr.orthocab.support.sla.ServiceLevels;
import fr.orthocab.support.sla.SlaWording;
import fr.orthocab.support.web.CurrentAccount;
import fr.orthocab.support.web.LanguageSelection;
import fr.orthocab.support.web.Pages;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The SLA policies section of the settings: the policy in force per pack, one edited at a time;
 * saving supersedes it, so tickets already counting keep the one they started with.
 */
@Named("slaPolicies")
@ViewScoped
public class SlaPoliciesBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ServiceLevels serviceLevels;
  @Inject private CurrentAccount me;
  @Inject private LanguageSelection language;

  private transient List<ServiceLevel> inForce;
  private PolicyForm form;

  public List<ServiceLevel> getInForce() {
    if (inForce == null) {
      inForce = serviceLevels.inForce();
    }
    return inForce;
  }

  public void edit(long id) {
    ServiceLevel level = inForce(id);
    if (level != null) {
      form = PolicyForm.of(level, packName(level));
    }
  }

  public void save() {
    List<String> problems = form.problems();
    if (!problems.isEmpty()) {
      Pages.error("admin_sla_settings.policy.notSaved");
      problems.forEach(problem -> Pages.error("admin_sla_settings.policy." + problem));
      return;
    }
    inForce = null;
    ServiceLevel edited = inForce(form.getEditedId());
    try {
      if (edited == null) {
        Pages.error("admin_sla_settings.policy.changedMeanwhile", form.getName());
      } else {
        Long packId = edited.getPack() == null ? null : edited.getPack().getId();
        serviceLevels.change(packId, form.policy(), me.required());
        Pages.info("admin_sla_settings.policy.saved", form.getName());
      }
      form = null;
      inForce = null;
    } catch (EJBAccessException e) {
      Pages.error("admin_sla_settings.supervisorsOnly");
    }
  }

  /** The policy in force with that id; none when another supervisor superseded it meanwhile. */
  private ServiceLevel inForce(Long id) {
    return getInForce().stream()
        .filter(s -> Objects.equals(s.getId(), id))
        .findFirst()
        .orElse(null);
  }

  public String packName(ServiceLevel level) {
    return level.getPack() == null
        ? Pages.text("admin_sla_settings.policy.default")
        : level.getPack().name(language.getLanguage());
  }

  public String openingTime(int minutes) {
    return SlaWording.openingTime(minutes);
  }

  public PolicyForm getForm() {
    return form;
  }
}
