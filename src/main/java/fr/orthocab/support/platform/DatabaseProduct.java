package fr.orthocab.support.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which database the desk runs on, for the few queries that must be written for each: PostgreSQL in
 * production, H2 for development and most tests. Read from the datasource's URL, as {@link
 * ReportingDataSource} picks its driver.
 */
@ApplicationScoped
public class DatabaseProduct {
  private boolean postgres;

  DatabaseProduct() {
    // for the container's client proxy
  }

  @Inject
  DatabaseProduct(@ConfigProperty(name = "app.datasource.url") String url) {
    this.postgres = url != null && url.startsWith("jdbc:postgresql:");
  }

  public boolean postgres() {
    return postgres;
  }
}
