package org.mentorbot.slack.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.slack.api.util.json.GsonFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.OptionSpec;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.slack.fake.BlockKitRules;
import org.mentorbot.slack.fake.LongMessages;

/**
 * Each of Slack's limits against a message built to break it: the layout must keep within the rule
 * ({@link BlockKitRules}, the fake's copy of Slack's checks) and keep all the content.
 */
class MessageLayoutTest {

  private static JsonArray json(Object blocks) {
    return GsonFactory.createSnakeCase().toJsonTree(blocks).getAsJsonArray();
  }

  /** Every part passes Slack's checks; returns all the text Slack would show, in order. */
  private static String acceptedText(SlackLayout layout) {
    StringBuilder all = new StringBuilder();
    for (SlackMessage part : layout.parts()) {
      JsonArray blocks = json(part.blocks());
      assertThat(BlockKitRules.message(part.text(), blocks)).as("Slack's checks").isEmpty();
      collect(blocks, all);
    }
    return all.toString();
  }

  private static void collect(JsonElement e, StringBuilder out) {
    if (e.isJsonArray()) {
      e.getAsJsonArray().forEach(x -> collect(x, out));
    } else if (e.isJsonObject()) {
      e.getAsJsonObject()
          .entrySet()
          .forEach(
              entry -> {
                if (entry.getKey().equals("text") && entry.getValue().isJsonPrimitive()) {
                  out.append(entry.getValue().getAsString()).append('\n');
                } else {
                  collect(entry.getValue(), out);
                }
              });
    }
  }

