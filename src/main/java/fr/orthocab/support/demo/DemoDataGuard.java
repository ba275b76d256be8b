package fr.orthocab.support.demo;

import fr.orthocab.support.account.PasswordHashing;
import fr.orthocab.support.customer.EmailKey;
import fr.orthocab.support.platform.DatabaseReached;
import fr.orthocab.support.platform.StartRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * Outside demo mode, refuses to start on data that holds the demo accounts (a {@code ./data} made
 * by {@code ./run} and reused for production would keep a supervisor whose password the README
 * publishes): an account with a demo address that still opens with the published password. A real
 * member of the team who happens to have one of those addresses, with a password of their own, is
 * no demo account. Looks before the schema is migrated, with plain SQL on the migration's
 * connection, so that a refused start changes nothing; a database without the account table (a
 * fresh one) holds no demo account.
 */
@ApplicationScoped
public class DemoDataGuard {
  static final String TABLE = "account";

  @Inject DemoSettings settings;
  @Inject PasswordHashing hashing;

  void refuseDemoDataOutsideDemoMode(@Observes DatabaseReached reached) {
    if (settings.demo()) {
      return;
    }
    List<String> found;
    try {
      found =
          demoAccountsIn(
              reached.connection(),
              hash -> hashing.matches(DemoLogin.PASSWORD.toCharArray(), hash));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot look for the demo accounts: " + e.getMessage(), e);
    }
    if (!found.isEmpty()) {
      throw new StartRefused(refusal(found));
    }
  }

  /** The demo logins that have an account in this database still opened by the demo password. */
  static List<String> demoAccountsIn(Connection connection, Predicate<String> isDemoPassword)
      throws SQLException {
    if (!hasAccountTable(connection)) {
      return List.of();
    }
    String marks = String.join(",", Collections.nCopies(DemoData.LOGINS.size(), "?"));
    List<String> found = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT email, password_hash FROM "
                + TABLE
                + " WHERE email_key IN ("
                + marks
                + ") ORDER BY email")) {
      for (int i = 0; i < DemoData.LOGINS.size(); i++) {
        query.setString(i + 1, EmailKey.of(DemoData.LOGINS.get(i).email()));
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String hash = rows.getString(2);
          if (hash != null && isDemoPassword.test(hash)) {
            found.add(rows.getString(1));
          }
        }
      }
    }
    return found;
  }

  /**
   * In the connection's own schema, the one the changelog is applied to; H2 writes names
   * upper-case.
   */
  private static boolean hasAccountTable(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet tables =
        meta.getTables(
            connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
      while (tables.next()) {
        if (TABLE.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
          return true;
        }
      }
    }
    return false;
  }

  static String refusal(List<String> found) {
    return "DEMO DATA IN A PRODUCTION START: the support desk refuses to run and has changed"
        + " nothing. APP_DEMO is not true, but the database holds the demo accounts "
        + String.join(", ", found)
        + ", whose password is published (README, \"Demo logins\"). Either start on an empty"
        + " database (another APP_DATASOURCE_URL, or move ./data away), or delete the demo"
        + " accounts and their data from this one first; for a demo, start with APP_DEMO=true"
        + " (./run).";
  }
}
