package fr.orthocab.support.admin.policy;

import fr.orthocab.support.policy.NewClauseText;
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
import java.util.List;
import java.util.Objects;

/**
 * The publishing form: a draft prefilled with the texts of the version in force, which the
 * supervisor edits before choosing the day it takes effect, then reviews against the version in
 * force (what changed, word by word) before publishing it. A draft edited after its review is shown
 * again rather than published unreviewed.
 */
@Named("publishPolicy")
@ViewScoped
public class PublishPolicyBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Inject private PolicyVersions versions;
  @Inject private CurrentAccount me;

  private NewPolicyVersion draft;
  private NewPolicyVersion inForce;
  private List<PolicyChange> changes;

  @PostConstruct
  void prefill() {
    draft = versions.draft();
    inForce = versions.draft();
  }

  public void review() {
    changes = PolicyChange.between(inForce, draft);
  }

  /** Whether a clause's text, in either language, is no longer the version in force's. */
  public boolean changed(NewClauseText clause) {
    return inForce.getClauseTexts().stream()
        .filter(c -> c.getClause() == clause.getClause())
        .noneMatch(
            c ->
                Objects.equals(c.getTextFr(), clause.getTextFr())
                    && Objects.equals(c.getTextEn(), clause.getTextEn()));
  }

  public String publish() {
    List<PolicyChange> now = PolicyChange.between(inForce, draft);
    if (!now.equals(changes)) {
      changes = now;
      Pages.error("admin_policy_versions.reviewAgain");
      return null;
    }
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

  /** The draft's changes as last reviewed; null before a review. */
  public List<PolicyChange> getChanges() {
    return changes;
  }
}
