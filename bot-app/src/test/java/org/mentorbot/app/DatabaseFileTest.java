package org.mentorbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorbot.core.storage.Database;

/** Every way a database file can fail to open is one line naming the file and the fix (item 7). */
class DatabaseFileTest {

  @TempDir Path dir;

  private DatabaseFile.Failure failure(Path path) {
    return catchThrowableOfType(DatabaseFile.Failure.class, () -> DatabaseFile.open(path).close());
  }

  private static void assertOneLine(DatabaseFile.Failure f, Path path) {
    assertThat(f.line()).doesNotContain("\n").contains(path.toString());
    assertThat(f.line()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aFolderIsNotADatabaseFile() {
    DatabaseFile.Failure f = failure(dir);
    assertOneLine(f, dir);
    assertThat(f.line()).contains("is a folder");
    assertThat(f.exitCode()).isEqualTo(DatabaseFile.CANNOT_WRITE);
  }

  @Test
  void aMissingFolderIsCreated() throws Exception {
    Path file = dir.resolve("new/deeper/mentorbot.db");
    DatabaseFile.open(file).close();
    assertThat(file).exists();
  }

  @Test
  void aFileThatIsNotADatabaseIsRefused() throws IOException {
    Path text = dir.resolve("notes.db");
    Files.writeString(text, "these are my notes, not a database\n".repeat(200));
    DatabaseFile.Failure f = failure(text);
    assertOneLine(f, text);
    assertThat(f.line()).contains("not a mentorbot database");
    assertThat(f.exitCode()).isEqualTo(DatabaseFile.NOT_A_DATABASE);
  }

  @Test
  void aDamagedDatabaseIsRefused() throws Exception {
    Path file = dir.resolve("damaged.db");
    Database.openFile(file.toString()).close();
    byte[] bytes = Files.readAllBytes(file);
    for (int i = 100; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    Files.write(file, bytes);
    DatabaseFile.Failure f = failure(file);
    assertOneLine(f, file);
    assertThat(f.exitCode()).isEqualTo(DatabaseFile.NOT_A_DATABASE);
  }

  @Test
  void aDatabaseFromANewerMentorbotIsRefusedAndNeverWritten() throws Exception {
    Path file = dir.resolve("newer.db");
    Database.openFile(file.toString()).close();
    sql(
        file,
        "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
            + " checksum, installed_by, installed_on, execution_time, success) VALUES"
            + " (999, '99', 'from the future', 'SQL', 'V99__future.sql', 1, 'x',"
            + " CURRENT_TIMESTAMP, 1, 1)");
    String before = hash(file);

    DatabaseFile.Failure f = failure(file);

    assertOneLine(f, file);
    assertThat(f.line()).contains("newer mentorbot").contains("schema 99").contains("not changed");
    assertThat(f.exitCode()).isEqualTo(DatabaseFile.NEWER_VERSION);
    assertThat(hash(file)).isEqualTo(before);
  }

  @Test
  void aMigrationHistoryThatDiffersFromThisBuildIsRefused() throws Exception {
    Path file = dir.resolve("other-build.db");
    Database.openFile(file.toString()).close();
    sql(file, "UPDATE flyway_schema_history SET checksum = 12345 WHERE version = '1'");
    DatabaseFile.Failure f = failure(file);
    assertOneLine(f, file);
    assertThat(f.line()).contains("different mentorbot build");
    assertThat(f.exitCode()).isEqualTo(DatabaseFile.MIGRATION_MISMATCH);
  }

  @Test
  void dbMigrateAndConsolePrintTheLineAndExitWithItsCode() throws IOException {
    Path text = dir.resolve("notes.db");
    Files.writeString(text, "not a database at all ".repeat(100));
    DbCommand.Migrate migrate = new DbCommand.Migrate();
    migrate.db = text.toString();
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = migrate.call();
    } finally {
      System.setErr(saved);
    }
    assertThat(code).isEqualTo(DatabaseFile.NOT_A_DATABASE);
    assertThat(err.toString(StandardCharsets.UTF_8).strip())
        .contains("notes.db is not a mentorbot database")
        .doesNotContain("\n");
  }

  private static void sql(Path file, String statement) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  private static String hash(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
