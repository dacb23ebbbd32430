package org.mentorbot.discord.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscordTextTest {

  @Test
  void aTitleEndingInAnEmojiIsClippedBeforeTheEmojiNotInsideIt() {
    String title = "a".repeat(254) + "🎉🎉";

    String clipped = DiscordText.clip(title, 256);

    assertThat(clipped).hasSizeLessThanOrEqualTo(256).endsWith("…");
    String kept = clipped.substring(0, clipped.length() - 1);
    assertThat(kept.codePoints().allMatch(c -> c == 'a' || c == 0x1F389))
        .as("only whole code points: no lone surrogate")
        .isTrue();
    assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).isFalse();
  }

  @Test
  void aMentionAtTheCutIsKeptWholeOrLeftOutNeverHalved() {
    String text = "x".repeat(90) + " <@123456789012345678> and more";

    String clipped = DiscordText.clip(text, 100);

    assertThat(clipped).doesNotContain("<@1234").endsWith("…").hasSizeLessThanOrEqualTo(100);
    for (int max = 92; max < 125; max++) {
      String c = DiscordText.clip(text, max);
      assertThat(c.contains("<@") == c.contains("<@123456789012345678>"))
          .as("clip to %d: %s", max, c)
          .isTrue();
    }
  }

  @Test
  void markupIsNeverCut() {
    String text =
        "y".repeat(40) + " **bold words** `code span` <t:1767225600:R> [docs](https://x.y/z)";
    for (int max = 30; max < text.length(); max++) {
      String c = DiscordText.clip(text, max);
      assertThat(c.chars().filter(ch -> ch == '`').count() % 2).as(c).isZero();
      assertThat(c.split("\\*\\*", -1).length % 2).as(c).isEqualTo(1);
      assertThat(c.contains("<t:") == c.contains("<t:1767225600:R>")).as(c).isTrue();
      assertThat(c.contains("[docs]") == c.contains("[docs](https://x.y/z)")).as(c).isTrue();
    }
  }

  @Test
  void splittingLosesNothingAndKeepsEveryPartWithinTheLimit() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      text.append("• <@").append(510_000_000_000_000_000L + i).append("> → 🎯 line ").append(i);
      text.append('\n');
    }
    List<String> parts = DiscordText.split(text.toString().strip(), 1024);

    assertThat(parts).allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(1024));
    assertThat(String.join("\n", parts)).isEqualTo(text.toString().strip());
  }

  @Test
  void aCodeBlockSpanningACutIsClosedAndReopened() {
    String text = "```\n" + "code line\n".repeat(300) + "```";

    List<String> parts = DiscordText.split(text, 1024);

    assertThat(parts).hasSizeGreaterThan(1);
    for (String part : parts) {
      assertThat(part).hasSizeLessThanOrEqualTo(1024).startsWith("```").endsWith("```");
    }
  }
}
