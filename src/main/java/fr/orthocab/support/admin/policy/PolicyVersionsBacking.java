package fr.orthocab.support.admin.policy;

import static fr.orthocab.support.platform.ClockProducer.PARIS;

import fr.orthocab.support.policy.ClauseText;
import fr.orthocab.support.policy.ClauseTexts;
import fr.orthocab.support.policy.PolicyVersion;
import fr.orthocab.support.policy.PolicyVersions;
import fr.orthocab.support.web.LanguageSelection;
import fr.orthocab.support.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.omnifaces.cdi.Param;

/** The supervisors' list of the policy's versions, and the text of the one they look at. */
@Named("policyVersionsPage")
@RequestScoped
public class PolicyVersionsBacking {
  @Inject private PolicyVersions versions;
  @Inject private ClauseTexts clauseTexts;
  @Inject private LanguageSelection language;
  @Inject private Clock clock;

  // read at construction, so that a publishing form sent back with errors still shows the list
  @Inject @Param private String id;

  private List<PolicyVersion> all;
  private Long inForceId;
  private PolicyVersion shown;
  private Collection<ClauseText> shownClauses;

  @PostConstruct
  void load() {
    all = versions.all();
    PolicyVersion inForce = versions.inForce().orElse(null);
    inForceId = inForce == null ? null : inForce.getId();
    OptionalLong wanted = Pages.id(id);
    shown = wanted.isPresent() ? versions.find(wanted.getAsLong()).orElse(inForce) : inForce;
    shownClauses = shown == null ? List.of() : clauseTexts.of(shown).values();
  }

  /** In force today, scheduled for a later day, or superseded by a later version. */
  public String status(PolicyVersion version) {
    if (Objects.equals(version.getId(), inForceId)) {
      return "IN_FORCE";
    }
    return version.getEffectiveFrom().isAfter(LocalDate.now(clock.withZone(PARIS)))
        ? "SCHEDULED"
        : "SUPERSEDED";
  }

  /** The shown version's text as paragraphs, in the page's language (French if untranslated). */
  public List<String> getParagraphs() {
    if (shown == null) {
      return List.of();
    }
    return Arrays.stream(shown.text(language.getLanguage()).split("\\R"))
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .toList();
  }

  public String clauseText(ClauseText text) {
    return text.text(language.getLanguage());
  }

  public List<PolicyVersion> getAll() {
    return all;
  }

  public PolicyVersion getShown() {
    return shown;
  }

  public Collection<ClauseText> getShownClauses() {
    return shownClauses;
  }
}
