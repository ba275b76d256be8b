package fr.orthocab.support.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The class Payara's pool instantiates for the desk's datasource: it creates the driver's own
 * DataSource for the configured URL (PostgreSQL or H2) and, when the database cannot be reached,
 * says so in plain words before the error travels on. The container connects while deploying the
 * WAR, before any of the desk's code runs, so this is where an unreachable database is first seen.
 */
public class ReportingDataSource implements DataSource {
  private static final Logger LOG = Logger.getLogger(ReportingDataSource.class.getName());
  private static final Duration QUIET = Duration.ofSeconds(30);

  /**
   * How long an H2 session waits for a row another holds (H2's default is one second). A customer's
   * requests wait for each other on their row (intake's quota): a burst of fifty must drain without
   * one failing. PostgreSQL waits without limit and detects deadlocks itself.
   */
  static final Duration H2_LOCK_TIMEOUT = Duration.ofSeconds(30);

  private static volatile Instant lastReport = Instant.EPOCH;

  private String url;
  private String user;
  private String password;
  private DataSource delegate;

  /** The driver's DataSource class for a JDBC URL. */
  static String driverFor(String url) {
    if (url != null && url.startsWith("jdbc:postgresql:")) {
      return "org.postgresql.ds.PGSimpleDataSource";
    }
    return "org.h2.jdbcx.JdbcDataSource";
  }

  /** The URL the driver is given: an H2 one waits for locks as long as a burst may need. */
  static String connecting(String url) {
    if (url == null
        || !url.startsWith("jdbc:h2:")
        || url.toUpperCase(Locale.ROOT).contains(";LOCK_TIMEOUT=")) {
      return url;
    }
    return url + ";LOCK_TIMEOUT=" + H2_LOCK_TIMEOUT.toMillis();
  }

  /** The URL as it may be logged: without its query, where drivers accept credentials. */
  static String printable(String url) {
    if (url == null) {
      return "(no URL)";
    }
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  private synchronized DataSource delegate() throws SQLException {
    if (delegate == null) {
      try {
        Object target =
            Class.forName(driverFor(url), true, getClass().getClassLoader())
                .getDeclaredConstructor()
                .newInstance();
        set(target, connecting(url), "setUrl", "setURL");
        set(target, user, "setUser");
        set(target, password, "setPassword");
        delegate = (DataSource) target;
      } catch (ReflectiveOperationException e) {
        throw new SQLException("No JDBC driver for " + printable(url), e);
      }
    }
    return delegate;
  }

  private static void set(Object target, String value, String... setters)
      throws ReflectiveOperationException {
    if (value == null) {
      return;
    }
    for (String setter : setters) {
      try {
        target.getClass().getMethod(setter, String.class).invoke(target, value);
        return;
      } catch (NoSuchMethodException tryNext) {
        // drivers name the URL setter differently
      }
    }
    throw new NoSuchMethodException(setters[0] + " on " + target.getClass().getName());
  }

  @Override
  public Connection getConnection() throws SQLException {
    try {
      return delegate().getConnection();
    } catch (SQLException e) {
      report(e);
      throw e;
    }
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    try {
      return delegate().getConnection(username, pass);
    } catch (SQLException e) {
      report(e);
      throw e;
    }
  }

  private void report(SQLException e) {
    Instant now = Instant.now();
    if (now.isAfter(lastReport.plus(QUIET))) {
      lastReport = now;
      LOG.severe(
          "DATABASE UNAVAILABLE: cannot connect to "
              + printable(url)
              + " as "
              + user
              + " ("
              + e.getMessage()
              + "). The support desk is NOT ready: /health/ready stays DOWN. Check"
              + " APP_DATASOURCE_URL, APP_DATASOURCE_USER and APP_DATASOURCE_PASSWORD.");
    }
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public void setURL(String url) {
    this.url = url;
  }

  public String getUrl() {
    return url;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getUser() {
    return user;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // the container logs through java.util.logging
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // each driver keeps its own default
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    return delegate().unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || delegate().isWrapperFor(type);
  }
}
