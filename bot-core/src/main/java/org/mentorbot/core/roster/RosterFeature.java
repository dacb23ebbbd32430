package org.mentorbot.core.roster;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.Suggester;
import org.mentorbot.core.command.Suggestion;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.feature.Feature;
import org.mentorbot.core.feature.OverviewSection;
import org.mentorbot.core.feature.PersonalData;
import org.mentorbot.core.messaging.Field;
import org.mentorbot.core.storage.TransactionMemo;

/** The roster's commands, topic autocomplete, overview section and personal data. */
public final class RosterFeature implements Feature {

  private final Roster roster;

  public RosterFeature(CoreContext context, MentorLoad load) {
    this(context, load, Departures.NONE);
  }

  /** With what blocks and leaves mean to mentorships. */
  public RosterFeature(CoreContext context, MentorLoad load, Departures departures) {
    this.roster = new Roster(context, load, departures);
  }

  @Override
  public List<CommandHandler> commands() {
    return List.of(
        new SignupCommand(roster),
        new ProfileCommand(roster),
        new EditCommand(roster),
        new PauseCommand(roster),
        new ResumeCommand(roster),
        new FindCommand(roster),
        new BlockCommand(roster, true),
        new BlockCommand(roster, false),
        new LeaveCommand(roster));
  }

  @Override
  public Map<String, Suggester> suggesters() {
    Suggester topics =
        (invocation, partial) ->
            roster
                .context()
                .db()
                .read(
                    h ->
                        roster
                            .context()
                            .communities()
                            .find(h, invocation.community())
                            .map(
                                id ->
                                    TransactionMemo.attached(h, MemberDao.class)
                                        .topicsStartingWith(id, like(partial))
                                        .stream()
                                        .map(t -> new Suggestion(t, t))
                                        .toList())
                            .orElse(List.of()));
    return Map.of("topic", topics, "topics", topics);
  }

  @Override
  public List<OverviewSection> overview() {
    return List.of(
        invocation ->
            roster
                .context()
                .db()
                .read(h -> roster.profile(h, invocation, invocation.actor().userId()))
                .filter(Profile::onRoster)
                .map(
                    p ->
                        new Field(
                            "Profile",
                            ProfileView.roles(p)
                                + (p.mentor()
                                    ? " · mentors in " + String.join(", ", p.mentorTopics())
                                    : "")
                                + (p.mentee()
                                    ? " · learning " + String.join(", ", p.menteeTopics())
                                    : "")
                                + (p.pausedOn(roster.today()) ? " · paused" : "")))
                .or(
                    () ->
                        Optional.of(
                            new Field("Profile", "Not on the roster yet: /mentor signup"))));
  }

  @Override
  public List<PersonalData> personalData() {
    return List.of(new RosterData(roster.store()));
  }

  private static String like(String partial) {
    String p = partial.strip().toLowerCase(java.util.Locale.ROOT);
    return p.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
