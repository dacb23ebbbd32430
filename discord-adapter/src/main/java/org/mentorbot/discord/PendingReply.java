package org.mentorbot.discord;

import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.command.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One interaction waiting for the core's answer. Discord wants an acknowledgement within three
 * seconds: a fast answer is sent as the reply itself; when the core takes longer, the interaction
 * is deferred (privately, as the answer's visibility is not known yet) and the answer edits that
 * placeholder. A public answer after a deferral is posted as a follow-up, and the private
 * placeholder says so.
 */
final class PendingReply {
  private static final Logger log = LoggerFactory.getLogger(PendingReply.class);

  private enum State {
    WAITING,
    DEFERRED,
    ANSWERED
  }

  private final IReplyCallback interaction;
  private final MessageRenderer renderer;
  private State state = State.WAITING;

  PendingReply(IReplyCallback interaction, MessageRenderer renderer) {
    this.interaction = interaction;
    this.renderer = renderer;
  }

  /** Called when the core is slow: acknowledge now, answer later. */
  synchronized void deferIfWaiting() {
    if (state == State.WAITING) {
      state = State.DEFERRED;
      interaction.deferReply(true).queue(null, this::failed);
    }
  }

  synchronized void answer(Reply reply) {
    boolean isPublic =
        reply instanceof Reply.Shown shown && shown.visibility() == Visibility.PUBLIC;
    MessageCreateData data =
        reply instanceof Reply.Shown shown
            ? renderer.render(shown.message())
            : renderer.render((Reply.Problem) reply);
    State before = state;
    state = State.ANSWERED;
    switch (before) {
      case WAITING -> interaction.reply(data).setEphemeral(!isPublic).queue(null, this::failed);
      case DEFERRED -> answerDeferred(data, isPublic);
      case ANSWERED -> log.warn("Interaction {} answered twice; ignored", interaction.getId());
    }
  }

  private void answerDeferred(MessageCreateData data, boolean isPublic) {
    InteractionHook hook = interaction.getHook();
    if (!isPublic) {
      hook.editOriginal(MessageEditData.fromCreateData(data)).queue(null, this::failed);
      return;
    }
    // The first follow-up after a deferral would replace the private placeholder, so the
    // placeholder is edited first and the public answer follows it.
    hook.editOriginal(MessageEditData.fromCreateData(renderer.notice("Done; posted below.")))
        .queue(
            ok -> hook.sendMessage(data).setEphemeral(false).queue(null, this::failed),
            this::failed);
  }

  private void failed(Throwable error) {
    log.warn("Could not answer interaction {}: {}", interaction.getId(), error.toString());
  }
}
