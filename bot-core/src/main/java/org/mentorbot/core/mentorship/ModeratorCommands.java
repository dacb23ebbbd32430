package org.mentorbot.core.mentorship;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.roster.MentorshipFormat;
import org.mentorbot.core.roster.Profile;
import org.mentorbot.core.text.SafeText;

/**
 * The moderators' hold on running mentorships: {@code /round pairs [state:...] [page:N]} lists
 * them, {@code /round pair @mentor @mentee [format:...] [force:yes]} makes one by hand (with the
 * intro and check-ins a published pair gets), {@code /round unpair @a @b [note:"..."]} ends one.
 */
final class ModeratorCommands {

  static final int PAGE = 15;

  private final Mentorships mentorships;
  private final Ending ending;
  private final PairRulesCheck rules;

  ModeratorCommands(Mentorships mentorships, Ending ending) {
    this.mentorships = mentorships;
    this.ending = ending;
    this.rules = new PairRulesCheck(mentorships);
  }

  List<CommandHandler> handlers() {
    return List.of(new Pairs(), new PairByHand(), new Unpair());
  }

  /** One running mentorship's check-in facts, for the list. */
  private record Facts(
      Optional<String> lastAnswer, Optional<Instant> answeredAt, int misses, boolean escalated) {}

  private Facts facts(Handle h, long id) {
    // Read-only look at the check-in state of the mentorship (owned by the check-in slice).
    return h.createQuery(
            "SELECT last_answer, answered_at, misses, escalated FROM checkin_pair"
                + " WHERE pair_id = :id")
        .bind("id", id)
        .map(
            (rs, ctx) -> {
              String last = rs.getString(1);
              long at = rs.getLong(2);
              boolean hasAt = !rs.wasNull();
              return new Facts(
                  Optional.ofNullable(last),
                  hasAt ? Optional.of(Instant.ofEpochMilli(at)) : Optional.empty(),
                  rs.getInt(3),
                  rs.getInt(4) == 1);
            })
        .findOne()
        .orElse(new Facts(Optional.empty(), Optional.empty(), 0, false));
  }

  private final class Pairs implements CommandHandler {
    @Override
    public CommandSpec spec() {
      return Catalogue.get("round", "pairs");
    }

    @Override
    public Reply handle(CommandRequest request) {
      String state = request.options().text("state").orElse("all");
      int page = request.options().integer("page").orElse(1);
      return mentorships
          .context
          .db()
          .read(
              h -> {
                List<String> lines = new ArrayList<>();
                for (Mentorship m :
                    mentorships.context.communities().find(h, request.community()).stream()
                        .flatMap(c -> mentorships.store.running(h, c).stream())
                        .toList()) {
                  Facts f = facts(h, m.id());
                  boolean stale = f.escalated() || f.misses() >= 2;
                  boolean help = f.lastAnswer().equals(Optional.of("need-help"));
                  boolean shown =
                      switch (state) {
                        case "stale" -> stale;
                        case "need-help" -> help;
                        case "ending" -> m.state() == MentorshipState.ENDING;
                        default -> true;
                      };
                  if (shown) {
                    lines.add(line(h, m, f, stale, help));
                  }
                }
                if (lines.isEmpty()) {
                  return Reply.privately(
                      state.equals("all")
                          ? "No mentorship is running. Publish a round, or pair two members with"
                              + " `/round pair @mentor @mentee`."
                          : "No running mentorship is " + state + ".");
                }
                int pages = (lines.size() + PAGE - 1) / PAGE;
                if (page > pages) {
                  throw new ProblemException(
                      "There " + (pages == 1 ? "is 1 page" : "are " + pages + " pages") + ".",
                      "Ask for `page:1` to `page:" + pages + "`.");
                }
                List<String> shownLines =
                    lines.subList((page - 1) * PAGE, Math.min(lines.size(), page * PAGE));
                return Reply.privately(
                    Message.builder(
                            String.join("\n", shownLines)
                                + (pages > 1
                                    ? "\nPage " + page + " of " + pages + "; `page:N` for more."
                                    : ""))
                        .title(
                            lines.size()
                                + (state.equals("all") ? " running" : " " + state)
                                + (lines.size() == 1 ? " mentorship" : " mentorships"))
                        .build());
              });
    }

    private String line(Handle h, Mentorship m, Facts f, boolean stale, boolean help) {
      String who =
          m.circle()
              ? "circle (" + m.topic().orElse("peers") + "): " + String.join(", ", ats(m))
              : m.mentorId().map(Mentorship::at).orElse("?")
                  + " → "
                  + m.menteeId().map(Mentorship::at).orElse("?");
      String last =
          f.lastAnswer()
              .map(
                  a ->
                      "last check-in " + a + f.answeredAt().map(t -> " " + Dates.day(t)).orElse(""))
              .orElse("no check-in yet");
      List<String> flags = new ArrayList<>();
      flags.add(m.state().label());
      if (stale) {
        flags.add("stale");
      }
      if (help) {
        flags.add("needs help");
      }
      mentorships
          .store
          .handler(h, m.id())
          .ifPresent(u -> flags.add("handled by " + Mentorship.at(u)));
      return "• #"
          + m.id()
          + " "
          + who
          + " · "
          + (m.circle() ? "circle" : m.format().label())
          + " · "
          + m.roundNumber().map(n -> "round " + n).orElse("by hand")
          + " · "
          + Dates.day(m.startedAt())
          + " → "
          + Dates.day(m.plannedEnd())
          + (m.terms() > 1 ? " (term " + m.terms() + ")" : "")
          + " · "
          + last
          + " · "
          + String.join(", ", flags);
    }
  }

