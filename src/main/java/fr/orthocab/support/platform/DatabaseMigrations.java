package fr.orthocab.support.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Applies the Liquibase changelog (top-level {@code liquibase/} folder, packed into the WAR) at
 * start-up, outside any JTA transaction. When the database cannot be reached the desk says so
 * loudly, readiness stays down, and the migration is tried again every half minute ({@link
 * Cadence.Job#DATABASE_MIGRATION_RETRY}).
 *
 * <p>Before any change the desk says it reached the database ({@link DatabaseReached}); when an
 * observer refuses the start ({@link StartRefused}), the desk logs why and ends its process at once
 * with a status that is not zero. {@code Runtime.halt} rather than {@code System.exit}: this runs
 * in the thread that deploys the application, and {@code System.exit} runs Payara Micro's shutdown
 * hook, which waits for that deployment to end and so for this thread (the process hangs). Nothing
 * is lost by skipping the hooks: nothing was changed, and the log is flushed first.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrations {
  static final String CHANGELOG = "liquibase/changelog.xml";
  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  @Resource(lookup = SupportDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Resource private TimerService timers;
  @Inject private Cadence cadence;
  @Inject private Event<DatabaseReached> reached;

  private volatile boolean applied;
  private volatile String problem = "not started";

  @PostConstruct
  void migrateAtStartUp() {
    migrate();
    cadence.start(timers, Cadence.Job.DATABASE_MIGRATION_RETRY);
  }

  @Timeout
  void retryUntilApplied() {
    if (!applied) {
      migrate();
    }
  }

  private void migrate() {
    try (Connection connection = dataSource.getConnection()) {
      Database database =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(connection));
      String product = database.getDatabaseProductName();
      reached.fire(new DatabaseReached(connection));
      try (Liquibase liquibase =
          new Liquibase(
              CHANGELOG, new ClassLoaderResourceAccessor(getClass().getClassLoader()), database)) {
        liquibase.update("");
      }
      applied = true;
      problem = null;
      LOG.info("Database schema is up to date (" + product + ").");
    } catch (StartRefused e) {
      refuseToRun(e);
    } catch (liquibase.exception.ValidationFailedException e) {
      // retrying cannot help: a changeset already applied to this database was edited since
      problem = e.getMessage();
      LOG.log(
          Level.SEVERE,
          "DATABASE SCHEMA CONFLICT: the support desk is NOT ready. The database holds changesets"
              + " that differ from liquibase/ (an applied changeset was edited: add a new one"
              + " instead). Cause: "
              + e.getMessage());
    } catch (SQLException | liquibase.exception.LiquibaseException | RuntimeException e) {
      problem = e.getMessage();
      LOG.log(
          Level.SEVERE,
          "DATABASE UNAVAILABLE: the support desk cannot migrate its database and is NOT ready. "
              + "Check APP_DATASOURCE_URL / APP_DATASOURCE_USER / APP_DATASOURCE_PASSWORD. "
              + "Retrying every "
              + cadence.every(Cadence.Job.DATABASE_MIGRATION_RETRY).toSeconds()
              + " s. Cause: "
              + e.getMessage());
    } catch (Exception e) {
      problem = e.getMessage();
      LOG.log(Level.SEVERE, "DATABASE MIGRATION FAILED: the support desk is NOT ready.", e);
    }
  }

  private static void refuseToRun(StartRefused refusal) {
    LOG.severe(refusal.getMessage());
    for (Handler handler : Logger.getLogger("").getHandlers()) {
      handler.flush();
    }
    System.out.flush();
    System.err.flush();
    Runtime.getRuntime().halt(StartRefused.EXIT_STATUS);
  }

  public boolean applied() {
    return applied;
  }

  public String problem() {
    return problem;
  }
}
