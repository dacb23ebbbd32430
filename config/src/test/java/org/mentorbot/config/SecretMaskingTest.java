package org.mentorbot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretMaskingTest {
  private static final Map<String, String> ALL_SECRETS =
      Map.of(
          "DISCORD_TOKEN", "discord-s3kr1t-1",
          "SLACK_BOT_TOKEN", "xoxb-s3kr1t-2",
          "SLACK_APP_TOKEN", "xapp-s3kr1t-3",
          "SLACK_SIGNING_SECRET", "s3kr1t-4");

  @TempDir Path dir;

  @Test
  void toStringOfEveryRecordMasksSecrets() {
    MentorbotConfig config = new Settings(dir).load("", ALL_SECRETS);

    assertThat(config.discord().token().orElseThrow().value()).isEqualTo("discord-s3kr1t-1");
    for (Object shown :
        new Object[] {
          config, config.discord(), config.slack(), config.discord().token().orElseThrow()
        }) {
      assertThat(shown.toString()).doesNotContain("s3kr1t").contains("****");
    }
  }

  @Test
  void problemsNeverShowSecretsEvenWhenTheyAreWrong() {
    ConfigException failure =
        new Settings(dir)
            .failure(
                "slack:\n  mode: http\n",
                Map.of("SLACK_BOT_TOKEN", "bad-s3kr1t", "SLACK_APP_TOKEN", "also-bad-s3kr1t"));

    assertThat(failure.problems()).hasSize(3);
    assertThat(failure.getMessage()).doesNotContain("s3kr1t");
  }

  @Test
  void aSecretPastedIntoAnOrdinaryKeyIsMaskedInItsProblem() {
    String token = "MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.s3kr1t-pasted-into-the-wrong-key-0123456789";
    ConfigException failure =
        new Settings(dir)
            .failure(
                "discord:\n  devGuilds: [\"" + token + "\"]\n", Map.of("DISCORD_TOKEN", token));

    assertThat(failure.getMessage())
        .doesNotContain("s3kr1t")
        .doesNotContain(token.substring(0, 20))
        .contains("(a value equal to DISCORD_TOKEN, hidden)");
  }
}
