package org.mentorbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorbot.core.storage.Database;
import org.mentorbot.core.testing.TestCommunity;
import picocli.CommandLine;

/**
 * {@code mentorbot db copy} from the command line (PostgreSQL targets: DatabaseCopyOnPostgresTest).
 */
class DbCopyCommandTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int copy(String... args) {
    DbCommand.Copy command =
        new DbCommand.Copy(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of());
    return new CommandLine(command).execute(args);
  }

  @Test
  void copiesAFileIntoANewDatabaseAndPrintsTheVerifiedCounts() {
    Path from = dir.resolve("old.db");
    try (Database db = Database.openFile(from.toString())) {
      TestCommunity community = new TestCommunity(db);
      community.mentor("ada", "signup mentor topics:java");
      community.mentor("sam", "signup mentee topics:java goals:\"learn java\"");
    }

    assertThat(copy("--from", from.toString(), "--to", dir.resolve("new.db").toString()))
        .as(err.toString(StandardCharsets.UTF_8))
        .isZero();

    assertThat(out.toString(StandardCharsets.UTF_8))
        .containsPattern("community +1 row\n")
        .containsPattern("member +2 rows")
        .containsPattern("Copied [0-9,]+ rows in [0-9]+ tables from .*old.db to .*new.db")
        .contains("row counts verified");
  }

  @Test
  void refusesAMissingSourceAndAPasswordInTheUrlWithoutCreatingAnything() {
    assertThat(copy("--from", dir.resolve("none.db").toString(), "--to", "jdbc:postgresql://h/m"))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not a database file");
    assertThat(dir.resolve("none.db")).doesNotExist();

    Path from = dir.resolve("old.db");
    Database.openFile(from.toString()).close();
    assertThat(copy("--from", from.toString(), "--to", "jdbc:postgresql://h/m?password=x"))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("db copy: --to must not carry the password");
  }

  @Test
  void refusesANonEmptyTarget() {
    Path from = dir.resolve("old.db");
    Path to = dir.resolve("busy.db");
    Database.openFile(from.toString()).close();
    try (Database db = Database.openFile(to.toString())) {
      new TestCommunity(db).mentor("zed", "signup mentor topics:rust");
    }

    assertThat(copy("--from", from.toString(), "--to", to.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("the target database is not empty");
  }
}
