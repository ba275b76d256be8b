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
  void anH2SessionWaitsForLocksLongerThanH2sOneSecond() {
    assertEquals(
        "jdbc:h2:file:./data/desk;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=30000",
        ReportingDataSource.connecting("jdbc:h2:file:./data/desk;DB_CLOSE_ON_EXIT=FALSE"));
    assertEquals(
        "jdbc:h2:file:./data/desk;lock_timeout=5000",
        ReportingDataSource.connecting("jdbc:h2:file:./data/desk;lock_timeout=5000"),
        "an operator's own timeout is kept");
    assertEquals(
        "jdbc:postgresql://127.0.0.1:5432/desk",
        ReportingDataSource.connecting("jdbc:postgresql://127.0.0.1:5432/desk"));
  }

  @Test
  void credentialsInAUrlQueryAreNeverLogged() {
    assertEquals(
        "jdbc:postgresql://db:5432/desk",
        ReportingDataSource.printable("jdbc:postgresql://db:5432/desk?password=secret"));
  }
}
