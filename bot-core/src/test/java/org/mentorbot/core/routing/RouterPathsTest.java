package org.mentorbot.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.command.ActionHandler;
import org.mentorbot.core.command.Actor;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.RateLimiter;
import org.mentorbot.core.command.RawCommand;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.command.Suggester;
import org.mentorbot.core.command.Suggestion;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.community.CommunityStore;
import org.mentorbot.core.community.SettingsStore;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.feature.Feature;
import org.mentorbot.core.feature.OverviewSection;
import org.mentorbot.core.messaging.Field;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.moderation.KnownModerators;
import org.mentorbot.core.schedule.MessageCodec;
import org.mentorbot.core.schedule.SqlJobs;
import org.mentorbot.core.schedule.SqlOutbox;
import org.mentorbot.core.storage.Database;
import org.mentorbot.core.testing.MutableClock;
import org.mentorbot.core.testing.TestCommunity;
import org.mentorbot.core.testing.TestDatabase;

/**
 * The router's own paths with small stand-in features (a button, autocomplete, overview sections,
 * two command handlers) on a real database: which handler gets what, and how every failure becomes
 * a reply. {@link CommandRouterTest} runs the same router inside the whole core.
 */
class RouterPathsTest {

  private final MutableClock clock = MutableClock.startingMonday();
  private final Database db = TestDatabase.fresh();
  private final CommunityStore communities = new CommunityStore(clock);
  private final CoreContext context =
      new CoreContext(
          db,
          clock,
          communities,
          new SettingsStore(p -> CommunitySettings.defaults(), communities),
          new SqlOutbox(communities, new MessageCodec(), clock),
          new SqlJobs(communities, clock));
  private final List<String> pressed = new ArrayList<>();
  private final List<CommandRequest> handled = new ArrayList<>();

  /** What the stand-in button handler does for an argument; the default echoes it. */
  private RuntimeException pressFailure;

  /** What the stand-in {@code /mentor find} handler throws, if anything. */
  private RuntimeException findFailure;

  private List<Suggestion> topics = List.of(new Suggestion("Java", "java"));

  @AfterEach
  void close() {
    db.close();
  }

  private final Feature standIn =
      new Feature() {
        @Override
        public List<CommandHandler> commands() {
          return List.of(handler("mentor", "find"), handler("round", "open"));
        }

        @Override
        public List<ActionHandler> actions() {
          return List.of(
              new ActionHandler() {
                @Override
                public String prefix() {
                  return "ping";
                }

                @Override
                public Reply press(Invocation invocation, String argument) {
                  pressed.add(argument);
                  if (pressFailure != null) {
                    throw pressFailure;
                  }
                  return Reply.privately("pong " + argument);
                }
              });
        }

        @Override
        public Map<String, Suggester> suggesters() {
          return Map.of(
              "topic",
              (invocation, partial) -> {
                if (partial.equals("boom")) {
                  throw new IllegalStateException("index gone");
                }
                return topics;
              });
        }

        @Override
        public List<OverviewSection> overview() {
          return List.of(
              invocation -> Optional.of(new Field("Profile", "mentor")),
              invocation -> {
                throw new IllegalStateException("matches table gone");
              },
              invocation -> Optional.empty(),
              invocation -> Optional.of(new Field("Queue", "2nd")));
        }
      };

  private CommandHandler handler(String root, String sub) {
    CommandSpec spec = Catalogue.get(root, sub);
    return new CommandHandler() {
      @Override
      public CommandSpec spec() {
        return spec;
      }

      @Override
      public Reply handle(CommandRequest request) {
        handled.add(request);
        if (findFailure != null) {
          throw findFailure;
        }
        return Reply.privately(spec.path() + " " + request.options().values());
      }
    };
  }

  private CommandRouter router() {
    return new CommandRouter(context, List.of(standIn), RateLimiter.unlimited());
  }

  private static String text(Reply reply) {
    return reply instanceof Reply.Problem p
        ? p.text()
        : TestCommunity.flatten(((Reply.Shown) reply).message()).strip();
  }

  private static Invocation as(String user) {
    return TestCommunity.as(user);
  }

