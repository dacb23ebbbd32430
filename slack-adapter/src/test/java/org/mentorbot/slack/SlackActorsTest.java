package org.mentorbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mentorbot.core.command.Actor;
import org.mentorbot.slack.fake.FakeSlack;

/**
 * Who a Slack member is to the core, from {@code users.info} and {@code usergroups.list} on the
 * fake Web API: admins and members of the moderator group are platform moderators, and a lookup
 * that fails can only ever deny rights, never grant them.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlackActorsTest {

  private FakeSlack slack;
  private AsyncWebApi api;

  @BeforeEach
  void start() throws IOException {
    slack = new FakeSlack();
    api = new AsyncWebApi(slack.apiUrl(), "xoxb-test-token-000001");
  }

  @AfterEach
  void stop() {
    api.close();
    slack.close();
  }

  private SlackActors actors(Optional<String> moderatorGroup) {
    return new SlackActors(api, moderatorGroup, Duration.ofMinutes(5));
  }

  @Test
  void aWorkspaceAdminIsAPlatformModeratorUnderTheirDisplayName() {
    slack.user("UADMIN", "Ada", true);

    Actor actor = actors(Optional.empty()).actor("UADMIN", "ada-from-the-request");

    assertThat(actor.userId()).isEqualTo("UADMIN");
    assertThat(actor.displayName()).isEqualTo("Ada");
    assertThat(actor.platformModerator()).isTrue();
  }

  @Test
  void aPlainMemberIsNoModerator() {
    slack.user("U1", "Kim", false);

    Actor actor = actors(Optional.empty()).actor("U1", "kim");

    assertThat(actor.displayName()).isEqualTo("Kim");
    assertThat(actor.platformModerator()).isFalse();
    assertThat(actor.groupIds()).isEmpty();
  }

  @Test
  void aFailedUsersInfoGivesAPlainMemberUnderTheNameTheRequestCarried() {
    slack.user("UADMIN", "Ada", true);
    slack.script("users.info", FakeSlack.Answer.error("internal_error"), 1);

    Actor actor = actors(Optional.empty()).actorAsync("UADMIN", "ada-from-the-request").join();

    assertThat(actor.platformModerator()).as("a failed lookup only denies rights").isFalse();
    assertThat(actor.displayName()).isEqualTo("ada-from-the-request");
  }

  @Test
  void aFailedLookupIsNotRememberedSoTheNextCommandAsksSlackAgain() {
    slack.user("UADMIN", "Ada", true);
    slack.script("users.info", FakeSlack.Answer.error("internal_error"), 1);
    SlackActors actors = actors(Optional.empty());

    assertThat(actors.actor("UADMIN", "ada").platformModerator()).isFalse();
    assertThat(actors.actor("UADMIN", "ada").platformModerator()).isTrue();
    assertThat(slack.calls("users.info")).hasSize(2);
  }

  @Test
  void aSuccessfulLookupIsRememberedAndSharedByConcurrentCommands() {
    slack.user("U1", "Kim", false);
    SlackActors actors = actors(Optional.empty());

    CompletableFuture<Actor> first = actors.actorAsync("U1", "kim");
    CompletableFuture<Actor> second = actors.actorAsync("U1", "kim");
    assertThat(first.join().displayName()).isEqualTo("Kim");
    assertThat(second.join().displayName()).isEqualTo("Kim");
    assertThat(actors.actor("U1", "kim").displayName()).isEqualTo("Kim");

    assertThat(slack.calls("users.info")).hasSize(1);
  }

  @Test
  void membersOfTheModeratorGroupNamedByIdOrByHandleAreModerators() {
    slack.user("U1", "Kim", false);
    slack.user("U2", "Sam", false);
    slack.userGroup("S0MODS", "mentor-mods", "U1");

    Actor byId = actors(Optional.of("S0MODS")).actor("U1", "kim");
    Actor byHandle = actors(Optional.of("@Mentor-Mods")).actor("U1", "kim");
    Actor outsider = actors(Optional.of("S0MODS")).actor("U2", "sam");
    Actor otherGroup = actors(Optional.of("S0OTHER")).actor("U1", "kim");

    assertThat(byId.platformModerator()).isTrue();
    assertThat(byId.groupIds()).containsExactlyInAnyOrder("S0MODS", "mentor-mods");
    assertThat(byHandle.platformModerator()).isTrue();
    assertThat(outsider.platformModerator()).isFalse();
    assertThat(outsider.groupIds()).isEmpty();
    assertThat(otherGroup.platformModerator()).isFalse();
  }

  @Test
  void aFailedGroupListingGrantsNoGroupRightsButKeepsAnAdminsOwn() {
    slack.user("U1", "Kim", false);
    slack.user("UADMIN", "Ada", true);
    slack.userGroup("S0MODS", "mentor-mods", "U1", "UADMIN");
    slack.script("usergroups.list", FakeSlack.Answer.error("internal_error"), 2);

    Actor member = actors(Optional.of("S0MODS")).actor("U1", "kim");
    Actor admin = actors(Optional.of("S0MODS")).actor("UADMIN", "ada");

    assertThat(member.platformModerator()).isFalse();
    assertThat(member.groupIds()).isEmpty();
    assertThat(admin.platformModerator()).isTrue();
  }

  @Test
  void withoutADisplayNameAMemberIsShownByRealNameThenUserNameThenId() {
    slack.user("U1", Map.of("real_name", "Ada Lovelace", "name", "ada", "profile", Map.of()));
    slack.user(
        "U2", Map.of("real_name", " ", "name", "kim", "profile", Map.of("display_name", "  ")));
    slack.user("U3", Map.of("profile", Map.of("display_name", "")));
    SlackActors actors = actors(Optional.empty());

    assertThat(actors.actor("U1", "request-name").displayName()).isEqualTo("Ada Lovelace");
    assertThat(actors.actor("U2", "request-name").displayName()).isEqualTo("kim");
    assertThat(actors.actor("U3", "request-name").displayName()).isEqualTo("U3");
    assertThat(actors.nameOf("U1")).isEqualTo("Ada Lovelace");
  }

  @Test
  void aMemberIsNamedByDisplayNameOrByTheirIdWhenSlackCannotSay() {
    slack.user("U1", "Kim", false);
    SlackActors actors = actors(Optional.empty());

    assertThat(actors.nameOf("U1")).isEqualTo("Kim");
    assertThat(actors.nameOf("U404")).as("users.info: user_not_found").isEqualTo("U404");
  }
}
