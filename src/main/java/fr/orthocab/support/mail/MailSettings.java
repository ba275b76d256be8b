package fr.orthocab.support.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outgoing mail settings (README, "Settings"). Without {@code app.mail.smtp.host} nothing is
 * sent: notifications wait in the outbox, PENDING, until a server is configured.
 */
@ApplicationScoped
public class MailSettings {
  @Inject
  @ConfigProperty(name = "app.mail.smtp.host")
  Optional<String> smtpHost;

  @Inject
  @ConfigProperty(name = "app.mail.smtp.port", defaultValue = "25")
  int smtpPort;

  @Inject
  @ConfigProperty(name = "app.mail.smtp.security", defaultValue = "none")
  String smtpSecurity;

  @Inject
  @ConfigProperty(name = "app.mail.smtp.user")
  Optional<String> smtpUser;

  @Inject
  @ConfigProperty(name = "app.mail.smtp.password")
  Optional<String> smtpPassword;

  @Inject
  @ConfigProperty(name = "app.mail.auto-answers-per-hour", defaultValue = "1")
  int autoAnswersPerHour;

  @Inject
  @ConfigProperty(name = "app.mail.links-only", defaultValue = "false")
  boolean linksOnly;

  @Inject
  @ConfigProperty(name = "app.mail.retry.first-delay-seconds", defaultValue = "60")
  long firstDelaySeconds;

  @Inject
  @ConfigProperty(name = "app.mail.retry.max-delay-seconds", defaultValue = "3600")
  long maxDelaySeconds;

  @Inject
  @ConfigProperty(name = "app.mail.retry.give-up-hours", defaultValue = "48")
  long giveUpHours;

  @Inject
  @ConfigProperty(name = "app.mail.reply-tokens", defaultValue = "false")
  boolean replyTokens;

  /** The SMTP port the desk sends to (the demo mail server listens on it). */
  public int smtpPort() {
    return smtpPort;
  }

  /** The configured SMTP server, or nothing: sending is off. */
  public Optional<SmtpServer> smtp() {
    return smtpHost
        .filter(h -> !h.isBlank())
        .map(
            host ->
                new SmtpServer(
                    host,
                    smtpPort,
                    smtpSecurity,
                    smtpUser.orElse(null),
                    smtpPassword.orElse(null)));
  }

  /**
   * Whether the desk's mails are to be answered at {@code support+<token>@…}: only for a mailbox
   * that receives plus-addressed mail, which not every server does.
   */
  public boolean replyTokens() {
    return replyTokens;
  }

  public int autoAnswersPerHour() {
    return autoAnswersPerHour;
  }

  /** Whether customers who chose nothing get links instead of message content. */
  public boolean linksOnlyByDefault() {
    return linksOnly;
  }

  public Backoff backoff() {
    return new Backoff(
        Duration.ofSeconds(firstDelaySeconds),
        Duration.ofSeconds(maxDelaySeconds),
        Duration.ofHours(giveUpHours));
  }
}
