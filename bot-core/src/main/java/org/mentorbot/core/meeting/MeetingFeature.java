package org.mentorbot.core.meeting;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.ActionHandler;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.feature.Feature;
import org.mentorbot.core.feature.PersonalData;
import org.mentorbot.core.mentorship.Mentorship;
import org.mentorbot.core.mentorship.MentorshipListener;
import org.mentorbot.core.mentorship.Mentorships;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Field;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.schedule.JobHandler;

/**
 * Meetings as the router sees them: {@code /mentor meet}, {@code /mentor meetings}, {@code /mentor
 * agenda}, the meeting buttons, the meeting jobs and the members' meeting data. {@link
 * #mentorshipListener()} cancels a mentorship's open meetings when it ends.
 */
public final class MeetingFeature implements Feature {

  private final Meetings meetings;

  public MeetingFeature(CoreContext context, Mentorships mentorships) {
    this.meetings = new Meetings(context, mentorships);
  }

  /** Cancels the open meetings (with CANCEL invites) of a mentorship that ends. */
  public MentorshipListener mentorshipListener() {
    return new MentorshipListener() {
      @Override
      public void ended(Handle tx, CommunityId community, Mentorship mentorship, boolean feedback) {
        meetings.mentorshipEnded(tx, community, mentorship);
      }
    };
  }

  /** A new mentorship's intro with the shared windows and their Propose buttons. */
  public Message extendIntro(
      Handle tx, CommunityId community, Mentorship mentorship, Message intro) {
    List<MeetingOffers.Member> members =
        mentorship.memberIds().stream()
            .map(u -> new MeetingOffers.Member(u, meetings.zone(tx, mentorship.communityId(), u)))
            .toList();
    MeetingOffers.Offer offer =
        MeetingOffers.offer(
            mentorship.id(), members, meetings.sharedHours(tx, community), meetings.now());
    List<Field> fields = new ArrayList<>(intro.fields());
    fields.add(new Field("When you could meet", offer.text()));
    List<Button> buttons = new ArrayList<>(intro.buttons());
    buttons.addAll(offer.buttons());
    return new Message(
        intro.title(), intro.text(), fields, buttons, intro.mentions(), intro.attachment());
  }

  @Override
  public List<CommandHandler> commands() {
    return List.of(
        new MeetCommand(meetings), new MeetingsCommand(meetings), new AgendaCommand(meetings));
  }

  @Override
  public List<ActionHandler> actions() {
    return List.of(new MeetingButtons(meetings));
  }

  @Override
  public List<JobHandler> jobs() {
    return meetings.jobs.handlers();
  }

  @Override
  public List<PersonalData> personalData() {
    return List.of(new MeetingData());
  }
}