  @Test
  void aButtonGoesToTheHandlerOfItsPrefixWithEverythingAfterTheFirstColon() {
    CommandRouter router = router();

    assertThat(text(router.press(as("alice"), "ping:7:yes"))).isEqualTo("pong 7:yes");
    assertThat(text(router.press(as("alice"), "ping"))).isEqualTo("pong");
    assertThat(pressed).containsExactly("7:yes", "");
  }

  @Test
  void aButtonIdTheBotCannotHaveMadeIsExpiredAndReachesNoHandler() {
    CommandRouter router = router();

    for (String id :
        new String[] {null, "", "ping:a b", "ping:<@everyone>", "p".repeat(101), "pong:1", ":1"}) {
      assertThat(text(router.press(as("alice"), id))).as(id).contains("That button has expired");
    }
    assertThat(text(router.press(as("alice"), "ping:" + "x".repeat(95)))).startsWith("pong x");
    assertThat(pressed).containsExactly("x".repeat(95));
  }

  @Test
  void aButtonWhoseArgumentDoesNotParseIsExpiredButAFailureBehindItIsOurs() {
    CommandRouter router = router();
    for (RuntimeException unreadable :
        List.of(
            new NumberFormatException("x"),
            new IndexOutOfBoundsException(3),
            new ArithmeticException("overflow"))) {
      pressFailure = unreadable;
      assertThat(text(router.press(as("alice"), "ping:x"))).contains("That button has expired");
    }
    pressFailure = new IllegalStateException("database gone");
    assertThat(text(router.press(as("alice"), "ping:x"))).contains("went wrong on my side");
  }

  @Test
  void autocompleteAsksTheSuggesterOfThatOptionAndOffersAtMost25() {
    topics = IntStream.range(0, 30).mapToObj(i -> new Suggestion("t" + i, "t" + i)).toList();
    CommandRouter router = router();

    List<Suggestion> offered = router.suggest(as("alice"), "mentor", "find", "topic", "t");
    assertThat(offered).hasSize(25);
    assertThat(offered.get(0).value()).isEqualTo("t0");
    assertThat(router.suggest(as("alice"), "mentor", "find", "mentor", "t")).isEmpty();
  }

  @Test
  void autocompleteIgnoresOverlongInputAndASuggesterThatFails() {
    CommandRouter router = router();

    assertThat(router.suggest(as("alice"), "mentor", "find", "topic", "j".repeat(100)))
        .containsExactly(new Suggestion("Java", "java"));
    assertThat(router.suggest(as("alice"), "mentor", "find", "topic", "j".repeat(101))).isEmpty();
    assertThat(router.suggest(as("alice"), "mentor", "find", "topic", "boom")).isEmpty();
  }

  @Test
  void theOverviewShowsEverySectionThatRendersInOrderAndSkipsOneThatFails() {
    Message overview = router().overview(as("alice"));

    assertThat(overview.fields()).extracting(Field::name).containsExactly("Profile", "Queue");
    assertThat(overview.title()).isEqualTo("mentorbot");
  }

  @Test
  void aTypedCommandReachesItsHandlerWithBoundOptions() {
    Reply reply =
        router()
            .run(as("alice"), new RawCommand("/Mentor", "FIND", List.of(), Map.of("topic", "go")));

    assertThat(text(reply)).isEqualTo("/mentor find {topic=go}");
    assertThat(handled)
        .singleElement()
        .satisfies(r -> assertThat(r.invocation()).isEqualTo(as("alice")));
  }

  @Test
  void aHandlersProblemIsTheReplyAndAnythingElseItThrowsIsOurFaultWithNothingChanged() {
    CommandRouter router = router();
    findFailure = new ProblemException("No mentor teaches Go yet.", "Try /mentor find java.");
    assertThat(text(router.runText(as("alice"), "mentor", "find go")))
        .isEqualTo("No mentor teaches Go yet. Try /mentor find java.");

    findFailure = new IllegalStateException("database is locked");
    assertThat(text(router.runText(as("alice"), "mentor", "find go")))
        .contains("Something went wrong on my side, and nothing was changed.");
  }

  @Test
  void aCatalogueCommandWithoutAHandlerSaysItIsNotAvailableYet() {
    assertThat(text(router().runText(as("alice"), "mentor", "resume")))
        .contains("`/mentor resume` is not available yet");
    assertThat(handled).isEmpty();
  }

