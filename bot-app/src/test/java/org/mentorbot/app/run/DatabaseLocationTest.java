package org.mentorbot.app.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorbot.config.DatabaseConfig;
import org.mentorbot.config.Secret;
import org.mentorbot.core.storage.Database;

class DatabaseLocationTest {

  @TempDir Path dir;

  @Test
  void aUrlTakesItsCredentialsFromTheEnvironment() {
    DatabaseConfig config =
        DatabaseLocation.fromOption(
            "jdbc:postgresql://db:5432/mentorbot",
            Map.of("MENTORBOT_DB_USER", "bot", "MENTORBOT_DB_PASSWORD", "pw"));

    assertThat(config.isPostgres()).isTrue();
    assertThat(config.user()).contains("bot");
    assertThat(config.password()).contains(new Secret("pw"));
    assertThat(config.toString()).doesNotContain("pw");
  }

  @Test
  void aFileIsCreatedWithItsFolder() throws Exception {
    Path file = dir.resolve("new/folder/bot.db");
    try (Database db =
        DatabaseLocation.open(DatabaseLocation.fromOption(file.toString(), Map.of()))) {
      assertThat(db.engine()).isEqualTo(Database.Engine.SQLITE);
    }
    assertThat(file).exists();
  }

  @Test
  void badLocationsAreRefusedWithTheReason() {
    assertThatThrownBy(() -> DatabaseLocation.fromOption("jdbc:mysql://db/m", Map.of()))
        .hasMessageStartingWith("must be a jdbc:postgresql://host:5432/name URL or a SQLite file");
    assertThatThrownBy(
            () -> DatabaseLocation.fromOption("jdbc:postgresql://db/m?password=x", Map.of()))
        .hasMessageContaining("MENTORBOT_DB_PASSWORD");
  }
}
