package fr.orthocab.support.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The retention periods (README, "Settings"), read here only. */
@ApplicationScoped
public class RetentionSettings {
  @Inject
  @ConfigProperty(name = "app.retention.content-days", defaultValue = "1095")
  int contentDays;

  @Inject
  @ConfigProperty(name = "app.retention.files-days", defaultValue = "365")
  int filesDays;

  @Inject
  @ConfigProperty(name = "app.retention.raw-mail-days", defaultValue = "90")
  int rawMailDays;

  @Inject
  @ConfigProperty(name = "app.retention.webhook-days", defaultValue = "30")
  int webhookDays;

  @Inject
  @ConfigProperty(name = "app.retention.audit-days", defaultValue = "2190")
  int auditDays;

  /** The policy the settings give; a period under one day is refused when the sweep reads it. */
  public RetentionPolicy policy() {
    return new RetentionPolicy(contentDays, filesDays, rawMailDays, webhookDays, auditDays);
  }
}
