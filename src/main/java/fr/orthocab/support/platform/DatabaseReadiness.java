package fr.orthocab.support.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and every migration of the changelog has been applied. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  @Resource(lookup = SupportDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Inject private DatabaseMigrations migrations;

  @Override
  public HealthCheckResponse call() {
    boolean reachable = reachable();
    boolean migrated = migrations.applied();
    var response =
        HealthCheckResponse.named("database")
            .withData("reachable", reachable)
            .withData("migrations-applied", migrated);
    if (!migrated && migrations.problem() != null) {
      response.withData("problem", migrations.problem());
    }
    return response.status(reachable && migrated).build();
  }

  private boolean reachable() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (Exception e) {
      return false;
    }
  }
}
