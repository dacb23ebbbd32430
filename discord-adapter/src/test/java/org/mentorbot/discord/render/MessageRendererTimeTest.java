package org.mentorbot.discord.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.messaging.TimeTokens;

class MessageRendererTimeTest {

  private static final Instant AT = Instant.parse("2026-12-10T18:00:00Z");

  @Test
  void timeTokensStayDiscordTimestampsWhereTheClientLocalizesThem() {
    Message message =
        Message.builder("Starts " + TimeTokens.at(AT) + " (" + TimeTokens.relative(AT) + ")")
            .field("When", TimeTokens.at(AT))
            .build();

    MessageEmbed embed = new MessageRenderer().render(message).get(0).getEmbeds().get(0);

    assertThat(embed.getDescription()).isEqualTo("Starts <t:1796925600:f> (<t:1796925600:R>)");
    assertThat(embed.getFields().get(0).getValue()).isEqualTo("<t:1796925600:f>");
  }

  @Test
  void titlesShowTheTimeInUtcBecauseDiscordShowsThemRaw() {
    MessageCreateData data =
        new MessageRenderer()
            .render(Message.builder("x").title("Meeting " + TimeTokens.at(AT)).build())
            .get(0);

    assertThat(data.getEmbeds().get(0).getTitle()).isEqualTo("Meeting Thu 10 Dec 18:00 UTC");
  }
}
