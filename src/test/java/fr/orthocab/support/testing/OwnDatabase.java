package fr.orthocab.support.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An empty database of its own for a desk of the tests that must not share the shared desk's: an H2
 * file under the run's data folder, or, when the run uses PostgreSQL (APP_DATASOURCE_URL, CI's
 * second pass), a database next to the run's on the same server, dropped and created again over
 * JDBC (the server trusts the run's user: APP_DATASOURCE_USER, else postgres).
 */
public final class OwnDatabase {
  private static final Pattern POSTGRESQL =
      Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^?]+)(\\?.*)?$");

  private final String url;
  private final String user;
  private final String password;
  private final Runnable drop;

  private OwnDatabase(String url, String user, String password, Runnable drop) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.drop = drop;
  }

  /** An empty database named after {@code name}: {@code <run's database>_<name>}, or an H2 file. */
  public static OwnDatabase empty(String name) {
    String runs = System.getenv("APP_DATASOURCE_URL");
    Matcher postgresql = POSTGRESQL.matcher(runs == null ? "" : runs);
    if (postgresql.matches()) {
      return emptyOnPostgreSql(postgresql, name);
    }
    String dir = System.getProperty("it.data.dir", "target/it-data");
    Path file = new File(dir, name).getAbsoluteFile().toPath();
    for (String suffix : new String[] {".mv.db", ".trace.db"}) {
      try {
        Files.deleteIfExists(Path.of(file + suffix));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    // the desk's own defaults for the embedded database (microprofile-config.properties)
    return new OwnDatabase("jdbc:h2:file:" + file, "sa", "sa", () -> {});
  }

  private static OwnDatabase emptyOnPostgreSql(Matcher runs, String name) {
    String user = Objects.requireNonNullElse(System.getenv("APP_DATASOURCE_USER"), "postgres");
    String password = Objects.requireNonNullElse(System.getenv("APP_DATASOURCE_PASSWORD"), "");
    String database = runs.group(2) + "_" + name;
    String url = runs.group(1) + database + Objects.requireNonNullElse(runs.group(3), "");
    String server = runs.group(0);
    String dropIt = "DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)";
    execute(server, user, password, dropIt);
    execute(server, user, password, "CREATE DATABASE \"" + database + "\"");
    return new OwnDatabase(url, user, password, () -> execute(server, user, password, dropIt));
  }

  private static void execute(String server, String user, String password, String sql) {
    try (Connection connection = DriverManager.getConnection(server, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** Its JDBC URL, for the desk's APP_DATASOURCE_URL (user and password are the run's). */
  public String url() {
    return url;
  }

  /** A connection as the desk's user, to fill it before a start or read it after. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** Drops it (PostgreSQL); an H2 file is emptied by the next {@link #empty}. */
  public void drop() {
    drop.run();
  }
}
