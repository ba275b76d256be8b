package fr.orthocab.support.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.PasswordHashing;
import fr.orthocab.support.platform.DatabaseReached;
import fr.orthocab.support.platform.StartRefused;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DemoDataGuardTest {
  /** Stands for a hash of the published demo password. */
  private static final String DEMO_HASH = "hash-of-the-demo-password";

  private Connection connection;

  @BeforeEach
  void openAnEmptyDatabase() throws SQLException {
    connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "sa");
  }

  @AfterEach
  void closeIt() throws SQLException {
    connection.close();
  }

  @Test
  void aFreshDatabaseWithoutTablesHoldsNoDemoAccount() throws SQLException {
    assertEquals(List.of(), DemoDataGuard.demoAccountsIn(connection, DEMO_HASH::equals));
    guard(false).refuseDemoDataOutsideDemoMode(new DatabaseReached(connection));
  }

  @Test
  void realAccountsAreNoDemoAccounts() throws SQLException {
    accountTableWith("anne.real@orthocab.fr");

    assertEquals(List.of(), DemoDataGuard.demoAccountsIn(connection, DEMO_HASH::equals));
  }

  @Test
  void theDemoAccountsAreFoundWhateverTheCaseOfTheirAddress() throws SQLException {
    accountTableWith(
        "anne.real@orthocab.fr", "Nadia.Lefevre@orthocab.fr", "lucie.moreau@orthocab.fr");

    assertEquals(
        List.of("Nadia.Lefevre@orthocab.fr", "lucie.moreau@orthocab.fr"),
        DemoDataGuard.demoAccountsIn(connection, DEMO_HASH::equals));
  }

  @Test
  void aRealMemberWithADemoAddressAndAPasswordOfTheirOwnIsNoDemoAccount() throws SQLException {
    accountTableWith("nadia.lefevre@orthocab.fr");
    try (Statement sql = connection.createStatement()) {
      sql.execute("UPDATE account SET password_hash = 'her-own' WHERE id = 0");
      sql.execute(
          "INSERT INTO account VALUES (9, 'lucie.moreau@orthocab.fr', 'lucie.moreau@orthocab.fr',"
              + " NULL)");
    }

    assertEquals(List.of(), DemoDataGuard.demoAccountsIn(connection, DEMO_HASH::equals));
  }

  @Test
  void aProductionStartOnDemoDataIsRefusedWithWhatToDo() throws SQLException {
    accountTableWith("nadia.lefevre@orthocab.fr");

    StartRefused refused =
        assertThrows(
            StartRefused.class,
            () -> guard(false).refuseDemoDataOutsideDemoMode(new DatabaseReached(connection)));
    String message = refused.getMessage();
    assertTrue(message.startsWith("DEMO DATA IN A PRODUCTION START"), message);
    assertTrue(message.contains("nadia.lefevre@orthocab.fr"), message);
    assertTrue(message.contains("start on an empty database"), message);
    assertTrue(message.contains("delete the demo accounts"), message);
  }

  @Test
  void aDemoStartKeepsItsDemoData() throws SQLException {
    accountTableWith("nadia.lefevre@orthocab.fr");

    guard(true).refuseDemoDataOutsideDemoMode(new DatabaseReached(connection));
  }

  private void accountTableWith(String... emails) throws SQLException {
    try (Statement sql = connection.createStatement()) {
      sql.execute(
          "CREATE TABLE account (id BIGINT PRIMARY KEY, email VARCHAR(254) NOT NULL,"
              + " email_key VARCHAR(254) NOT NULL, password_hash VARCHAR(400))");
      for (int i = 0; i < emails.length; i++) {
        sql.execute(
            "INSERT INTO account VALUES ("
                + i
                + ", '"
                + emails[i]
                + "', '"
                + emails[i].toLowerCase(java.util.Locale.ROOT)
                + "', '"
                + DEMO_HASH
                + "')");
      }
    }
  }

  /** The desk's hashing as the guard asks it: this test's stand-in hash is the demo password's. */
  private static final class DemoHashOnly extends PasswordHashing {
    @Override
    public boolean matches(char[] password, String hash) {
      return DemoLogin.PASSWORD.equals(new String(password)) && DEMO_HASH.equals(hash);
    }
  }

  private static DemoDataGuard guard(boolean demo) {
    DemoSettings settings = new DemoSettings();
    settings.demo = demo;
    DemoDataGuard guard = new DemoDataGuard();
    guard.settings = settings;
    guard.hashing = new DemoHashOnly();
    return guard;
  }
}
