package org.mentorbot.core.officehours;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.roster.Profile;
import org.mentorbot.core.text.Topics;

/**
 * {@code /officehours open [topic] [minutes] [capacity]}: opens a session now and announces it. A
 * second mentor opening the same topic joins the open session as a co-host: one shared queue.
 */
final class SessionOpenCommand implements CommandHandler {

  private final Services s;

  SessionOpenCommand(Services services) {
    this.s = services;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("officehours", "open");
  }

  @Override
  public Reply handle(CommandRequest request) {
    Optional<String> topic = checkTopic(request.options().text("topic"));
    int minutes = request.options().integer("minutes").orElse(OfficeHours.DEFAULT_MINUTES);
    int capacity = request.options().integer("capacity").orElse(OfficeHours.DEFAULT_CAPACITY);
    String userId = request.actor().userId();
    OfficeHours oh = s.oh();
    return oh.context()
        .db()
        .write(
            tx -> {
              long cid = oh.communityId(tx, request.community());
              Profile mentor = oh.requireMentor(tx, cid, request.invocation());
              Optional<Session> busy = oh.sessions().openHostedBy(tx, cid, userId);
              if (busy.isPresent()) {
                throw new ProblemException(
                    "You already have office hours " + busy.get().label() + " open.",
                    "Close them first with `/officehours close`.");
              }
              Optional<String> key =
                  topic.map(
                      t ->
                          Topics.normalise(t, oh.settings(tx, request.community()).topicAliases()));
              Optional<Session> shared = key.flatMap(k -> oh.sessions().openWithTopic(tx, cid, k));
              Instant now = oh.now();
              if (shared.isPresent()) {
                oh.sessions()
                    .addHost(tx, shared.get().id(), userId, request.actor().displayName(), now);
                return Reply.privately(
                    "Office hours "
                        + shared.get().label()
                        + " are already open with "
                        + OfficeHours.mention(shared.get().ownerId())
                        + ", so you now serve that queue together. `/officehours next` calls the"
                        + " next person; `/officehours close` stops you serving.");
              }
              Session session =
                  oh.sessions()
                      .insert(
                          tx,
                          cid,
                          new SessionStore.NewSession(
                              userId,
                              request.actor().displayName(),
                              topic,
                              key,
                              capacity,
                              oh.zoneOf(mentor),
                              SessionState.OPEN,
                              Optional.empty(),
                              now,
                              now.plus(Duration.ofMinutes(minutes))),
                          now);
              s.lifecycle().scheduleClose(tx, request.community(), session);
              boolean announced = s.lifecycle().announceOpen(tx, request.community(), session);
              return Reply.privately(
                  "Office hours "
                      + session.label()
                      + " are open until "
                      + OfficeHours.clock(session.endsAt())
                      + " for up to "
                      + capacity
                      + " people. "
                      + (announced
                          ? "I announced them. "
                          : "They are open but not announced: no announce channel is set (a"
                              + " moderator can set one with `/mentor config"
                              + " announce-channel:#channel`). Members join with `/queue join "
                              + session.number()
                              + " question:\"...\"`. ")
                      + "`/officehours next` calls the first person.");
            });
  }

  static Optional<String> checkTopic(Optional<String> raw) {
    Optional<String> topic = SessionRefs.blankToEmpty(raw);
    if (topic.isPresent() && topic.get().length() > 60) {
      throw new ProblemException(
          "The topic is " + topic.get().length() + " characters long.", "Keep it under 60.");
    }
    if (topic.isPresent() && org.mentorbot.core.text.SafeText.hasMassMention(topic.get())) {
      throw new ProblemException(
          "A topic can't mention @everyone, @here or a role.", "Remove the mention.");
    }
    return topic.map(org.mentorbot.core.text.SafeText::of);
  }
}
