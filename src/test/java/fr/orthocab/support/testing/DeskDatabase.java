package fr.orthocab.support.testing;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;

/**
 * The shared desk's own database, opened beside it so that a browser test can move the desk's time:
 * the desk reads every instant from its rows (it keeps no second-level cache), so moving a ticket's
 * resolution back is, for the desk, days passing. The embedded H2 file is shared through H2's
 * automatic server mode; PostgreSQL is the run's database (APP_DATASOURCE_URL).
 */
public final class DeskDatabase {
  /** What the shared desk's H2 URL ends with, so that the tests can open the file too. */
  static final String H2_SHARING = ";AUTO_SERVER=TRUE";

  private DeskDatabase() {}

  /** Sets a ticket's instant column, named by the test, to that instant. */
  public static void setTicketInstant(String reference, String column, Instant at) {
    if (!column.matches("[a-z_]+")) {
      throw new IllegalArgumentException(column);
    }
    String sql = "update ticket set " + column + " = ? where reference = ?";
    try (Connection connection = connect();
        PreparedStatement update = connection.prepareStatement(sql)) {
      update.setTimestamp(1, Timestamp.from(at));
      update.setString(2, reference);
      if (update.executeUpdate() != 1) {
        throw new IllegalStateException("No ticket " + reference);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private static Connection connect() throws SQLException {
    String runs = System.getenv("APP_DATASOURCE_URL");
    if (runs != null) {
      return DriverManager.getConnection(
          runs,
          Objects.requireNonNullElse(System.getenv("APP_DATASOURCE_USER"), "postgres"),
          Objects.requireNonNullElse(System.getenv("APP_DATASOURCE_PASSWORD"), ""));
    }
    String dir = System.getProperty("it.data.dir", "target/it-data");
    return DriverManager.getConnection(
        "jdbc:h2:file:" + new File(dir, "desk").getAbsolutePath() + H2_SHARING, "sa", "sa");
  }
}
