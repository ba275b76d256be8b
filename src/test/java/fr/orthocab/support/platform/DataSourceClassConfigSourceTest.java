package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DataSourceClassConfigSourceTest {
  @Test
  void theDriverFollowsTheUrl() {
    assertEquals(
        "org.postgresql.ds.PGSimpleDataSource",
        DataSourceClassConfigSource.driverFor("jdbc:postgresql://127.0.0.1:5432/desk"));
    assertEquals(
        "org.h2.jdbcx.JdbcDataSource",
        DataSourceClassConfigSource.driverFor("jdbc:h2:file:./data/orthocab-support"));
    assertEquals("org.h2.jdbcx.JdbcDataSource", DataSourceClassConfigSource.driverFor(null));
  }
}
