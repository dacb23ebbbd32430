package org.mentorbot.discord;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IModalCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.command.Visibility;
import org.mentorbot.discord.render.MessageRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One interaction waiting for the core's answer. Discord wants an acknowledgement within three
 * seconds: a fast answer is sent as the reply itself; when the core takes longer, the interaction
 * is deferred (privately, as the answer's visibility is not known yet) and the answer edits that
 * placeholder. A public answer after a deferral is posted as a follow-up, and the private
 * placeholder says so. An answer longer than one Discord message continues in follow-ups, in order.
 * Whatever happens, the member gets an answer: an answer that cannot be rendered or that Discord
 * refuses is replaced by a short apology, never left as "thinking…".
 */
final class PendingReply {
  private static final Logger log = LoggerFactory.getLogger(PendingReply.class);
  private static final String UNSHOWABLE =
      "Something went wrong showing the answer on Discord. Nothing was lost; try again, or tell a"
          + " moderator if it keeps happening.";

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

  /**
   * A form opens as a modal when the interaction can take one and has not been acknowledged yet (a
   * modal must be the first answer); otherwise, as after a deferral or for a form submission, the
   * member gets the form's text saying how to run the command instead.
   */
  synchronized void answer(Reply answer) {
    if (answer instanceof Reply.Form form
        && state == State.WAITING
        && interaction instanceof IModalCallback modalCallback) {
      Optional<Modal> modal = CommandFormModal.modal(form);
      if (modal.isPresent()) {
        state = State.ANSWERED;
        modalCallback.replyModal(modal.get()).queue(null, this::failed);
        return;
      }
    }
    Reply reply = answer instanceof Reply.Form form ? Reply.privately(form.instead()) : answer;
    boolean isPublic =
        reply instanceof Reply.Shown shown && shown.visibility() == Visibility.PUBLIC;
    List<MessageCreateData> parts;
    try {
      parts =
          reply instanceof Reply.Shown shown
              ? renderer.render(shown.message())
              : renderer.render((Reply.Problem) reply);
    } catch (RuntimeException e) {
      log.error("Could not render the answer to interaction {}", interaction.getId(), e);
      parts = List.of(renderer.notice(UNSHOWABLE));
      isPublic = false;
    }
    State before = state;
    state = State.ANSWERED;
    switch (before) {
      case WAITING -> answerNow(parts, isPublic);
      case DEFERRED -> answerDeferred(parts, isPublic);
      case ANSWERED -> log.warn("Interaction {} answered twice; ignored", interaction.getId());
    }
  }

  private void answerNow(List<MessageCreateData> parts, boolean isPublic) {
    interaction
        .reply(parts.get(0))
        .setEphemeral(!isPublic)
        .queue(
            ok -> followUps(parts, 1, isPublic),
            refusedThen(
                () ->
                    interaction
                        .reply(renderer.notice(UNSHOWABLE))
                        .setEphemeral(true)
                        .queue(null, this::failed)));
  }

  private void answerDeferred(List<MessageCreateData> parts, boolean isPublic) {
    InteractionHook hook = interaction.getHook();
    Runnable apologise =
        () -> hook.editOriginal(edit(renderer.notice(UNSHOWABLE))).queue(null, this::failed);
    if (!isPublic) {
      hook.editOriginal(edit(parts.get(0)))
          .queue(ok -> followUps(parts, 1, false), refusedThen(apologise));
      return;
    }
    // The first follow-up after a deferral would replace the private placeholder, so the
    // placeholder is edited first and the public answer follows it.
    hook.editOriginal(edit(renderer.notice("Done; posted below.")))
        .queue(ok -> followUps(parts, 0, true), this::failed);
  }

  /** Sends parts {@code from} onwards as follow-ups, each after the one before it arrived. */
  private void followUps(List<MessageCreateData> parts, int from, boolean isPublic) {
    if (from >= parts.size()) {
      return;
    }
    interaction
        .getHook()
        .sendMessage(parts.get(from))
        .setEphemeral(!isPublic)
        .queue(ok -> followUps(parts, from + 1, isPublic), this::failed);
  }

  /** On a refusal by Discord (a 4xx, e.g. invalid form body), runs {@code fallback}. */
  private Consumer<Throwable> refusedThen(Runnable fallback) {
    return error -> {
      failed(error);
      if (error instanceof ErrorResponseException e
          && !e.isServerError()
          && e.getErrorCode() != -1) {
        fallback.run();
      }
    };
  }

  private static MessageEditData edit(MessageCreateData data) {
    return MessageEditData.fromCreateData(data);
  }

  private void failed(Throwable error) {
    log.warn("Could not answer interaction {}: {}", interaction.getId(), error.toString());
  }
}
