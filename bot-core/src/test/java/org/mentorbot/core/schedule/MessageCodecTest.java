package org.mentorbot.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.messaging.Attachment;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;

class MessageCodecTest {

  private final MessageCodec codec = new MessageCodec();

  @Test
  void roundTripsEveryDestinationKind() {
    for (Destination destination :
        List.of(
            new Destination.DirectMessage("U123"),
            new Destination.Channel("C-announce"),
            new Destination.Conversation(List.of("U2", "U1", "U3")),
            new Destination.Conversation(List.of("U1", "U2"), java.util.Optional.of("C-intros")))) {
      assertThat(codec.decodeDestination(codec.encode(destination))).isEqualTo(destination);
    }
  }

  @Test
  void encodesEqualDestinationsToEqualText() {
    assertThat(codec.encode(new Destination.Conversation(List.of("U1", "U2"))))
        .isEqualTo(codec.encode(new Destination.Conversation(List.of("U1", "U2"))))
        .isEqualTo("{\"kind\":\"conversation\",\"users\":[\"U1\",\"U2\"]}");
  }

  @Test
  void roundTripsAMessageWithEveryPart() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff};
    Message message =
        Message.builder("Hi <@U1> and <@U2> — say hello! \"quotes\", emoji 🎉\nsecond line")
            .title("Your new match")
            .field("Goals", "learn Rust")
            .field("Topics", "rust, systems")
            .button(Button.primary("Met", "checkin:met:42"))
            .button(Button.danger("End", "checkin:end:42"))
            .button(Button.secondary("Not yet", "checkin:not-yet:42"))
            .mention("U2")
            .mention("U1")
            .attachment(new Attachment("chart.png", "image/png", png))
            .build();

    Message back = codec.decodeMessage(codec.encode(message));

    assertThat(back.title()).isEqualTo(message.title());
    assertThat(back.text()).isEqualTo(message.text());
    assertThat(back.fields()).isEqualTo(message.fields());
    assertThat(back.buttons()).isEqualTo(message.buttons());
    assertThat(back.mentions()).isEqualTo(message.mentions());
    assertThat(back.attachment()).isPresent();
    assertThat(back.attachment().get().fileName()).isEqualTo("chart.png");
    assertThat(back.attachment().get().mediaType()).isEqualTo("image/png");
    assertThat(back.attachment().get().content()).containsExactly(png);
  }

  @Test
  void roundTripsAPlainMessageWithoutAttachment() {
    Message message = Message.of("plain");
    assertThat(codec.decodeMessage(codec.encode(message))).isEqualTo(message);
  }

  @Test
  void rejectsUnknownDestinationKindByName() {
    assertThatThrownBy(() -> codec.decodeDestination("{\"kind\":\"carrier-pigeon\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown destination kind 'carrier-pigeon'");
  }

  @Test
  void rejectsBrokenJsonAndMissingPartsWithWhatIsWrong() {
    assertThatThrownBy(() -> codec.decodeMessage("{\"title\":"))
        .hasMessageContaining("message is not valid JSON");
    assertThatThrownBy(() -> codec.decodeMessage("{\"title\":\"t\",\"text\":\"x\"}"))
        .hasMessageContaining("message needs an array 'fields'");
    assertThatThrownBy(
            () ->
                codec.decodeMessage(
                    "{\"title\":\"\",\"text\":\"x\",\"fields\":[],\"mentions\":[],"
                        + "\"buttons\":[{\"label\":\"a\",\"action\":\"b\",\"style\":\"neon\"}]}"))
        .hasMessageContaining("unknown button style 'neon'");
    assertThatThrownBy(() -> codec.decodeDestination("[1]"))
        .hasMessageContaining("destination must be a JSON object");
  }
}
