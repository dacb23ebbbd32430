package org.mentorbot.core.storage;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Copies every row of one database into another, empty one: how {@code mentorbot db copy} moves a
 * SQLite database to PostgreSQL (DESIGN §9). Both were migrated to the same schema when opened. The
 * source is read in one snapshot; the target is written in one transaction that commits only after
 * every table's row count matched the source's, so a failure leaves the target as empty as it was
 * (all or nothing). Ids are kept, and PostgreSQL's identity counters continue after them.
 */
public final class DatabaseCopy {

  /** Rows sent to the target per round trip. */
  private static final int BATCH = 1_000;

  /** How many rows one table holds on both sides after the copy. */
  public record Copied(String table, long rows) {}

  /** The copy was refused or failed; nothing was written. */
  public static final class CopyFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CopyFailed(String message) {
      super(message);
    }

    CopyFailed(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private DatabaseCopy() {}

  /**
   * Copies {@code from} into {@code to}, table by table in foreign-key order.
   *
   * @return the tables and their row counts, verified equal on both sides
   * @throws CopyFailed if the target holds any row, the schemas differ, or any row cannot be
   *     copied; the target is unchanged
   */
  public static List<Copied> copy(Database from, Database to) {
    Map<String, Long> versions = new TreeMap<>();
    versions.put("source", latestVersion(from));
    versions.put("target", latestVersion(to));
    if (!versions.get("source").equals(versions.get("target"))) {
      throw new CopyFailed("the two databases have different schema versions: " + versions);
    }
    try {
      return from.read(
          source ->
              to.write(
                  target -> {
                    Connection in = source.getConnection();
                    Connection out = target.getConnection();
                    List<String> tables = tablesInCopyOrder(out);
                    Set<String> sourceTables = tables(in);
                    if (!sourceTables.equals(new TreeSet<>(tables))) {
                      throw new CopyFailed(
                          "the two databases have different tables: source "
                              + sourceTables
                              + ", target "
                              + new TreeSet<>(tables));
                    }
                    for (String table : tables) {
                      long rows = count(out, table);
                      if (rows > 0) {
                        throw new CopyFailed(
                            "the target database is not empty (table "
                                + table
                                + " has "
                                + rows
                                + " rows); copy only into a new, empty database");
                      }
                    }
                    List<Copied> copied = new ArrayList<>();
                    for (String table : tables) {
                      long rows = copyTable(in, out, table);
                      long there = count(out, table);
                      long here = count(in, table);
                      if (rows != here || there != here) {
                        throw new CopyFailed(
                            "table "
                                + table
                                + ": the source has "
                                + here
                                + " rows but "
                                + there
                                + " arrived");
                      }
                      copied.add(new Copied(table, there));
                    }
                    if (to.engine() == Database.Engine.POSTGRESQL) {
                      continueIdentities(out);
                    }
                    return copied;
                  }));
    } catch (SQLException e) {
      throw new CopyFailed("the copy failed and nothing was written: " + e.getMessage(), e);
    }
  }

  private static long latestVersion(Database db) {
    return db.read(
        h ->
            h
                .createQuery("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL")
                .mapTo(String.class)
                .list()
                .stream()
                .mapToLong(DatabaseCopy::versionKey)
                .max()
                .orElse(0));
  }

  /** "11.5" sorts after "11" and before "12": major * 1000 + minor. */
  private static long versionKey(String version) {
    String[] parts = version.split("\\.", -1);
    long key = Long.parseLong(parts[0]) * 1000;
    return parts.length > 1 ? key + Long.parseLong(parts[1]) : key;
  }

  private static Set<String> tables(Connection c) throws SQLException {
    Set<String> tables = new TreeSet<>();
    try (ResultSet rs =
        c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (!table.startsWith("flyway_") && !table.startsWith("sqlite_")) {
          tables.add(table);
        }
      }
    }
    return tables;
  }

