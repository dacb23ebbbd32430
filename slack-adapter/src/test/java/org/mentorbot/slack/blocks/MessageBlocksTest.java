package org.mentorbot.slack.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.util.json.GsonFactory;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.messaging.Attachment;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Message;

class MessageBlocksTest {

  private static JsonArray json(Object blocks) {
    return JsonParser.parseString(GsonFactory.createSnakeCase().toJson(blocks)).getAsJsonArray();
  }

  @Test
  void rendersTitleTextFieldsAndButtonsAsBlockKit() {
    Message message =
        Message.builder("Meet <@U2>, your mentor.")
            .title("You have a match")
            .field("Topics", "java, career")
            .button(Button.primary("Met", "checkin:7:met"))
            .button(Button.danger("End", "checkin:7:end"))
            .mention("U2")
            .build();

    JsonArray blocks = json(MessageBlocks.of(message));

    assertThat(blocks).hasSize(4);
    JsonObject header = blocks.get(0).getAsJsonObject();
    assertThat(header.get("type").getAsString()).isEqualTo("header");
    assertThat(header.getAsJsonObject("text").get("text").getAsString())
        .isEqualTo("You have a match");
    assertThat(blocks.get(1).getAsJsonObject().getAsJsonObject("text").get("text").getAsString())
        .isEqualTo("Meet <@U2>, your mentor.");
    assertThat(blocks.get(2).getAsJsonObject().getAsJsonArray("fields").get(0).toString())
        .contains("*Topics*\\njava, career");
    JsonArray buttons = blocks.get(3).getAsJsonObject().getAsJsonArray("elements");
    assertThat(buttons.get(0).getAsJsonObject().get("action_id").getAsString())
        .isEqualTo("checkin:7:met");
    assertThat(buttons.get(0).getAsJsonObject().get("value").getAsString())
        .isEqualTo("checkin:7:met");
    assertThat(buttons.get(0).getAsJsonObject().get("style").getAsString()).isEqualTo("primary");
    assertThat(buttons.get(1).getAsJsonObject().get("style").getAsString()).isEqualTo("danger");
  }

  @Test
  void duplicateActionIdsGetUniqueBlockIdsButKeepTheCoreIdInTheValue() {
    Message message =
        Message.builder("x")
            .button(Button.primary("A", "same"))
            .button(Button.primary("B", "same"))
            .build();

    JsonArray buttons =
        json(MessageBlocks.of(message)).get(1).getAsJsonObject().getAsJsonArray("elements");

    assertThat(buttons.get(1).getAsJsonObject().get("action_id").getAsString()).isEqualTo("same#2");
    assertThat(buttons.get(1).getAsJsonObject().get("value").getAsString()).isEqualTo("same");
    assertThat(MessageBlocks.pressedActionId(null, "same#2")).isEqualTo("same");
  }

  @Test
  void longTextIsSplitIntoSectionsWithinSlackLimits() {
    String line = "x".repeat(1000);
    Message message = Message.of(String.join("\n", line, line, line, line, line));

    JsonArray blocks = json(MessageBlocks.of(message));

    assertThat(blocks.size()).isGreaterThan(1);
    blocks.forEach(
        b ->
            assertThat(b.getAsJsonObject().getAsJsonObject("text").get("text").getAsString())
                .hasSizeLessThanOrEqualTo(3000));
  }

  @Test
  void privateRepliesAreEphemeralAndPublicOnesInChannel() {
    SlackReply mine = SlackReply.of(Reply.privately("only you"));
    SlackReply ours = SlackReply.of(Reply.publicly(Message.of("everyone")));

    assertThat(mine.toSlashResponse().getResponseType()).isEqualTo("ephemeral");
    assertThat(ours.toSlashResponse().getResponseType()).isEqualTo("in_channel");
  }

  @Test
  void problemsShowWhatWentWrongAndHowToFixIt() {
    SlackReply reply = SlackReply.of(Reply.problem("Unknown topic <x>.", "Try /mentor find java."));

    String json = json(reply.blocks()).toString();
    assertThat(reply.ephemeral()).isTrue();
    assertThat(json).contains("Unknown topic &lt;x&gt;.").contains("Try /mentor find java.");
    assertThat(reply.text()).contains("Unknown topic &lt;x&gt;. Try /mentor find java.");
  }

  @Test
  void attachmentsTravelWithTheReply() {
    Attachment chart = new Attachment("stats.png", "image/png", new byte[] {1, 2, 3});
    SlackReply reply =
        SlackReply.of(Reply.privately(Message.builder("stats").attachment(chart).build()));

    assertThat(reply.files()).containsExactly(chart);
  }
}
