package fr.orthocab.support.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.platform.StartRefused;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.OddDesk;
import fr.orthocab.support.testing.OwnDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A production start on data that holds a demo account (here the demo supervisor, written with
 * plain SQL rather than by a demo start, which would cost a second start) refuses to run: it says
 * why and what to do, ends with a status that is not zero, and leaves the database as it found it.
 */
@ExtendWith(OddDesk.Extension.class)
class DemoDataGuardIT {
  @Test
  void aProductionStartOnDemoDataEndsWithTheReasonAndChangesNothing(OddDesk oddDesk)
      throws SQLException {
    OwnDatabase database = oddDesk.database();
    try (Connection connection = database.connect();
        Statement sql = connection.createStatement()) {
      sql.execute(
          "CREATE TABLE account (id BIGINT PRIMARY KEY, email VARCHAR(254) NOT NULL,"
              + " email_key VARCHAR(254) NOT NULL, display_name VARCHAR(200) NOT NULL,"
              + " password_hash VARCHAR(400))");
      sql.execute(
          "INSERT INTO account VALUES (1, 'nadia.lefevre@orthocab.fr',"
              + " 'nadia.lefevre@orthocab.fr', 'Nadia Lefèvre', '"
              + hashOf(DemoLogin.PASSWORD)
              + "')");
    }
    List<String> before = contents(database);

    long started = System.nanoTime();
    DeskServer desk = oddDesk.startRefused(Map.of("APP_DEMO", "false"));
    System.out.printf(
        "The refused start ended in %d ms (launch to exit)%n",
        (System.nanoTime() - started) / 1_000_000);

    assertEquals(StartRefused.EXIT_STATUS, desk.exitStatus());
    String log = desk.log();
    assertTrue(log.contains("DEMO DATA IN A PRODUCTION START"), log);
    assertTrue(log.contains("nadia.lefevre@orthocab.fr"), log);
    assertTrue(log.contains("start on an empty database"), log);
    assertTrue(log.contains("delete the demo accounts"), log);
    assertEquals(before, contents(database), "no table added (no Liquibase), no row changed");
  }

  /** A hash as the desk writes them (PBKDF2-HMAC-SHA256, iterations:salt:hash in Base64). */
  private static String hashOf(String password) {
    try {
      byte[] salt = new byte[32];
      new java.security.SecureRandom().nextBytes(salt);
      byte[] hash =
          javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
              .generateSecret(
                  new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, 2048, 256))
              .getEncoded();
      java.util.Base64.Encoder base64 = java.util.Base64.getEncoder();
      return "PBKDF2WithHmacSHA256:2048:"
          + base64.encodeToString(salt)
          + ":"
          + base64.encodeToString(hash);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every table of the database, and the rows of the account table. */
  private static List<String> contents(OwnDatabase database) throws SQLException {
    List<String> contents = new ArrayList<>();
    try (Connection connection = database.connect()) {
      try (ResultSet tables =
          connection
              .getMetaData()
              .getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
        while (tables.next()) {
          contents.add("table " + tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
        }
      }
      try (Statement sql = connection.createStatement();
          ResultSet rows =
              sql.executeQuery("SELECT id, email, email_key, display_name FROM account")) {
        while (rows.next()) {
          contents.add(
              rows.getLong(1)
                  + " "
                  + rows.getString(2)
                  + " "
                  + rows.getString(3)
                  + " "
                  + rows.getString(4));
        }
      }
    }
    return contents;
  }
}
