package fr.orthocab.support.mail.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the desk's mailbox is and how to log in; no host means no polling. */
@ApplicationScoped
public class MailboxSettings {
  /** The mailbox's address, read here only: outgoing mail comes from it and is answered to it. */
  @Inject
  @ConfigProperty(name = "app.mail.support-address", defaultValue = "support@orthocab.fr")
  String supportAddress;

  @Inject
  @ConfigProperty(name = "app.mail.imap.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "app.mail.imap.port")
  Optional<Integer> port;

  /** none, starttls (required, never downgraded) or tls (IMAPS). */
  @Inject
  @ConfigProperty(name = "app.mail.imap.security", defaultValue = "tls")
  String security;

  @Inject
  @ConfigProperty(name = "app.mail.imap.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "app.mail.imap.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "app.mail.imap.folder", defaultValue = "INBOX")
  String folder;

  /** At most so many mails a poll, so that one poll never runs for long. */
  @Inject
  @ConfigProperty(name = "app.mail.imap.batch-size", defaultValue = "50")
  int batchSize;

  /** A larger mail is not read: its headers are kept for agents (25 MiB by default). */
  @Inject
  @ConfigProperty(name = "app.mail.imap.max-message-bytes", defaultValue = "26214400")
  long maxMessageBytes;

  /** After so many failed polls a mail is kept as it came and retried no more. */
  @Inject
  @ConfigProperty(name = "app.mail.imap.max-attempts", defaultValue = "5")
  int maxAttempts;

  /**
   * How long reading one mail may take before it counts as a failure: no mail can hold the poller,
   * and the mails behind it, for longer.
   */
  @Inject
  @ConfigProperty(name = "app.mail.imap.parse-budget-ms", defaultValue = "5000")
  long parseBudgetMillis;

  /** The support address customers write to: From and Reply-To of every mail the desk sends. */
  public String supportAddress() {
    return supportAddress;
  }

  Duration parseBudget() {
    return Duration.ofMillis(parseBudgetMillis);
  }

  long maxMessageBytes() {
    return maxMessageBytes;
  }

  int maxAttempts() {
    return maxAttempts;
  }

  boolean enabled() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  String host() {
    return host.orElseThrow();
  }

  String protocol() {
    return tls() ? "imaps" : "imap";
  }

  public int port() {
    return port.orElse(tls() ? 993 : 143);
  }

  public String user() {
    return user.orElse("");
  }

  public String password() {
    return password.orElse("");
  }

  String folder() {
    return folder;
  }

  int batchSize() {
    return batchSize;
  }

  /**
   * Jakarta Mail's session properties. {@code peek}: reading a message must not mark it \Seen, the
   * desk marks it itself once the mail is safely stored.
   */
  Properties sessionProperties() {
    String p = "mail." + protocol() + ".";
    Properties properties = new Properties();
    properties.put(p + "peek", "true");
    properties.put(p + "connectiontimeout", "10000");
    properties.put(p + "timeout", "60000");
    properties.put(p + "writetimeout", "60000");
    if (tls()) {
      properties.put(p + "ssl.checkserveridentity", "true");
    }
    if (mode().equals("starttls")) {
      properties.put(p + "starttls.enable", "true");
      properties.put(p + "starttls.required", "true");
      properties.put(p + "ssl.checkserveridentity", "true");
    }
    return properties;
  }

  private boolean tls() {
    return mode().equals("tls");
  }

  private String mode() {
    String mode = security.strip().toLowerCase(Locale.ROOT);
    if (!mode.equals("none") && !mode.equals("starttls") && !mode.equals("tls")) {
      throw new IllegalStateException(
          "app.mail.imap.security must be none, starttls or tls, not " + security);
    }
    return mode;
  }
}
