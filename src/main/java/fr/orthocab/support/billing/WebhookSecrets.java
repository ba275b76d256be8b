package fr.orthocab.support.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The webhook's secrets ({@code BILLING_WEBHOOK_SECRETS}, comma-separated: several while one is
 * rotated out) and tolerance, from configuration, never from the repository, read at each call so
 * that a dynamic configuration source can rotate them without a restart. With no secret the webhook
 * refuses every call, loudly: an unsigned renewal is never accepted.
 */
@ApplicationScoped
public class WebhookSecrets {
  private static final Logger LOG = Logger.getLogger(WebhookSecrets.class.getName());

  @Inject private Config config;

  @Inject
  @ConfigProperty(name = "billing.webhook.tolerance-seconds", defaultValue = "300")
  private long toleranceSeconds;

  /** Whether at least one secret is configured (nothing logged: for banners and health). */
  public boolean configured() {
    return !secrets().isEmpty();
  }

  /** The signature checker, or empty (and an error in the log) when no secret is configured. */
  public Optional<WebhookSignature> signature() {
    List<String> configured = secrets();
    if (configured.isEmpty()) {
      LOG.severe(
          "BILLING WEBHOOK REFUSED: no secret configured (set BILLING_WEBHOOK_SECRETS);"
              + " every renewal is answered 503 until one is.");
      return Optional.empty();
    }
    return Optional.of(new WebhookSignature(configured, Duration.ofSeconds(toleranceSeconds)));
  }

  private List<String> secrets() {
    return config.getOptionalValue("billing.webhook.secrets", String.class).stream()
        .flatMap(s -> Arrays.stream(s.split(",")))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
