package fr.orthocab.support.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a held request waits before it is refused by itself (README, "Settings"), read here
 * only: the notice that tells the customer, the expiry sweep and an identity confirmation's link
 * must count the same days.
 */
@ApplicationScoped
public class HoldDelays {
  @Inject
  @ConfigProperty(name = "app.intake.identification-days", defaultValue = "7")
  int identificationDays;

  @Inject
  @ConfigProperty(name = "app.intake.renewal-days", defaultValue = "30")
  int renewalDays;

  /** Days a request waits for its sender's identification ({@code REFUSE-ID}). */
  public int identificationDays() {
    return identificationDays;
  }

  /** Days a request waits for its customer's renewal ({@code ELIG-ACTIVE}). */
  public int renewalDays() {
    return renewalDays;
  }
}
