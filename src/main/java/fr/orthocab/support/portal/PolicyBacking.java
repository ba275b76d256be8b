package fr.orthocab.support.portal;

import fr.orthocab.support.policy.PolicyVersion;
import fr.orthocab.support.policy.PolicyVersions;
import fr.orthocab.support.web.LanguageSelection;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;

/**
 * The policy page: the version in force today, in the customer's language, and the next one if a
 * supervisor has published it already.
 */
@Named
@RequestScoped
public class PolicyBacking {
  @Inject private PolicyVersions versions;
  @Inject private LanguageSelection language;

  private PolicyVersion inForce;
  private PolicyVersion scheduled;

  @PostConstruct
  void load() {
    inForce = versions.inForce().orElse(null);
    scheduled = versions.nextScheduled().orElse(null);
  }

  /** The version published to take effect later, if any: customers are told beforehand. */
  public PolicyVersion getScheduled() {
    return scheduled;
  }

  public String getScheduledDate() {
    return scheduled == null ? "" : longDate(scheduled.getEffectiveFrom());
  }

  public PolicyVersion getInForce() {
    return inForce;
  }

  /** The text as paragraphs, so the page shows its layout without trusting it as markup. */
  public List<String> getParagraphs() {
    if (inForce == null) {
      return List.of();
    }
    return Arrays.stream(inForce.text(language.getLanguage()).split("\\R"))
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .toList();
  }

  /** The effective date as a person reads it, in the page's language. */
  public String getEffectiveDate() {
    return inForce == null ? "" : longDate(inForce.getEffectiveFrom());
  }

  private String longDate(LocalDate day) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(language.getLocale())
        .format(day);
  }

  public boolean isTranslated() {
    return inForce == null || inForce.translated(language.getLanguage());
  }
}
