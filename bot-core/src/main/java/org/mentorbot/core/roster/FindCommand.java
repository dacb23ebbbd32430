package org.mentorbot.core.roster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.text.SafeText;
import org.mentorbot.core.text.TimeZones;
import org.mentorbot.core.text.Topics;

/**
 * {@code /mentor find <topic>}: mentors for a topic with free capacity first, then by fit to the
 * caller (shared topics, timezone, a shared language). Paused and blocked mentors are not shown.
 */
final class FindCommand implements CommandHandler {

  private static final int SHOWN = 10;

  private final Roster roster;
  private final TopicDemand demand = new TopicDemand();

  FindCommand(Roster roster) {
    this.roster = roster;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("mentor", "find");
  }

  /** A mentor as ranked; the whole profile is loaded only if they are shown. */
  private record Candidate(String userId, int free, int fit) {}

  @Override
  public Reply handle(CommandRequest request) {
    Found found = roster.context().db().read(h -> find(h, request));
    if (found.none()) {
      // Nobody to show: note the demand (topic and member, counted once) for /mentor stats.
      roster
          .context()
          .db()
          .write(
              tx -> {
                demand.record(
                    tx,
                    roster.communityId(tx, request.invocation()),
                    request.actor().userId(),
                    topic(tx, request),
                    roster.context().clock().instant());
                return null;
              });
    }
    return found.reply();
  }

  /** The answer, and whether it found nobody. */
  private record Found(Reply reply, boolean none) {}

  private String topic(Handle h, CommandRequest request) {
    return Topics.normalise(
        request.options().text("topic").orElseThrow(),
        roster.settings(h, request.invocation()).topicAliases());
  }

  private Found find(Handle h, CommandRequest request) {
    String self = request.actor().userId();
    String topic = topic(h, request);
    Optional<Long> communityId = roster.context().communities().find(h, request.community());
    if (communityId.isEmpty()) {
      return nobody(topic);
    }
    long c = communityId.get();
    Optional<Profile> me = roster.store().find(h, c, self);
    Map<String, Integer> load = roster.load().activeMentees(h, c);
    MentorRanking.Result ranked =
        MentorRanking.rank(
            h, c, topic, me, self, roster.today(), roster.context().clock().instant(), load, SHOWN);
    List<Candidate> candidates = new ArrayList<>();
    for (MentorRanking.Ranked mentor : ranked.read()) {
      int free = Math.max(0, mentor.capacity() - load.getOrDefault(mentor.userId(), 0));
      candidates.add(new Candidate(mentor.userId(), free, mentor.fit()));
    }
    if (candidates.isEmpty()) {
      return nobody(topic);
    }
    candidates.sort(
        Comparator.comparing((Candidate x) -> x.free() > 0)
            .reversed()
            .thenComparing(Comparator.comparingInt(Candidate::fit).reversed())
            .thenComparing(Comparator.comparingInt(Candidate::free).reversed())
            .thenComparing(Candidate::userId));
    List<Candidate> shown = candidates.subList(0, Math.min(SHOWN, candidates.size()));
    Map<String, Integer> freeOf = new HashMap<>();
    shown.forEach(x -> freeOf.put(x.userId(), x.free()));
    StringBuilder text = new StringBuilder();
    for (Profile p : roster.store().some(h, c, shown.stream().map(Candidate::userId).toList())) {
      int free = freeOf.get(p.userId());
      text.append("• <@")
          .append(p.userId())
          .append("> — ")
          .append(String.join(", ", p.mentorTopics()))
          .append(p.years().map(y -> " · " + y + "y").orElse(""))
          .append(p.zone().map(z -> " · " + TimeZones.format(z)).orElse(""))
          .append(free > 0 ? " · " + free + " free" : " · full")
          // Only a one-format offer is worth a word: most mentors offer both.
          .append(p.offers() == FormatOffer.BOTH ? "" : " · " + p.offers().label() + " only")
          .append('\n');
    }
    if (ranked.total() > shown.size()) {
      text.append("…and ").append(ranked.total() - shown.size()).append(" more.\n");
    }
    text.append("Ask one with `/mentor ask @mentor question:\"...\"`.");
    return new Found(
        Reply.privately(
            Message.builder(text.toString()).title("Mentors for " + SafeText.of(topic)).build()),
        false);
  }

  private static Found nobody(String topic) {
    return new Found(
        Reply.privately(
            "No available mentors for `"
                + SafeText.of(topic)
                + "` right now."
                + " Try a broader topic; I noted that you looked, so the moderators know to"
                + " recruit one."),
        true);
  }
}
