package fr.orthocab.support.portal;

import fr.orthocab.support.platform.LanguageSelection;
import fr.orthocab.support.policy.PolicyVersion;
import fr.orthocab.support.policy.PolicyVersions;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;

/** The policy page: the version in force today, in the customer's language. */
@Named
@RequestScoped
public class PolicyBacking {
  @Inject private PolicyVersions versions;
  @Inject private LanguageSelection language;

  private PolicyVersion inForce;

  @PostConstruct
  void load() {
    inForce = versions.inForce().orElse(null);
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
    return inForce == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(language.getLocale())
            .format(inForce.getEffectiveFrom());
  }

  public boolean isTranslated() {
    return inForce == null || inForce.translated(language.getLanguage());
  }
}
