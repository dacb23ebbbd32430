package org.mentorbot.discord;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.mentorbot.core.command.CommandGateway;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.RawCommand;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.command.Suggestion;
import org.mentorbot.discord.render.DiscordText;
import org.mentorbot.discord.render.MessageRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord interactions in, core calls, replies out. The core runs on this listener's own workers so
 * JDA's event thread never waits on the database; slow answers are deferred (see {@link
 * PendingReply}).
 */
final class InteractionListener extends ListenerAdapter implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(InteractionListener.class);
  private static final int MAX_CHOICES = 25;
  private static final int MAX_CHOICE_TEXT = 100;

  private final CommandGateway core;

  /** Every shard: a DM arrives on shard 0, its guild may live on any (or another process). */
  private final Supplier<List<JDA>> shards;

  private final Duration deferAfter;
  private final MessageRenderer renderer = new MessageRenderer();
  private final ExecutorService workers;
  private final ScheduledExecutorService timer;
  private volatile boolean stopping;

  /** How long a stop waits for commands in progress. */
  static final Duration DRAIN_LIMIT = Duration.ofSeconds(10);

  private static final Reply RESTARTING =
      Reply.problem("mentorbot is restarting and did not run that.", "Try again in a minute.");

  InteractionListener(CommandGateway core, Duration deferAfter, Supplier<List<JDA>> shards) {
    this.core = core;
    this.deferAfter = deferAfter;
    this.shards = shards;
    this.workers = Executors.newFixedThreadPool(4, daemon("discord-core"));
    this.timer = Executors.newSingleThreadScheduledExecutor(daemon("discord-defer"));
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    Optional<Invocation> invocation = invocationOrExplain(event);
    if (invocation.isEmpty()) {
      return;
    }
    String sub = event.getSubcommandName();
    if (sub == null) {
      answer(event, () -> Reply.problem("That command needs a subcommand.", "Try /mentor help."));
      return;
    }
    RawCommand raw = SlashOptions.toRaw(event.getName(), sub, event.getOptions());
    if (SignupForm.needsForm(raw)) {
      event.replyModal(SignupForm.modal(raw)).queue(null, e -> log.warn("modal failed", e));
      return;
    }
    answer(event, () -> core.run(invocation.get(), raw));
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    if (event.getGuild() == null) {
      onDirectMessageButton(event);
      return;
    }
    invocationOrExplain(event)
        .ifPresent(inv -> answer(event, () -> core.press(inv, event.getComponentId())));
  }

  /** A button under a DM: its id names the guild (see {@link DmActions}). */
  private void onDirectMessageButton(ButtonInteractionEvent event) {
    String customId = event.getComponentId();
    Optional<DmActions.Pressed> pressed =
        DmActions.unwrap(customId)
            .or(() -> onlyGuild().map(g -> new DmActions.Pressed(g, customId)));
    if (pressed.isEmpty()) {
      answer(
          event,
          () ->
              Reply.problem(
                  "I can't tell which server this button belongs to.",
                  "Run the matching command in the server instead."));
      return;
    }
    DmActions.Pressed press = pressed.get();
    answer(
        event,
        () ->
            core.press(
                Invocations.forDirectMessage(
                    guild(press.guildId()), press.guildId(), event.getUser(), event.getChannelId()),
                press.actionId()));
  }

  private Optional<String> onlyGuild() {
    List<Guild> guilds = shards.get().stream().flatMap(s -> s.getGuilds().stream()).toList();
    return guilds.size() == 1 ? Optional.of(guilds.get(0).getId()) : Optional.empty();
  }

  /** The guild on whichever shard of this process holds it; null if none does. */
  private Guild guild(String guildId) {
    return shards.get().stream()
        .map(s -> s.getGuildById(guildId))
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  @Override
  public void onModalInteraction(ModalInteractionEvent event) {
    Optional<Invocation> invocation = invocationOrExplain(event);
    if (invocation.isEmpty()) {
      return;
    }
    Optional<RawCommand> command =
        SignupForm.fromSubmission(event.getModalId(), event.getValues())
            .or(() -> CommandFormModal.fromSubmission(event.getModalId(), event.getValues()));
    answer(
        event,
        () ->
            command
                .map(raw -> core.run(invocation.get(), raw))
                .orElseGet(
                    () ->
                        Reply.problem(
                            "That form is out of date.",
                            "Run the command again to get a new one.")));
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    Optional<Invocation> invocation = Invocations.of(event);
    String sub = event.getSubcommandName();
    if (invocation.isEmpty() || sub == null) {
      event.replyChoices(List.of()).queue();
      return;
    }
    AutoCompleteQuery focused = event.getFocusedOption();
    if (stopping) {
      event.replyChoices(List.of()).queue();
      return;
    }
    workers.execute(
        () -> {
          List<Command.Choice> choices = List.of();
          try {
            choices =
                core
                    .suggest(
                        invocation.get(),
                        event.getName(),
                        sub,
                        focused.getName(),
                        focused.getValue())
                    .stream()
                    .limit(MAX_CHOICES)
                    .map(InteractionListener::choice)
                    .toList();
          } catch (RuntimeException e) {
            log.error("Suggestions for /{} {} failed", event.getName(), sub, e);
          }
          event
              .replyChoices(choices)
              .queue(null, e -> log.debug("autocomplete expired: {}", e.toString()));
        });
  }

  private static Command.Choice choice(Suggestion s) {
    String label = s.label().isBlank() ? s.value() : s.label();
    return new Command.Choice(
        DiscordText.clip(label, MAX_CHOICE_TEXT), DiscordText.clip(s.value(), MAX_CHOICE_TEXT));
  }

  private Optional<Invocation> invocationOrExplain(IReplyCallback event) {
    Optional<Invocation> invocation = Invocations.of(event);
    if (invocation.isEmpty()) {
      event
          .reply(renderer.notice("mentorbot works inside a server; run its commands there."))
          .setEphemeral(true)
          .queue();
    }
    return invocation;
  }

  private void answer(IReplyCallback event, Supplier<Reply> work) {
    PendingReply pending = new PendingReply(event, renderer);
    if (stopping) {
      pending.answer(RESTARTING);
      return;
    }
    try {
      // The deferral either happens or is moot once the answer went out; nothing to collect.
      var unused =
          timer.schedule(pending::deferIfWaiting, deferAfter.toMillis(), TimeUnit.MILLISECONDS);
      workers.execute(() -> run(event, work, pending));
    } catch (RejectedExecutionException closing) {
      pending.answer(RESTARTING);
    }
  }

  private void run(IReplyCallback event, Supplier<Reply> work, PendingReply pending) {
    Reply reply;
    try {
      reply = work.get();
    } catch (RuntimeException e) {
      log.error("The core failed on interaction {}", event.getId(), e);
      reply =
          Reply.problem(
              "Something went wrong on our side; nothing was changed.",
              "Try again in a minute; if it keeps happening, tell a moderator.");
    }
    pending.answer(reply);
  }

  /**
   * Stops taking commands: new interactions are told the bot is restarting, those in progress get
   * up to {@link #DRAIN_LIMIT} to be answered (deferrals keep working meanwhile). Idempotent.
   */
  @Override
  public void close() {
    close(DRAIN_LIMIT);
  }

  /** As {@link #close()}, waiting at most {@code limit} for the commands in progress. */
  void close(Duration limit) {
    stopping = true;
    workers.shutdown();
    try {
      if (!workers.awaitTermination(Math.max(0, limit.toMillis()), TimeUnit.MILLISECONDS)) {
        log.warn("Commands still running after {}; they are abandoned", limit);
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    } finally {
      timer.shutdownNow();
    }
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
