package fr.orthocab.support.admin.policy;

import fr.orthocab.support.policy.NewPolicyVersion;
import fr.orthocab.support.policy.PolicyVersion;
import fr.orthocab.support.policy.PolicyVersions;
import fr.orthocab.support.policy.PublicationRefused;
import fr.orthocab.support.web.CurrentAccount;
import fr.orthocab.support.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;

/**
 * The publishing form: a draft prefilled with the texts of the version in force, which the
 * supervisor edits before choosing the day it takes effect.
 */
@Named("publishPolicy")
@ViewScoped
public class PublishPolicyBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Inject private PolicyVersions versions;
  @Inject private CurrentAccount me;

  private NewPolicyVersion draft;

  @PostConstruct
  void prefill() {
    draft = versions.draft();
  }

  public String publish() {
    try {
      PolicyVersion published = versions.publish(draft, me.required());
      Pages.info(
          "admin_policy_versions.published",
          published.getLabel(),
          DAY.format(published.getEffectiveFrom()));
      return "/admin/policy/versions.xhtml?faces-redirect=true&id=" + published.getId();
    } catch (PublicationRefused e) {
      Pages.error("admin_policy_versions.refused." + e.reason());
    } catch (EJBAccessException e) {
      Pages.error("admin_policy_versions.supervisorsOnly");
    }
    return null;
  }

  public NewPolicyVersion getDraft() {
    return draft;
  }
}