  private static List<String> ats(Mentorship m) {
    return m.memberIds().stream().map(Mentorship::at).toList();
  }

  private final class PairByHand implements CommandHandler {
    @Override
    public CommandSpec spec() {
      return Catalogue.get("round", "pair");
    }

    @Override
    public Reply handle(CommandRequest request) {
      String mentorId = request.options().user("mentor").orElseThrow().userId();
      String menteeId = request.options().user("mentee").orElseThrow().userId();
      boolean force = request.options().text("force").map("yes"::equals).orElse(false);
      return mentorships
          .context
          .db()
          .write(
              tx -> {
                long c = mentorships.context.communities().idOf(tx, request.community());
                CommunitySettings s = mentorships.context.settings().load(tx, request.community());
                Optional<MentorshipFormat> asked =
                    request.options().text("format").map(MentorshipFormat::of);
                PairRulesCheck.Result r =
                    rules.check(tx, c, mentorId, menteeId, asked, s, mentorships.now());
                if (!r.hard().isEmpty()) {
                  throw new ProblemException(
                      "I can't pair them: " + String.join("; ", r.hard()) + ".",
                      "`force:yes` never overrides a block, a pause or a missing role.");
                }
                if (!r.soft().isEmpty() && !force) {
                  throw new ProblemException(
                      "This pair breaks "
                          + (r.soft().size() == 1 ? "a rule" : r.soft().size() + " rules")
                          + ": "
                          + String.join("; ", r.soft())
                          + ".",
                      "Add `force:yes` to pair them anyway.");
                }
                Optional<Profile> mentee = mentorships.roster.find(tx, c, menteeId);
                MentorshipFormat format = asked.orElse(Mentorships.formatFor(mentee));
                Mentorship m =
                    mentorships.createPair(
                        tx,
                        request.community(),
                        mentorId,
                        menteeId,
                        format,
                        Optional.empty(),
                        "moderator");
                mentorships
                    .context
                    .outbox()
                    .enqueue(
                        tx,
                        request.community(),
                        new Destination.Conversation(List.of(mentorId, menteeId), s.matchChannel()),
                        mentorships.extendIntro(
                            tx,
                            request.community(),
                            m,
                            intro(m, mentorId, menteeId, mentee, r.reasons())),
                        "intro-by-hand:" + m.id());
                return Reply.privately(
                    "Paired "
                        + Mentorship.at(mentorId)
                        + " with "
                        + Mentorship.at(menteeId)
                        + ": a "
                        + format.label()
                        + " mentorship until "
                        + Dates.day(m.plannedEnd())
                        + ". The intro and check-ins are on their way."
                        + (r.soft().isEmpty()
                            ? ""
                            : " Rules set aside with force:yes: "
                                + String.join("; ", r.soft())
                                + "."));
              });
    }

    private Message intro(
        Mentorship m,
        String mentorId,
        String menteeId,
        Optional<Profile> mentee,
        List<String> reasons) {
      Message.Builder b =
          Message.builder(
                  Mentorship.at(mentorId)
                      + ", meet "
                      + Mentorship.at(menteeId)
                      + "! A moderator paired you: "
                      + Mentorship.at(mentorId)
                      + " mentors, "
                      + Mentorship.at(menteeId)
                      + " learns. Say hello here and agree on a first meeting this week.")
              .title("Meet your mentorship partner")
              .mention(mentorId)
              .mention(menteeId);
      if (!reasons.isEmpty()) {
        b.field("Why you two", "• " + String.join("\n• ", reasons));
      }
      b.field(
          "Goals of " + Mentorship.at(menteeId),
          mentee
              .flatMap(Profile::goals)
              .map(g -> SafeText.clip(SafeText.of(g), 500))
              .orElse("Not written down yet — a good first thing to talk about."));
      b.field(
          "Your mentorship",
          (m.format() == MentorshipFormat.LONG ? "A long mentorship" : "A short mentorship")
              + ", planned until "
              + Dates.day(m.plannedEnd())
              + ". `/mentor goals` shows your goals; a few days before the end you can continue"
              + " or wrap up.");
      return b.build();
    }
  }

  private final class Unpair implements CommandHandler {
    @Override
    public CommandSpec spec() {
      return Catalogue.get("round", "unpair");
    }

    @Override
    public Reply handle(CommandRequest request) {
      String a = request.options().user("a").orElseThrow().userId();
      String b = request.options().user("b").orElseThrow().userId();
      Optional<String> note = request.options().text("note");
      return mentorships
          .context
          .db()
          .write(
              tx -> {
                long c = mentorships.context.communities().idOf(tx, request.community());
                List<Mentorship> between = mentorships.runningBetween(tx, c, a, b);
                if (between.isEmpty() || a.equals(b)) {
                  throw new ProblemException(
                      Mentorship.at(a)
                          + " and "
                          + Mentorship.at(b)
                          + " have no running mentorship together.",
                      "`/round pairs` lists the running ones.");
                }
                List<String> replies = new ArrayList<>();
                for (Mentorship m : between) {
                  replies.add(
                      ending.byModerator(
                          tx, request.community(), m, request.actor().userId(), note));
                }
                return Reply.privately(String.join("\n", replies));
              });
    }
  }
}
