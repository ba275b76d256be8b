package fr.orthocab.support.web;

import fr.orthocab.support.retention.RetentionSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * The retention periods as the pages say them, for the agents' and the customers' ticket pages
 * alike: a purged file reads "fichier supprimé après 1 an" in place of its link.
 */
@Named
@ApplicationScoped
public class RetentionPeriods {
  @Inject private RetentionSettings settings;

  /** How long files are kept, in words of that locale. */
  public String files(Locale locale) {
    return settings.policy().filesPeriod(locale);
  }
}
