package fr.orthocab.support.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Every text column of every table of the desk's schema, read over JDBC, searched for strings in
 * any case: what the privacy ITs use to show that nothing of a secret or of an erased customer is
 * left anywhere, including in tables added after them.
 */
public final class TextColumnsScan {
  /** Fewer text columns than this means the scan did not read the desk's schema. */
  private static final int AT_LEAST = 50;

  private static final Set<Integer> TEXT_TYPES =
      Set.of(
          Types.VARCHAR,
          Types.CHAR,
          Types.LONGVARCHAR,
          Types.CLOB,
          Types.NVARCHAR,
          Types.NCHAR,
          Types.LONGNVARCHAR,
          Types.NCLOB);

  private TextColumnsScan() {}

  /** "table.column holds text", one line for each text found in each column holding it. */
  public static List<String> holding(DataSource dataSource, String... texts) throws SQLException {
    List<String> found = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      List<String[]> columns = textColumns(connection.getMetaData());
      if (columns.size() < AT_LEAST) {
        throw new IllegalStateException("Only " + columns.size() + " text columns scanned");
      }
      for (String[] c : columns) {
        String table = (c[0] == null ? "" : "\"" + c[0] + "\".") + "\"" + c[1] + "\"";
        String sql = "select count(*) from " + table + " where lower(\"" + c[2] + "\") like ?";
        for (String text : texts) {
          try (PreparedStatement q = connection.prepareStatement(sql)) {
            q.setString(1, "%" + text.toLowerCase(Locale.ROOT) + "%");
            try (ResultSet r = q.executeQuery()) {
              r.next();
              if (r.getLong(1) > 0) {
                found.add(c[1] + "." + c[2] + " holds " + text);
              }
            }
          }
        }
      }
    }
    return found;
  }

  private static List<String[]> textColumns(DatabaseMetaData meta) throws SQLException {
    List<String[]> columns = new ArrayList<>();
    try (ResultSet rs = meta.getColumns(null, null, "%", "%")) {
      while (rs.next()) {
        String schema = rs.getString("TABLE_SCHEM");
        if (schema != null
            && Set.of("information_schema", "pg_catalog")
                .contains(schema.toLowerCase(Locale.ROOT))) {
          continue;
        }
        if (TEXT_TYPES.contains(rs.getInt("DATA_TYPE"))
            || "text".equalsIgnoreCase(rs.getString("TYPE_NAME"))) {
          columns.add(
              new String[] {schema, rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")});
        }
      }
    }
    return columns;
  }
}
