package org.mentorbot.core.roster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.storage.TransactionMemo;
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

  private record Candidate(Profile mentor, int free, int fit) {}

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
    List<Candidate> candidates = new ArrayList<>();
    if (communityId.isPresent()) {
      long c = communityId.get();
      MemberDao dao = TransactionMemo.attached(h, MemberDao.class);
      Set<String> hidden = new HashSet<>(dao.blockedEitherWayWith(c, self));
      hidden.add(self);
      Optional<Profile> me = roster.store().find(h, c, self);
      Map<String, Integer> load = roster.load().activeMentees(h, c);
      for (Profile mentor : roster.store().mentorsOf(h, c, topic)) {
        String id = mentor.userId();
        if (hidden.contains(id) || mentor.pausedOn(roster.today())) {
          continue;
        }
        int free = Math.max(0, mentor.capacity() - load.getOrDefault(id, 0));
        candidates.add(new Candidate(mentor, free, fit(me, mentor)));
      }
    }
    if (candidates.isEmpty()) {
      return new Found(
          Reply.privately(
              "No available mentors for `"
                  + SafeText.of(topic)
                  + "` right now."
                  + " Try a broader topic; I noted that you looked, so the moderators know to"
                  + " recruit one."),
          true);
    }
    candidates.sort(
        Comparator.comparing((Candidate x) -> x.free() > 0)
            .reversed()
            .thenComparing(Comparator.comparingInt(Candidate::fit).reversed())
            .thenComparing(Comparator.comparingInt(Candidate::free).reversed())
            .thenComparing(x -> x.mentor().userId()));
    StringBuilder text = new StringBuilder();
    for (Candidate c : candidates.subList(0, Math.min(SHOWN, candidates.size()))) {
      Profile p = c.mentor();
      text.append("• <@")
          .append(p.userId())
          .append("> — ")
          .append(String.join(", ", p.mentorTopics()))
          .append(p.years().map(y -> " · " + y + "y").orElse(""))
          .append(p.zone().map(z -> " · " + TimeZones.format(z)).orElse(""))
          .append(c.free() > 0 ? " · " + c.free() + " free" : " · full")
          // Only a one-format offer is worth a word: most mentors offer both.
          .append(p.offers() == FormatOffer.BOTH ? "" : " · " + p.offers().label() + " only")
          .append('\n');
    }
    if (candidates.size() > SHOWN) {
      text.append("…and ").append(candidates.size() - SHOWN).append(" more.\n");
    }
    text.append("Ask one with `/mentor ask @mentor question:\"...\"`.");
    return new Found(
        Reply.privately(
            Message.builder(text.toString()).title("Mentors for " + SafeText.of(topic)).build()),
        false);
  }

  /** A rough fit of a mentor to the caller, for ordering only (the matcher scores precisely). */
  private int fit(Optional<Profile> me, Profile mentor) {
    if (me.isEmpty()) {
      return 0;
    }
    Profile caller = me.get();
    int fit = 0;
    if (!caller.menteeTopics().isEmpty()) {
      long shared = caller.menteeTopics().stream().filter(mentor.mentorTopics()::contains).count();
      fit += (int) (100 * shared / caller.menteeTopics().size());
    }
    if (caller.zone().isPresent() && mentor.zone().isPresent()) {
      Instant now = roster.context().clock().instant();
      int diff =
          Math.abs(
              TimeZones.offsetMinutes(caller.zone().get(), now)
                  - TimeZones.offsetMinutes(mentor.zone().get(), now));
      diff = Math.min(diff, 24 * 60 - diff);
      fit += 30 * (12 * 60 - diff) / (12 * 60);
    }
    if (caller.languages().stream().anyMatch(mentor.languages()::contains)) {
      fit += 10;
    }
    return fit;
  }
}
