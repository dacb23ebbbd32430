package org.mentorbot.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testing.TestCommunity.shown;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.testing.TestCommunity;

/** Every export is delivered, holds every row with the member's data, ISO dates (items 1, 8). */
class ExportTest {

  private final TestCommunity c = new TestCommunity();

  @AfterEach
  void close() {
    c.close();
  }

  private List<String> exports(String user) {
    return c.gateway.deliveredTo(new Destination.DirectMessage(user)).stream()
        .map(Message::attachment)
        .flatMap(java.util.Optional::stream)
        .filter(a -> a.fileName().equals("mentorbot-export.json"))
        .map(a -> new String(a.content(), StandardCharsets.UTF_8))
        .toList();
  }

  @Test
  void twoExportsInTheSameSecondAreBothDelivered() {
    shown(c.mentor("ada", "signup mentor topics:java"));
    shown(c.mentor("ada", "export"));
    shown(c.mentor("ada", "export"));
    assertThat(exports("ada")).hasSize(2);
  }

  @Test
  void theExportSaysWhetherTheMemberTurnedRoundNoticesOff() {
    shown(c.mentor("ada", "signup mentor topics:java"));
    shown(c.mentor("ada", "edit notify:off"));
    shown(c.mentor("ada", "export"));
    assertThat(exports("ada").get(0)).contains("\"roundNotices\" : \"off\"");
  }

  @Test
  void theExportHoldsMessagesAndScheduledWorkAboutTheMemberWithIsoDates() {
    shown(c.mentor("ada", "signup mentor topics:java years:10"));
    shown(c.mentor("sam", "signup mentee topics:java years:1 goals:\"grow\""));
    shown(c.run("mod", "round", "open"));
    shown(c.run("ada", "round", "join"));
    shown(c.run("sam", "round", "join"));
    shown(c.run("mod", "round", "publish"));
    shown(c.mentor("sam", "meet @ada when:\"2026-03-10 15:00\" anyway:yes"));
    String accept =
        c.gateway.deliveredTo(new Destination.DirectMessage("ada")).stream()
            .flatMap(m -> m.buttons().stream())
            .map(Button::actionId)
            .filter(a -> a.startsWith("meet:accept:"))
            .findFirst()
            .orElseThrow();
    shown(c.press("ada", accept));
    shown(c.mentor("sam", "agenda text:\"CV review\""));
    shown(c.mentor("sam", "export"));

    String json = exports("sam").get(0);
    assertThat(json)
        .contains("\"messages\"")
        .contains("\"scheduledWork\"")
        .contains("\"to\" : \"{\\\"kind\\\":\\\"conversation\\\"")
        .contains("\"joinedAt\" : \"2026-03-02T09:00:00Z\"")
        .contains("meet <@sam>")
        .contains("\"start\" : \"2026-03-10T15:00:00Z\"")
        .contains("\"text\" : \"CV review\"");
    // No epoch-millisecond timestamps anywhere: every date is ISO-8601.
    assertThat(json).doesNotContainPattern(":\\s*1[0-9]{12}\\b");
  }
}