  /** Tables ordered so every table comes after those its foreign keys point to. */
  private static List<String> tablesInCopyOrder(Connection c) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    Map<String, Set<String>> parents = new LinkedHashMap<>();
    for (String table : tables(c)) {
      Set<String> referenced = new LinkedHashSet<>();
      try (ResultSet rs = meta.getImportedKeys(null, c.getSchema(), table)) {
        while (rs.next()) {
          String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
          if (!parent.equals(table)) {
            referenced.add(parent);
          }
        }
      }
      parents.put(table, referenced);
    }
    List<String> order = new ArrayList<>();
    Deque<String> ready = new ArrayDeque<>();
    parents.forEach(
        (table, refs) -> {
          if (refs.isEmpty()) {
            ready.add(table);
          }
        });
    Set<String> placed = new LinkedHashSet<>();
    while (!ready.isEmpty()) {
      String table = ready.poll();
      if (placed.add(table)) {
        order.add(table);
        parents.forEach(
            (child, refs) -> {
              if (!placed.contains(child) && placed.containsAll(refs) && !ready.contains(child)) {
                ready.add(child);
              }
            });
      }
    }
    if (order.size() != parents.size()) {
      throw new CopyFailed("foreign keys form a cycle among " + parents.keySet());
    }
    return order;
  }

  private record Column(String name, int type) {}

  private static List<Column> columns(Connection c, String table) throws SQLException {
    List<Column> columns = new ArrayList<>();
    try (ResultSet rs = c.getMetaData().getColumns(null, c.getSchema(), table, "%")) {
      while (rs.next()) {
        columns.add(
            new Column(
                rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rs.getInt("DATA_TYPE")));
      }
    }
    return columns;
  }

  private static long copyTable(Connection in, Connection out, String table) throws SQLException {
    // The target's columns: on PostgreSQL member_topic and member_language keep SQLite's rowid
    // as a column, which SQLite still answers to by that name.
    List<Column> columns = columns(out, table);
    String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
    String marks = columns.stream().map(col -> "?").collect(Collectors.joining(", "));
    long rows = 0;
    try (Statement select = in.createStatement();
        PreparedStatement insert =
            out.prepareStatement(
                "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")")) {
      select.setFetchSize(BATCH);
      try (ResultSet rs = select.executeQuery("SELECT " + names + " FROM " + table)) {
        while (rs.next()) {
          for (int i = 0; i < columns.size(); i++) {
            bind(insert, i + 1, columns.get(i), rs.getObject(i + 1), table);
          }
          insert.addBatch();
          if (++rows % BATCH == 0) {
            insert.executeBatch();
          }
        }
      }
      insert.executeBatch();
    }
    return rows;
  }

  private static void bind(
      PreparedStatement insert, int index, Column column, Object value, String table)
      throws SQLException {
    switch (column.type()) {
      case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
        if (value == null) {
          insert.setNull(index, Types.BIGINT);
        } else if (value instanceof Number number) {
          insert.setLong(index, number.longValue());
        } else {
          try {
            insert.setLong(index, Long.parseLong(value.toString().trim()));
          } catch (NumberFormatException e) {
            throw new CopyFailed(
                table + "." + column.name() + " holds a value that is not a whole number", e);
          }
        }
      }
      case Types.VARCHAR, Types.LONGVARCHAR, Types.CHAR, Types.NVARCHAR, Types.CLOB -> {
        if (value == null) {
          insert.setNull(index, Types.VARCHAR);
        } else {
          insert.setString(index, value.toString());
        }
      }
      default -> insert.setObject(index, value);
    }
  }

  private static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** PostgreSQL identity columns continue after the copied ids, so new rows do not collide. */
  private static void continueIdentities(Connection c) throws SQLException {
    List<String[]> identities = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND is_identity = 'YES'")) {
      while (rs.next()) {
        identities.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    for (String[] identity : identities) {
      String table = identity[0];
      String column = identity[1];
      try (Statement s = c.createStatement()) {
        s.execute(
            "SELECT setval(pg_get_serial_sequence('"
                + table
                + "', '"
                + column
                + "'), COALESCE((SELECT MAX("
                + column
                + ") FROM "
                + table
                + "), 0) + 1, false)");
      }
    }
  }
}