  @Test
  void anEmptyCommandOrHelpOnAnotherRootShowsThatRootsHelpAndRunsNothing() {
    CommandRouter router = router();

    assertThat(text(router.runText(as("mod"), "round", ""))).contains("/round open");
    assertThat(text(router.runText(as("mod"), "round", "help open")))
        .contains("Usage: /round open");
    assertThat(text(router.runText(as("alice"), "mentor", "help find")))
        .contains("Usage: /mentor find");
    assertThat(handled).isEmpty();
  }

  @Test
  void aFloodIsTurnedAwayBeforeAnythingRuns() {
    CommandRouter router =
        new CommandRouter(
            context, List.of(standIn), new RateLimiter(clock, 1, Duration.ofMinutes(1)));

    assertThat(text(router.runText(as("alice"), "mentor", "find go"))).startsWith("/mentor find");
    assertThat(text(router.runText(as("alice"), "mentor", "find go")))
        .contains("faster than I can take them");
    assertThat(text(router.press(as("alice"), "ping:1"))).contains("faster than I can take them");
    assertThat(handled).hasSize(1);
    assertThat(pressed).isEmpty();
  }

  @Test
  void whoRunsACommandAsModeratorIsRememberedAndForgottenWhenTheyNoLongerAre() {
    CommandRouter router = router();
    Invocation boss =
        new Invocation(
            TestCommunity.ID, new Actor("boss", "Boss", true, Set.of()), Optional.empty());
    Invocation demoted =
        new Invocation(
            TestCommunity.ID, new Actor("boss", "Boss", false, Set.of()), Optional.empty());

    router.runText(boss, "round", "open");
    assertThat(known()).containsExactly("boss");
    assertThat(text(router.runText(demoted, "round", "open"))).contains("Only moderators");
    assertThat(known()).isEmpty();
  }

  private List<String> known() {
    return db.read(
        h ->
            communities
                .find(h, TestCommunity.ID)
                .map(c -> KnownModerators.list(h, c))
                .orElse(List.of()));
  }

  @Test
  void anUnknownRootOrSubcommandIsAProblemNamingIt() {
    CommandRouter router = router();

    assertThat(text(router.runText(as("alice"), "mentr", "find")))
        .contains("There is no `/mentr` command");
    assertThat(text(router.runText(as("alice"), "mentor", "fnd go")))
        .contains("`/mentor fnd` is not a command")
        .contains("Did you mean `/mentor find`?");
  }

  @Test
  void eachButtonPrefixAutocompleteOptionAndCommandHasOneOwner() {
    assertThatThrownBy(
            () -> new CommandRouter(context, List.of(standIn, standIn), RateLimiter.unlimited()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("two handlers for /mentor find");
    Feature secondButton =
        new Feature() {
          @Override
          public List<ActionHandler> actions() {
            return standIn.actions();
          }
        };
    assertThatThrownBy(
            () ->
                new CommandRouter(context, List.of(standIn, secondButton), RateLimiter.unlimited()))
        .hasMessageContaining("two actions for ping");
    Feature secondTopics =
        new Feature() {
          @Override
          public Map<String, Suggester> suggesters() {
            return standIn.suggesters();
          }
        };
    assertThatThrownBy(
            () ->
                new CommandRouter(context, List.of(standIn, secondTopics), RateLimiter.unlimited()))
        .hasMessageContaining("two suggesters for topic");
  }

  @Test
  void aHandlerForACommandOutsideTheCatalogueIsRefusedAtStartUp() {
    CommandSpec real = Catalogue.get("mentor", "find");
    CommandSpec altered =
        new CommandSpec(
            real.root(), real.sub(), "another description", real.access(), real.options());
    Feature rogue =
        new Feature() {
          @Override
          public List<CommandHandler> commands() {
            return List.of(
                new CommandHandler() {
                  @Override
                  public CommandSpec spec() {
                    return altered;
                  }

                  @Override
                  public Reply handle(CommandRequest request) {
                    return Reply.privately("never");
                  }
                });
          }
        };
    assertThatThrownBy(() -> new CommandRouter(context, List.of(rogue), RateLimiter.unlimited()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not in the catalogue: /mentor find");
  }
}
