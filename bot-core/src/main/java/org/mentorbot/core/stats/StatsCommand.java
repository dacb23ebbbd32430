package org.mentorbot.core.stats;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.meeting.MeetingStats;
import org.mentorbot.core.mentorship.EndReason;
import org.mentorbot.core.mentorship.MentorshipStats;
import org.mentorbot.core.messaging.Attachment;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.roster.TopicDemand;
import org.mentorbot.core.stats.StatsReport.FlaggedComment;
import org.mentorbot.core.stats.StatsReport.OfficeHours;
import org.mentorbot.core.stats.StatsReport.RoundFigures;

/**
 * {@code /mentor stats} (moderators; the router checks): the {@link StatsReport} as text,
 * privately, with the chart attached. Members named in flagged comments are written as mentions but
 * never pinged.
 */
final class StatsCommand implements CommandHandler {

  static final String EMPTY = "No rounds yet — open one with `/round open`.";
  static final String CHART_FILE = "mentorbot-stats.png";
  static final int DEMAND_SHOWN = 5;

  private final CoreContext context;

  StatsCommand(CoreContext context) {
    this.context = context;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("mentor", "stats");
  }

  @Override
  public Reply handle(CommandRequest request) {
    Optional<StatsReport> report =
        context
            .db()
            // A write: showing a new feedback figure records it (see FeedbackRelease).
            .write(
                h ->
                    context
                        .communities()
                        .find(h, request.community())
                        .map(id -> StatsQuery.read(h, id, context.clock().instant())));
    List<TopicDemand.Unmet> demand =
        context
            .db()
            .read(
                h ->
                    context
                        .communities()
                        .find(h, request.community())
                        .map(id -> TopicDemand.unmet(h, id, DEMAND_SHOWN))
                        .orElse(List.of()));
    if (report.isEmpty() || report.get().empty()) {
      return Reply.privately(
          withDemand(Message.builder(EMPTY).title("Mentorship stats").build(), demand));
    }
    // Mentorships and their goals: counts only (MentorshipStats never reads a goal's text).
    Optional<MentorshipStats.Summary> mentorships =
        context
            .db()
            .read(
                h ->
                    context
                        .communities()
                        .find(h, request.community())
                        .map(id -> MentorshipStats.forCommunity(h, id)));
    Map<Integer, MeetingStats.RoundMeetings> meetings =
        context
            .db()
            .read(
                h ->
                    context
                        .communities()
                        .find(h, request.community())
                        .map(id -> MeetingStats.perRound(h, id, context.clock().instant()))
                        .orElse(Map.of()));
    return Reply.privately(
        withDemand(
            withMeetings(message(report.get(), mentorships.filter(s -> !s.empty())), meetings),
            demand));
  }

  /**
   * Topics members looked for with {@code /mentor find} that no mentor on the roster covers, as one
   * field: "4 members looked for rust; no mentor (last Tue 2026-03-03)".
   */
  static Message withDemand(Message stats, List<TopicDemand.Unmet> demand) {
    if (demand.isEmpty()) {
      return stats;
    }
    StringBuilder text = new StringBuilder();
    for (TopicDemand.Unmet d : demand) {
      text.append(text.length() == 0 ? "" : "\n")
          .append(d.members())
          .append(d.members() == 1 ? " member looked for " : " members looked for ")
          .append(org.mentorbot.core.text.SafeText.of(d.topic()))
          .append("; no mentor (last ")
          .append(org.mentorbot.core.mentorship.Dates.day(d.last()))
          .append(")");
    }
    List<org.mentorbot.core.messaging.Field> fields = new java.util.ArrayList<>(stats.fields());
    fields.add(new org.mentorbot.core.messaging.Field("Wanted, no mentor", text.toString()));
    return new Message(
        stats.title(), stats.text(), fields, stats.buttons(), stats.mentions(), stats.attachment());
  }

  /** Meetings proposed, scheduled and held per round (docs/meetings.md), as one field. */
  static Message withMeetings(Message stats, Map<Integer, MeetingStats.RoundMeetings> meetings) {
    if (meetings.isEmpty()) {
      return stats;
    }
    StringBuilder text = new StringBuilder();
    meetings.forEach(
        (round, m) ->
            text.append(text.length() == 0 ? "" : "\n")
                .append("Round ")
                .append(round)
                .append(": ")
                .append(m.proposed())
                .append(" proposed · ")
                .append(m.scheduled())
                .append(" scheduled · ")
                .append(m.held())
                .append(" held"));
    java.util.List<org.mentorbot.core.messaging.Field> fields =
        new java.util.ArrayList<>(stats.fields());
    fields.add(new org.mentorbot.core.messaging.Field("Meetings", text.toString()));
    return new Message(
        stats.title(), stats.text(), fields, stats.buttons(), stats.mentions(), stats.attachment());
  }

