package org.mentorbot.core.command;

import static org.mentorbot.core.command.OptionSpec.channel;
import static org.mentorbot.core.command.OptionSpec.choice;
import static org.mentorbot.core.command.OptionSpec.date;
import static org.mentorbot.core.command.OptionSpec.integer;
import static org.mentorbot.core.command.OptionSpec.list;
import static org.mentorbot.core.command.OptionSpec.role;
import static org.mentorbot.core.command.OptionSpec.text;
import static org.mentorbot.core.command.OptionSpec.time;
import static org.mentorbot.core.command.OptionSpec.user;
import static org.mentorbot.core.command.OptionSpec.zone;

import java.util.List;
import java.util.Optional;
import org.mentorbot.core.community.SettingKey;

/**
 * Every command of the product as data (DESIGN §3). Front ends register it, the grammar binds
 * against it and help is generated from it; features attach handlers to its entries.
 */
public final class Catalogue {

  public static final List<String> ROOTS = List.of("mentor", "round", "officehours", "queue");
  public static final List<String> WEEKDAYS =
      List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  public static final List<String> WEEKDAYS_OR_OFF =
      List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "off");
  public static final List<String> CHECKIN_ANSWERS =
      List.of("met", "scheduled", "not-yet", "need-help", "end");

  private static final List<CommandSpec> ALL = build();

  private Catalogue() {}

  public static List<CommandSpec> all() {
    return ALL;
  }

  public static Optional<CommandSpec> find(String root, String sub) {
    return ALL.stream().filter(c -> c.root().equals(root) && c.sub().equals(sub)).findFirst();
  }

  /** The entry for a path that must exist; a typo here is a programming error. */
  public static CommandSpec get(String root, String sub) {
    return find(root, sub)
        .orElseThrow(() -> new IllegalArgumentException("no such command /" + root + " " + sub));
  }

  public static List<CommandSpec> ofRoot(String root) {
    return ALL.stream().filter(c -> c.root().equals(root)).toList();
  }

  private static CommandSpec member(String root, String sub, String summary, OptionSpec... opts) {
    return new CommandSpec(root, sub, summary, Access.MEMBER, List.of(opts));
  }

  private static CommandSpec moderator(
      String root, String sub, String summary, OptionSpec... opts) {
    return new CommandSpec(root, sub, summary, Access.MODERATOR, List.of(opts));
  }

  /** One option per row of the settings table, plus {@code alias}. */
  private static OptionSpec[] configOptions() {
    List<OptionSpec> options = new java.util.ArrayList<>();
    for (SettingKey key : SettingKey.values()) {
      String name = key.optionName();
      String about = key.description();
      options.add(
          switch (key.type()) {
            case CHANNEL -> channel(name, false, about);
            case ROLE -> role(name, false, about);
            case INTEGER -> integer(name, false, key.min(), key.max(), about);
            case TIME -> time(name, false, about);
            case SWITCH -> choice(name, false, List.of("on", "off"), about);
          });
    }
    options.add(text("alias", false, "Topic alias, alias=topic (e.g. js=javascript)"));
    return options.toArray(OptionSpec[]::new);
  }

  private static OptionSpec topics(boolean required) {
    return list("topics", required, "Topics, comma-separated (e.g. java,career)")
        .withAutocomplete();
  }

  private static OptionSpec years() {
    return integer("years", false, 0, 60, "Years of experience in the field");
  }

  private static OptionSpec languages() {
    return list("languages", false, "Languages you can mentor in, comma-separated");
  }

  private static List<CommandSpec> build() {
    return List.of(
        // Members
        member(
            "mentor",
            "help",
            "List the commands you can run, or show one command's usage",
            text("command", false, "A command, e.g. signup or \"round open\"").asPositional()),
        member(
            "mentor",
            "signup",
            "Join the roster as a mentor or a mentee",
            choice("role", true, List.of("mentor", "mentee"), "Join as mentor or mentee")
                .asPositional(),
            topics(true),
            text("goals", false, "What you want to get out of mentorship (mentees)"),
            years(),
            zone("tz", false, "Your timezone, e.g. Europe/Berlin or UTC+05:30"),
            integer("capacity", false, 1, 5, "How many mentees at once (mentors, default 1)"),
            languages(),
            text("bio", false, "A few words about you"),
            choice(
                "format",
                false,
                List.of("short", "long", "both"),
                "Mentees: short (until goals reached) or long (months); mentors: what you offer")),
        member(
            "mentor",
            "profile",
            "Show your profile or another member's",
            user("user", false, "Whose profile (default: yours)").asPositional()),
        member(
            "mentor",
            "edit",
            "Change your profile",
            topics(false),
            choice(
                "role",
                false,
                List.of("mentor", "mentee"),
                "Which role's topics or format, if you are both"),
            text("goals", false, "What you want to get out of mentorship"),
            years(),
            zone("tz", false, "Your timezone"),
            integer("capacity", false, 1, 5, "How many mentees at once"),
            languages(),
            text("bio", false, "A few words about you"),
            choice(
                "format",
                false,
                List.of("short", "long", "both"),
                "Mentees: short (until goals reached) or long (months); mentors: what you offer")),
        member(
            "mentor",
            "pause",
            "Stop matching and nudges for a while",
            date("until", false, "Pause until this day (default: until you resume)")),
        member("mentor", "resume", "End your pause"),
        member(
            "mentor",
            "find",
            "Available mentors for a topic, best fit first",
            text("topic", true, "A topic, e.g. java").asPositional().withAutocomplete()),
        member(
            "mentor",
            "ask",
            "Ask a mentor for a one-off conversation",
            user("mentor", true, "The mentor to ask").asPositional().withAutocomplete(),
            text("question", true, "What you would like to talk about")),
        member("mentor", "matches", "Your current matches and their check-in state"),
        member(
            "mentor",
            "checkin",
            "Tell us how your match is going",
            choice("answer", true, CHECKIN_ANSWERS, "How it is going").asPositional(),
            user("with", false, "Which match, when you have several"),
            text("note", false, "Anything to add")),
        member(
            "mentor",
            "end",
            "End a mentorship early; your partner is told kindly, never your note",
            user("partner", true, "Whom your mentorship is with").asPositional().withAutocomplete(),
            choice("reason", true, List.of("goal-reached", "not-a-fit", "no-time", "other"), "Why"),
            text(
                "note", false, "Anything the moderators should know (your partner never sees it)")),
        member(
            "mentor",
            "goals",
            "Your mentorship's goals (seen by the two of you only)",
            user("with", false, "Which mentorship, when you have several").withAutocomplete()),
        member(
            "mentor",
            "goal",
            "Add a goal, or mark one done or dropped",
            choice("action", true, List.of("add", "done", "drop"), "What to do").asPositional(),
            text("goal", true, "The new goal's text, or the number of the goal")
                .asPositional()
                .withAutocomplete(),
            user("with", false, "Which mentorship, when you have several").withAutocomplete()),
        member(
            "mentor",
            "meet",
            "Propose a meeting time to your mentor, mentee or circle",
            user("partner", true, "Whom to meet").asPositional().withAutocomplete(),
            text("when", true, "YYYY-MM-DD HH:MM, in your timezone"),
            integer("minutes", false, 15, 240, "How long (default 45)"),
            choice("anyway", false, List.of("yes"), "Even outside someone's daytime"),
            integer("move", false, 1, Integer.MAX_VALUE, "Move this meeting (its number)")),
        member(
            "mentor",
            "meetings",
            "Your upcoming meetings and your shared hours this week",
            integer("cancel", false, 1, Integer.MAX_VALUE, "Cancel this meeting (its number)")),
        member(
            "mentor",
            "agenda",
            "Tell your mentor what you want from your next meeting",
            text("text", true, "What you tried and what you'd like from the meeting"),
            integer("meeting", false, 1, Integer.MAX_VALUE, "Which meeting (its number)")),
        member(
            "mentor",
            "feedback",
            "Rate a match, confidentially (moderators see aggregates only)",
            user("user", true, "Whom the feedback is about").asPositional(),
            integer("rating", true, 1, 5, "1 (poor) to 5 (great)"),
            text("comment", false, "Optional comment")),
        member(
            "mentor",
            "block",
            "Never be matched with this member",
            user("user", true, "The member to block").asPositional()),
        member(
            "mentor",
            "unblock",
            "Lift a block you placed",
            user("user", true, "The member to unblock").asPositional()),
        member("mentor", "leave", "Leave the roster (your history stays)"),
        member("mentor", "forget-me", "Erase all your data (asks to confirm)"),
        member("mentor", "export", "Get all your data as JSON in a direct message"),
        moderator("mentor", "stats", "Rounds, match and meet rates, feedback, with a chart"),
        moderator("mentor", "config", "Show or change community settings", configOptions()),

        // Rounds
        moderator(
            "round",
            "open",
            "Open sign-up for a match round",
            choice(
                "kind",
                false,
                List.of("mentorship", "peer-circles", "reverse"),
                "Kind of round (default mentorship)"),
            integer("days", false, 1, 30, "Days sign-up stays open (default 7)")),
        member(
            "round",
            "join",
            "Join the open round",
            choice("as", false, List.of("mentor", "mentee"), "Your role, if you are both")),
        member("round", "leave", "Leave the open round"),
        moderator("round", "preview", "Dry run: pairs, reasons and quality figures"),
        moderator("round", "publish", "Commit the matches and send intros"),
        moderator("round", "cancel", "Cancel the open round"),
        member("round", "status", "The current round and who has joined"),
        member(
            "round",
            "history",
            "Past rounds, or one member's past matches",
            user("user", false, "Whose history").asPositional()),
        moderator(
            "round",
            "pairs",
            "Every running mentorship and its state",
            choice(
                "state",
                false,
                List.of("all", "stale", "need-help", "ending"),
                "Only these (default all)"),
            integer("page", false, 1, 1000, "Which page of a long list")),
        moderator(
            "round",
            "pair",
            "Start a mentorship by hand, with intro and check-ins",
            user("mentor", true, "The mentor").asPositional(),
            user("mentee", true, "The mentee").asPositional(),
            choice("format", false, List.of("short", "long"), "Default: the mentee's choice"),
            choice("force", false, List.of("yes"), "Pair them although rules are broken")),
        moderator(
            "round",
            "unpair",
            "End a running mentorship; both are told kindly",
            user("a", true, "One member").asPositional(),
            user("b", true, "The other member").asPositional(),
            text("note", false, "For the moderators only")),
        moderator(
            "round",
            "schedule",
            "Run rounds automatically every month, or stop (off)",
            choice("mode", false, List.of("off"), "off stops automatic rounds").asPositional(),
            integer("day", false, 1, 28, "Match day of the month"),
            time("time", false, "Time of day, HH:MM"),
            zone("tz", false, "Timezone of the schedule (default UTC)"),
            integer("days", false, 1, 27, "Days of sign-up before the match day (default 7)")),

        // Office hours
        member(
            "officehours",
            "open",
            "Open an office-hours session now",
            text("topic", false, "What the session is about"),
            integer("minutes", false, 5, 480, "Length (default 60)"),
            integer("capacity", false, 1, 200, "Most people in the queue (default 20)")),
        member(
            "officehours",
            "schedule",
            "Hold office hours every week, or stop (off [weekday])",
            choice("weekday", true, WEEKDAYS_OR_OFF, "Day of the week, or off to stop")
                .asPositional(),
            choice("day", false, WEEKDAYS, "With off: the weekday to stop (default: all)")
                .asPositional(),
            time("time", false, "Start, HH:MM"),
            integer("minutes", false, 5, 480, "Length in minutes"),
            text("topic", false, "What the sessions are about"),
            zone("tz", false, "Timezone of the time (default: your profile's)")),
        member(
            "officehours",
            "skip",
            "Skip one date of your weekly office hours (announced)",
            date("date", true, "The date to skip, YYYY-MM-DD").asPositional()),
        member("officehours", "pause", "Take no new people into your queue; keep serving"),
        member("officehours", "resume", "Let people join your queue again"),
        member("officehours", "next", "Serve the next person in your queue"),
        member("officehours", "close", "Close your session; people waiting are told"),
        member("officehours", "list", "Open and upcoming sessions"),
        member(
            "officehours",
            "broadcast",
            "Message everyone waiting in your session",
            text("message", true, "What to tell them")),

        // Queue
        member(
            "queue",
            "join",
            "Join an office-hours queue",
            text("session", false, "Session number or mentor (default: the only open one)")
                .asPositional()
                .withAutocomplete(),
            text("question", true, "What you would like help with")),
        member(
            "queue",
            "leave",
            "Leave a queue",
            text("session", false, "Which session (default: your only one)")
                .asPositional()
                .withAutocomplete()),
        member(
            "queue",
            "position",
            "Your place in the queue and the estimated wait",
            text("session", false, "Which session (default: all yours)")
                .asPositional()
                .withAutocomplete()));
  }
}
