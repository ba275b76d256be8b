package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReportingDataSourceTest {
  @Test
  void theDriverFollowsTheUrl() {
    assertEquals(
        "org.postgresql.ds.PGSimpleDataSource",
        ReportingDataSource.driverFor("jdbc:postgresql://127.0.0.1:5432/desk"));
    assertEquals(
        "org.h2.jdbcx.JdbcDataSource",
        ReportingDataSource.driverFor("jdbc:h2:file:./data/orthocab-support"));
    assertEquals("org.h2.jdbcx.JdbcDataSource", ReportingDataSource.driverFor(null));
  }

  @Test
  void credentialsInAUrlQueryAreNeverLogged() {
    assertEquals(
        "jdbc:postgresql://db:5432/desk",
        ReportingDataSource.printable("jdbc:postgresql://db:5432/desk?password=secret"));
  }
}
