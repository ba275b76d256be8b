package fr.orthocab.support.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The desk's one datasource. Its settings come from MicroProfile Config: defaults in {@code
 * META-INF/microprofile-config.properties} (embedded H2 under ./data), overridden by environment
 * variables such as {@code APP_DATASOURCE_URL}; the driver follows the URL (see {@link
 * ReportingDataSource}).
 */
@DataSourceDefinition(
    name = SupportDataSource.JNDI_NAME,
    className = "fr.orthocab.support.platform.ReportingDataSource",
    url = "${MPCONFIG=app.datasource.url}",
    user = "${MPCONFIG=app.datasource.user}",
    password = "${MPCONFIG=app.datasource.password}",
    minPoolSize = 1,
    maxPoolSize = 30)
@ApplicationScoped
public class SupportDataSource {
  public static final String JNDI_NAME = "java:app/jdbc/support";
}
