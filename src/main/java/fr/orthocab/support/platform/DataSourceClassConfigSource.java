package fr.orthocab.support.platform;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives {@code app.datasource.class} from the datasource URL so that an operator sets only the
 * URL, user and password. An explicit {@code APP_DATASOURCE_CLASS} still wins (higher ordinals).
 */
public class DataSourceClassConfigSource implements ConfigSource {
  static final String KEY = "app.datasource.class";

  @Override
  public Set<String> getPropertyNames() {
    return Set.of(KEY);
  }

  @Override
  public String getValue(String propertyName) {
    return KEY.equals(propertyName) ? driverFor(configuredUrl()) : null;
  }

  @Override
  public String getName() {
    return "datasource-class-from-url";
  }

  @Override
  public int getOrdinal() {
    return 50;
  }

  static String driverFor(String url) {
    if (url != null && url.startsWith("jdbc:postgresql:")) {
      return "org.postgresql.ds.PGSimpleDataSource";
    }
    return "org.h2.jdbcx.JdbcDataSource";
  }

  private static String configuredUrl() {
    String fromProperty = System.getProperty("app.datasource.url");
    if (fromProperty != null) {
      return fromProperty;
    }
    Map<String, String> env = System.getenv();
    return env.getOrDefault("APP_DATASOURCE_URL", env.get("app_datasource_url"));
  }
}
