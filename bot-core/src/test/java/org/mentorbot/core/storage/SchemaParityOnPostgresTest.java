package org.mentorbot.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.testing.TestDatabase;

/**
 * Every migration, the per-engine V1-V6 and the shared V7 on, leaves the same tables and columns on
 * both engines: a migration that was written for SQLite only, or a per-engine file that drifted,
 * fails here. (Runs only in the build's PostgreSQL pass, which starts the server.)
 */
class SchemaParityOnPostgresTest {

  @Test
  void bothEnginesHaveTheSameTablesColumnsAndNullability() throws SQLException {
    Map<String, Set<String>> sqlite;
    try (Database db = Database.inMemory()) {
      sqlite = schema(db, null);
    }
    Map<String, Set<String>> postgres;
    try (Database db = Database.open(TestDatabase.newPostgres(), "postgres", null)) {
      postgres = schema(db, "public");
    }
    assertThat(sqlite).containsKeys("community", "member", "outbox", "job");
    assertThat(postgres).isEqualTo(sqlite);
  }

  @Test
  void everyMigrationIsAppliedOnPostgres() {
    try (Database sqlite = Database.inMemory();
        Database postgres = Database.open(TestDatabase.newPostgres(), "postgres", null)) {
      String versions =
          "SELECT version FROM flyway_schema_history WHERE success = %s ORDER BY installed_rank";
      List<String> onSqlite =
          sqlite.read(h -> h.createQuery(versions.formatted("1")).mapTo(String.class).list());
      List<String> onPostgres =
          postgres.read(h -> h.createQuery(versions.formatted("TRUE")).mapTo(String.class).list());
      assertThat(onSqlite).contains("11.5");
      assertThat(onPostgres).isEqualTo(onSqlite);
    }
  }

  /**
   * Table name to "column NULL|NOT NULL" (key columns NOT NULL), without Flyway's table and
   * PostgreSQL's rowid stand-in.
   */
  private static Map<String, Set<String>> schema(Database db, String schemaPattern)
      throws SQLException {
    return db.read(
        h -> {
          DatabaseMetaData meta = h.getConnection().getMetaData();
          Map<String, Set<String>> tables = new TreeMap<>();
          try (ResultSet rs = meta.getTables(null, schemaPattern, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
              String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
              if (!table.startsWith("flyway_") && !table.startsWith("sqlite_")) {
                tables.put(table, new TreeSet<>());
              }
            }
          }
          for (Map.Entry<String, Set<String>> table : tables.entrySet()) {
            // SQLite reports key columns not declared NOT NULL as nullable; keys never hold NULL.
            Set<String> key = new TreeSet<>();
            try (ResultSet rs = meta.getPrimaryKeys(null, schemaPattern, table.getKey())) {
              while (rs.next()) {
                key.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
              }
            }
            try (ResultSet rs = meta.getColumns(null, schemaPattern, table.getKey(), "%")) {
              while (rs.next()) {
                String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                if (!column.equals("rowid")) {
                  boolean nullable =
                      !key.contains(column)
                          && rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls;
                  table.getValue().add(column + (nullable ? " NULL" : " NOT NULL"));
                }
              }
            }
          }
          return tables;
        });
  }
}