  static Message message(StatsReport report) {
    return message(report, Optional.empty());
  }

  static Message message(StatsReport report, Optional<MentorshipStats.Summary> mentorships) {
    StringBuilder text = new StringBuilder();
    if (report.rounds().isEmpty()) {
      text.append(EMPTY);
    }
    for (RoundFigures r : report.rounds()) {
      text.append(text.length() == 0 ? "" : "\n").append(round(r));
    }
    if (report.earlierRounds() > 0) {
      text.append("\n(")
          .append(report.earlierRounds())
          .append(report.earlierRounds() == 1 ? " earlier round" : " earlier rounds")
          .append(" not shown)");
    }
    Message.Builder m =
        Message.builder(text.toString())
            .title("Mentorship stats")
            .field("Office hours since " + date(report.officeHours()), officeHours(report));
    mentorships.ifPresent(s -> m.field("Mentorships", mentorships(s)).field("Goals", goals(s)));
    // One field per comment: a platform field holds about 1,000 characters (Discord: 1,024).
    for (FlaggedComment f : report.flagged()) {
      m.field(
          "Flagged feedback, round " + f.roundNumber(),
          "From <@" + f.fromId() + "> about <@" + f.aboutId() + ">: \"" + f.comment() + "\"");
    }
    if (report.moreFlagged() > 0) {
      m.field("More flagged feedback", report.moreFlagged() + " more, older than those above.");
    }
    StatsChart.png(report.rounds())
        .ifPresent(png -> m.attachment(new Attachment(CHART_FILE, "image/png", png)));
    return m.build();
  }

  /** "Round 3 · 2026-11-02 · mentorship · 3/4 mentees matched (75%) · ...". */
  private static String round(RoundFigures r) {
    boolean circles = r.kind().equals("peer-circles");
    StringBuilder out = new StringBuilder("• Round ").append(r.number());
    out.append(" · ").append(r.date()).append(" · ").append(r.kind()).append(" · ");
    out.append(r.matched())
        .append('/')
        .append(r.joined())
        .append(circles ? " peers in circles (" : " mentees matched (")
        .append(r.matchedPercent())
        .append("%)");
    if (r.pairs() > 0) {
      out.append(" · met: ")
          .append(r.metPercent().getAsInt())
          .append("% of ")
          .append(plural(r.pairs(), "pair"));
      out.append(" · stale: ").append(plural(r.stalePairs(), "pair"));
    }
    out.append(" · feedback: ");
    if (r.meanFeedback().isPresent()) {
      int band = (int) Math.floor(r.meanFeedback().getAsDouble());
      out.append("between ").append(band).append(" and ").append(band + 1);
    } else if (r.feedbackCount() > 0) {
      out.append("hidden until ").append(StatsReport.MIN_RATINGS).append(" ratings");
    } else {
      out.append('—');
    }
    return out.append(" (n=").append(r.feedbackCount()).append(')').toString();
  }

  /** "3 running · 4 ended: 2 goal reached, 1 term completed, 1 ended early". */
  private static String mentorships(MentorshipStats.Summary s) {
    StringBuilder out = new StringBuilder().append(s.running()).append(" running");
    if (s.endedTotal() > 0) {
      out.append(" · ").append(s.endedTotal()).append(" ended:");
      String sep = " ";
      for (EndReason r : EndReason.values()) {
        int n = s.ended().get(r);
        if (n > 0) {
          out.append(sep).append(n).append(' ').append(r.words());
          sep = ", ";
        }
      }
    }
    return out.toString();
  }

  /** "7 set · 3 reached · 1 dropped · 3 open" (counts only, never a goal's text). */
  private static String goals(MentorshipStats.Summary s) {
    return s.goalsSet()
        + " set · "
        + s.goalsReached()
        + " reached · "
        + s.goalsDropped()
        + " dropped · "
        + s.goalsOpen()
        + " open";
  }

  private static String officeHours(StatsReport report) {
    OfficeHours oh = report.officeHours();
    if (oh.sessions() == 0) {
      return "No sessions.";
    }
    return plural(oh.sessions(), "session")
        + " · "
        + oh.served()
        + " served · "
        + plural(oh.noShows(), "no-show")
        + " · mean wait "
        + oh.meanWait().map(StatsCommand::minutes).orElse("—")
        + " · mean service "
        + oh.meanService().map(StatsCommand::minutes).orElse("—");
  }

  private static String date(OfficeHours oh) {
    return oh.since().atZone(ZoneOffset.UTC).toLocalDate().toString();
  }

  /** Minutes with one decimal: "6.3 min". */
  static String minutes(Duration d) {
    return String.format(Locale.ROOT, "%.1f min", d.toMillis() / 60_000.0);
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
