package org.mentorbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {

  @Test
  void toStringNeverShowsTheToken() {
    DiscordSettings settings = DiscordSettings.of("MTIzNDU2.secret-bot-token");

    assertThat(settings.toString())
        .doesNotContain("MTIzNDU2")
        .doesNotContain("secret-bot-token")
        .contains("token=****")
        .contains("https://discord.com/api/v10/");
  }

  @Test
  void aShardSplitNeedsIdsWithinTheTotalWithoutRepeats() {
    DiscordSettings base = DiscordSettings.of("t");

    assertThat(base.withShards(8, List.of(0, 1, 2, 3)).shardIds()).containsExactly(0, 1, 2, 3);
    assertThatThrownBy(() -> base.withShards(8, List.of(7, 8)))
        .hasMessageContaining("shard id 8 is outside 0..7");
    assertThatThrownBy(() -> base.withShards(4, List.of(1, 1))).hasMessageContaining("repeat");
  }

  @Test
  void snowflakesAreDigitsOfANonZero64BitNumber() {
    assertThat(Snowflakes.isValid("200000000000000001")).isTrue();
    assertThat(Snowflakes.isValid("18446744073709551615")).isTrue();
    assertThat(Snowflakes.isValid("18446744073709551616")).as("over 64 bits").isFalse();
    assertThat(Snowflakes.isValid("0")).isFalse();
    assertThat(Snowflakes.isValid("mentoring")).isFalse();
    assertThat(Snowflakes.isValid("<#123>")).isFalse();
    assertThat(Snowflakes.isValid(null)).isFalse();
  }
}
