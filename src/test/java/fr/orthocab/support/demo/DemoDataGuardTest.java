package fr.orthocab.support.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertEquals(List.of(), DemoDataGuard.demoAccountsIn(connection));
    guard(false).refuseDemoDataOutsideDemoMode(new DatabaseReached(connection));
  }

  @Test
  void realAccountsAreNoDemoAccounts() throws SQLException {
    accountTableWith("anne.real@orthocab.fr");

    assertEquals(List.of(), DemoDataGuard.demoAccountsIn(connection));
  }

  @Test
  void theDemoAccountsAreFoundWhateverTheCaseOfTheirAddress() throws SQLException {
    accountTableWith(
        "anne.real@orthocab.fr", "Nadia.Lefevre@orthocab.fr", "lucie.moreau@orthocab.fr");

    assertEquals(
        List.of("Nadia.Lefevre@orthocab.fr", "lucie.moreau@orthocab.fr"),
        DemoDataGuard.demoAccountsIn(connection));
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
              + " email_key VARCHAR(254) NOT NULL)");
      for (int i = 0; i < emails.length; i++) {
        sql.execute(
            "INSERT INTO account VALUES ("
                + i
                + ", '"
                + emails[i]
                + "', '"
                + emails[i].toLowerCase(java.util.Locale.ROOT)
                + "')");
      }
    }
  }

  private static DemoDataGuard guard(boolean demo) {
    DemoSettings settings = new DemoSettings();
    settings.demo = demo;
    DemoDataGuard guard = new DemoDataGuard();
    guard.settings = settings;
    return guard;
  }
}