  private static String words(int chars) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; out.length() < chars; i++) {
      out.append("word").append(i).append(' ');
    }
    return out.substring(0, chars);
  }

  private static String noSpace(String s) {
    return s.replaceAll("\\s+", "");
  }

  @Test
  void aThreeHundredPairPreviewKeepsEveryShownPairAndTheCountOfTheRest() {
    Message preview = LongMessages.preview();
    assertThat(preview.fields().get(0).value().length()).isGreaterThan(2000);

    String shown = acceptedText(MessageBlocks.layout(preview, id -> id));

    assertThat(shown).contains("@U1MENTOR29 → @U2MENTEE29").contains("…and 270 more");
    assertThat(shown).contains("300 of 300 mentees matched");
  }

  @Test
  void aFiveThousandCharacterBioIsSplitOverSectionsNotCut() {
    String bio = words(5000);

    String shown =
        acceptedText(
            MessageBlocks.layout(Message.builder("Profile").field("Bio", bio).build(), id -> id));

    assertThat(noSpace(shown)).contains(noSpace(bio));
  }

  @Test
  void aLineLongerThanASectionIsSplitWithoutLosingACharacter() {
    String line = "x".repeat(10_000);

    String shown = acceptedText(MessageBlocks.layout(Message.of(line), id -> id));

    assertThat(shown.chars().filter(c -> c == 'x').count()).isEqualTo(10_000);
  }

  @Test
  void moreBlocksThanOneMessageHoldsBecomeSeveralMessagesInOrder() {
    Message.Builder many = Message.builder("Six hundred fields");
    for (int i = 0; i < 600; i++) {
      many.field("f" + i, "v" + i);
    }

    SlackLayout layout = MessageBlocks.layout(many.build(), id -> id);
    String shown = acceptedText(layout);

    assertThat(layout.parts()).hasSizeGreaterThan(1);
    assertThat(shown.indexOf("*f0*")).isLessThan(shown.indexOf("*f599*"));
    assertThat(shown).contains("*f599*\nv599");
  }

  @Test
  void moreTextThanOneMessageCarriesIsSpreadOverMessages() {
    String text =
        String.join("\n", List.of(words(2900), words(2900), words(2900), words(2900), words(2900)));

    SlackLayout layout = MessageBlocks.layout(Message.of(text), id -> id);

    assertThat(layout.parts()).hasSize(2);
    assertThat(noSpace(acceptedText(layout))).isEqualTo(noSpace(text));
  }

  @Test
  void aVeryLongMessageComesAsAFileWithAPointerAndNothingIsLost() {
    String text = words(100_000);

    SlackLayout layout =
        MessageBlocks.layout(Message.builder(text).title("Export").build(), id -> id);

    assertThat(layout.parts()).hasSizeLessThanOrEqualTo(SlackLimits.MESSAGE_PARTS);
    assertThat(acceptedText(layout)).contains("everything is in the attached file *export.txt*");
    assertThat(layout.fullText()).isPresent();
    String file = new String(layout.fullText().get().content(), StandardCharsets.UTF_8);
    assertThat(file).contains(text);
    layout.parts().forEach(p -> assertThat(p.text().length()).isLessThanOrEqualTo(40_000));
  }

  @Test
  void buttonsComeInRowsAndEveryActionIdIsUniqueAndShortEnough() {
    Message.Builder message = Message.builder("Pick one");
    String longId = "round-join:" + "9".repeat(89); // the core's longest: 100
    message.button(Button.primary("Join", longId)).button(Button.primary("Join again", longId));
    for (int i = 0; i < 30; i++) {
      message.button(Button.secondary("B" + i, "same"));
    }

    SlackLayout layout = MessageBlocks.layout(message.build(), id -> id);
    acceptedText(layout);

    JsonArray blocks = json(layout.first().blocks());
    List<String> values = new ArrayList<>();
    blocks.forEach(
        b -> {
          if (b.getAsJsonObject().get("type").getAsString().equals("actions")) {
            b.getAsJsonObject()
                .getAsJsonArray("elements")
                .forEach(e -> values.add(e.getAsJsonObject().get("value").getAsString()));
            var first = b.getAsJsonObject().getAsJsonArray("elements").get(0).getAsJsonObject();
            assertThat(
                    MessageBlocks.pressedActionId(
                        first.get("value").getAsString(), first.get("action_id").getAsString()))
                .isEqualTo(first.get("value").getAsString());
          }
        });
    assertThat(values).startsWith(longId, longId).contains("same").hasSize(32);
  }

  @Test
  void aButtonLabelIsClippedByWholeCharacters() {
    String label = "a".repeat(73) + "😀😀";

    SlackLayout layout =
        MessageBlocks.layout(
            Message.builder("x").button(Button.primary(label, "act")).build(), id -> id);

    String text =
        json(layout.first().blocks())
            .get(1)
            .getAsJsonObject()
            .getAsJsonArray("elements")
            .get(0)
            .getAsJsonObject()
            .getAsJsonObject("text")
            .get("text")
            .getAsString();
    assertThat(text).hasSizeLessThanOrEqualTo(75).endsWith("…");
    assertThat(Character.isHighSurrogate(text.charAt(text.length() - 2))).isFalse();
  }

  @Test
  void aTitleLongerThanAHeaderIsClippedThereAndShownWholeInTheText() {
    String title = "t".repeat(148) + "😀 and more title";

    SlackLayout layout =
        MessageBlocks.layout(Message.builder("body").title(title).build(), id -> id);
    String shown = acceptedText(layout);

    String header =
        json(layout.first().blocks())
            .get(0)
            .getAsJsonObject()
            .getAsJsonObject("text")
            .get("text")
            .getAsString();
    assertThat(header).hasSizeLessThanOrEqualTo(150).endsWith("…");
    assertThat(header).doesNotContain("\uD83D…");
    assertThat(shown).contains("*" + title + "*");
  }

  @Test
  void aMessageSlackCannotShowIsUnrenderableWithTheReason() {
    Message.Builder tooMany = Message.builder("x");
    for (int i = 0; i < 101; i++) {
      tooMany.button(Button.secondary("b" + i, "a" + i));
    }

    assertThatThrownBy(() -> MessageBlocks.layout(tooMany.build(), id -> id))
        .isInstanceOf(UnrenderableMessage.class)
        .hasMessageContaining("101 buttons");
  }

  @Test
  void theFormKeepsWithinModalLimitsAndRefusesWhatNoModalHolds() {
    CommandSpec long_ =
        new CommandSpec(
            "mentor",
            "signup",
            "d",
            org.mentorbot.core.command.Access.MEMBER,
            List.of(
                OptionSpec.text("bio", false, "h".repeat(2500)),
                OptionSpec.choice("role", true, List.of("mentor", "mentee"), "Role")));

    var view = CommandForm.modal(long_, "C1");

    assertThat(BlockKitRules.view(GsonFactory.createSnakeCase().toJsonTree(view).getAsJsonObject()))
        .isEmpty();
    List<String> choices = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      choices.add("c" + i);
    }
    CommandSpec tooMany =
        new CommandSpec(
            "mentor",
            "signup",
            "d",
            org.mentorbot.core.command.Access.MEMBER,
            List.of(OptionSpec.choice("pick", true, choices, "Pick")));
    assertThatThrownBy(() -> CommandForm.modal(tooMany, "C1"))
        .isInstanceOf(UnrenderableMessage.class)
        .hasMessageContaining("101 choices");
  }

  @Test
  void problemsKeepTheCoresMentionsButNotMembersDefusedOnes() {
    SlackReply reply =
        SlackReply.of(
            new org.mentorbot.core.command.Reply.Problem(
                "<@U0NOBODY1> is not on the roster; you wrote <\u200B@U2> <!channel>",
                "Check it."));

    String shown = json(reply.blocks()).toString();

    assertThat(shown).contains("<@U0NOBODY1> is not on the roster").doesNotContain("<!channel>");
    assertThat(shown).doesNotContain("<@U2>").doesNotContain("&lt;@U0NOBODY1");
    assertThat(Map.of("text", reply.text()).get("text")).startsWith("<@U0NOBODY1>");
  }
}
