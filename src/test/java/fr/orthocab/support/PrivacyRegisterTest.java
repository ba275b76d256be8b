package fr.orthocab.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;

/**
 * PRIVACY.md, the desk's GDPR article 30 record, lists every table of the schema and no other: the
 * schema is the one the changelog builds (applied here to an empty in-memory H2), so a changeset
 * that adds or drops a table fails this test until the register says what the table holds.
 */
class PrivacyRegisterTest {
  private static final Pattern REGISTERED = Pattern.compile("(?m)^\\| `([a-z0-9_]+)` \\|");
  private static final Set<String> LIQUIBASE_OWN =
      Set.of("databasechangelog", "databasechangeloglock");

  @Test
  void theRegisterListsEveryTableOfTheSchemaAndNoOther() throws Exception {
    Set<String> registered = new TreeSet<>();
    Matcher m = REGISTERED.matcher(Files.readString(Path.of("PRIVACY.md"), StandardCharsets.UTF_8));
    while (m.find()) {
      assertTrue(registered.add(m.group(1)), "listed twice: " + m.group(1));
    }
    assertEquals(schemaTables(), registered);
  }

  private static Set<String> schemaTables() throws Exception {
    Set<String> tables = new TreeSet<>();
    try (Connection connection =
        DriverManager.getConnection("jdbc:h2:mem:privacy-register;DB_CLOSE_DELAY=-1", "sa", "")) {
      Database database =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(connection));
      try (Liquibase liquibase =
          new Liquibase(
              "liquibase/changelog.xml",
              new ClassLoaderResourceAccessor(PrivacyRegisterTest.class.getClassLoader()),
              database)) {
        liquibase.update("");
      }
    }
    // Liquibase closed its connection; the in-memory database lives on (DB_CLOSE_DELAY)
    try (Connection connection =
        DriverManager.getConnection("jdbc:h2:mem:privacy-register;DB_CLOSE_DELAY=-1", "sa", "")) {
      try (ResultSet rs =
          connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
          if (!LIQUIBASE_OWN.contains(table)) {
            tables.add(table);
          }
        }
      }
    }
    assertTrue(tables.size() > 40, "tables: " + tables);
    return tables;
  }
}
