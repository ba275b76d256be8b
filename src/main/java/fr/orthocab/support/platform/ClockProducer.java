package fr.orthocab.support.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The desk's time source: injected everywhere so that rules can be tested at fixed instants. */
@ApplicationScoped
public class ClockProducer {
  /** Everything a person sees is in this zone; instants are stored in UTC. */
  public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }
}
