package fr.orthocab.support.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a resolved request stays open to its customer (README, "Settings"), read here only: the
 * comment that reopens it, the sweep that closes it by itself and the warning that announces it
 * must count the same days.
 */
@ApplicationScoped
public class ClosingDelays {
  @Inject
  @ConfigProperty(name = "app.tickets.reopen-days", defaultValue = "14")
  int reopenDays;

  @Inject
  @ConfigProperty(name = "app.tickets.auto-close-days", defaultValue = "7")
  int autoCloseDays;

  @Inject
  @ConfigProperty(name = "app.tickets.auto-close-warning-days", defaultValue = "2")
  int warningDays;

  /** After its resolution, a customer's comment reopens the request within this window. */
  public Duration reopenWindow() {
    return Duration.ofDays(reopenDays);
  }

  /** A resolved request without answer from its customer closes by itself after this. */
  public Duration autoCloseDelay() {
    return Duration.ofDays(autoCloseDays);
  }

  /** The customer is told this long before (and never closed sooner after being told). */
  public Duration warningLead() {
    return Duration.ofDays(warningDays);
  }
}
