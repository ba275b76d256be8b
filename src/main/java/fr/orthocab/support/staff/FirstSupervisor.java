package fr.orthocab.support.staff;

import fr.orthocab.support.platform.DatabaseMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start-up: a desk with no supervisor at all and {@code APP_FIRST_SUPERVISOR_EMAIL} set invites
 * that address as its first supervisor (name from {@code APP_FIRST_SUPERVISOR_NAME}, or the
 * address's first part), by mail, and logs a link of its own once, for a desk whose mail does not
 * work yet. Once a supervisor exists it does nothing, on every node and every later start; nodes
 * starting together create one account at most (the address is unique).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstSupervisor {
  private static final Logger LOG = Logger.getLogger(FirstSupervisor.class.getName());

  @Inject private DatabaseMigrations migrations;
  @Inject private Staff staff;

  @Inject
  @ConfigProperty(name = "app.first-supervisor.email")
  private Optional<String> email;

  @Inject
  @ConfigProperty(name = "app.first-supervisor.name")
  private Optional<String> name;

  @PostConstruct
  void inviteIfNone() {
    Optional<String> address = email.map(String::strip).filter(e -> !e.isEmpty());
    if (address.isEmpty() || !migrations.applied()) {
      return;
    }
    try {
      staff
          .inviteFirstSupervisor(address.get(), displayName(address.get()))
          .ifPresent(
              link ->
                  LOG.warning(
                      "FIRST SUPERVISOR INVITED: "
                          + address.get()
                          + " was mailed an invitation. Until mail works, this link (single use,"
                          + " valid 72 hours) lets them choose their password: "
                          + link));
    } catch (RuntimeException e) {
      // another node created it at the same moment, or the address is not one
      LOG.log(
          Level.WARNING, "The first supervisor was not invited by this node: {0}", e.toString());
    }
  }

  private String displayName(String address) {
    return name.map(String::strip)
        .filter(n -> !n.isEmpty())
        .orElseGet(
            () -> {
              String local =
                  address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
              return local.isEmpty()
                  ? "Superviseur"
                  : local.substring(0, 1).toUpperCase(Locale.ROOT) + local.substring(1);
            });
  }
}
