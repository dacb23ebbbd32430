package org.mentorbot.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.command.RateLimiter;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.community.CommunityStore;
import org.mentorbot.core.community.SettingsStore;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.feature.Feature;
import org.mentorbot.core.roster.RosterFeature;
import org.mentorbot.core.routing.CommandRouter;
import org.mentorbot.core.schedule.MessageCodec;
import org.mentorbot.core.schedule.SqlJobs;
import org.mentorbot.core.schedule.SqlOutbox;
import org.mentorbot.core.storage.Database;
import org.mentorbot.core.testing.MutableClock;
import org.mentorbot.core.testing.TestCommunity;

/**
 * A listener (check-ins) acts inside the publish transaction: its rows commit or roll back with it.
 */
class RoundListenerTest {

  private final Database db = org.mentorbot.core.testing.TestDatabase.fresh();
  private final MutableClock clock = MutableClock.startingMonday();
  private final List<String> heard = new ArrayList<>();

  @AfterEach
  void close() {
    db.close();
  }

  private CommandRouter router(RoundListener listener) {
    CommunityStore communities = new CommunityStore(clock);
    CoreContext context =
        new CoreContext(
            db,
            clock,
            communities,
            new SettingsStore(platform -> CommunitySettings.defaults(), communities),
            new SqlOutbox(communities, new MessageCodec(), clock),
            new SqlJobs(communities, clock));
    List<Feature> features =
        List.of(
            new RosterFeature(context, new ActivePairsLoad()),
            new MatchingFeature(
                context,
                List.of(listener),
                new org.mentorbot.core.mentorship.Mentorships(context)));
    return new CommandRouter(context, features, RateLimiter.unlimited());
  }

  private void roundWithOnePair(CommandRouter router) {
    router.runText(TestCommunity.as("ada"), "mentor", "signup mentor topics:java years:9");
    router.runText(TestCommunity.as("kim"), "mentor", "signup mentee topics:java goals:x");
    router.runText(TestCommunity.as("mod"), "round", "open");
    router.runText(TestCommunity.as("ada"), "round", "join");
    router.runText(TestCommunity.as("kim"), "round", "join");
  }

  @Test
  void hearsThePublishedPairsInsideThePublishTransaction() {
    CommandRouter router =
        router(
            new RoundListener() {
              @Override
              public void published(
                  Handle tx, CommunityId community, Round round, List<PairRow> pairs) {
                pairs.forEach(
                    p -> heard.add(round.number() + ":" + p.mentorId() + ">" + p.menteeId()));
              }
            });
    roundWithOnePair(router);
    assertThat(router.runText(TestCommunity.as("mod"), "round", "publish"))
        .isInstanceOf(Reply.Shown.class);
    assertThat(heard).containsExactly("1:ada>kim");
  }

  @Test
  void aFailingListenerRollsThePublishBack() {
    CommandRouter router =
        router(
            new RoundListener() {
              @Override
              public void published(
                  Handle tx, CommunityId community, Round round, List<PairRow> pairs) {
                throw new IllegalStateException("check-ins could not schedule");
              }
            });
    roundWithOnePair(router);
    assertThat(router.runText(TestCommunity.as("mod"), "round", "publish"))
        .isInstanceOf(Reply.Problem.class);
    Integer pairs =
        db.read(h -> h.createQuery("SELECT COUNT(*) FROM match_pair").mapTo(Integer.class).one());
    String state =
        db.read(h -> h.createQuery("SELECT state FROM match_round").mapTo(String.class).one());
    assertThat(pairs).isZero();
    assertThat(state).isEqualTo("open");
  }
}
