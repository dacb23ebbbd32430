package org.mentorbot.core.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mentorbot.core.command.ActionHandler;
import org.mentorbot.core.command.Authorizer;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandGateway;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.OptionBinder;
import org.mentorbot.core.command.Options;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.RateLimiter;
import org.mentorbot.core.command.RawCommand;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.command.Suggester;
import org.mentorbot.core.command.Suggestion;
import org.mentorbot.core.command.TextGrammar;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.feature.Feature;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.moderation.KnownModerators;
import org.mentorbot.core.text.SafeText;
import org.mentorbot.core.text.Similar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core's front door: parses, authorizes, binds and hands each command to its handler, and turns
 * every failure into a reply. Nothing a member sends escapes as an exception.
 */
public final class CommandRouter implements CommandGateway {

  private static final Logger LOG = LoggerFactory.getLogger(CommandRouter.class);
  private static final java.util.regex.Pattern ACTION_ID =
      java.util.regex.Pattern.compile("[A-Za-z0-9._:@-]{1,100}");

  private final CoreContext context;
  private final Map<String, CommandHandler> handlers = new HashMap<>();
  private final Map<String, ActionHandler> actions = new HashMap<>();
  private final Map<String, Suggester> suggesters = new HashMap<>();
  private final List<org.mentorbot.core.feature.OverviewSection> overview = new ArrayList<>();
  private final RateLimiter rateLimiter;
  private final KnownModerators moderators;

  public CommandRouter(CoreContext context, List<Feature> features, RateLimiter rateLimiter) {
    this.context = context;
    this.rateLimiter = rateLimiter;
    this.moderators = new KnownModerators(context.communities(), context.clock());
    register(new HelpCommand(this::settings));
    for (Feature feature : features) {
      feature.commands().forEach(this::register);
      feature.actions().forEach(a -> putOnce(actions, a.prefix(), a, "action"));
      feature.suggesters().forEach((k, v) -> putOnce(suggesters, k, v, "suggester"));
      overview.addAll(feature.overview());
    }
  }

  private void register(CommandHandler handler) {
    CommandSpec spec = handler.spec();
    if (Catalogue.find(spec.root(), spec.sub()).filter(spec::equals).isEmpty()) {
      throw new IllegalArgumentException(
          "handler for a command not in the catalogue: " + spec.path());
    }
    putOnce(handlers, spec.path(), handler, "handler");
  }

  private static <T> void putOnce(Map<String, T> map, String key, T value, String what) {
    if (map.putIfAbsent(key, value) != null) {
      throw new IllegalStateException("two " + what + "s for " + key);
    }
  }

  @Override
  public Reply runText(Invocation invocation, String root, String text) {
    return guarded(
        invocation, () -> dispatch(invocation, TextGrammar.parse(normalRoot(root), text)));
  }

  @Override
  public Reply run(Invocation invocation, RawCommand command) {
    return guarded(invocation, () -> dispatch(invocation, command));
  }

  @Override
  public Reply press(Invocation invocation, String actionId) {
    return guarded(
        invocation,
        () -> {
          if (actionId == null || !ACTION_ID.matcher(actionId).matches()) {
            return expired();
          }
          int colon = actionId.indexOf(':');
          String prefix = colon < 0 ? actionId : actionId.substring(0, colon);
          String argument = colon < 0 ? "" : actionId.substring(colon + 1);
          ActionHandler handler = actions.get(prefix);
          if (handler == null) {
            return expired();
          }
          try {
            return handler.press(invocation, argument);
          } catch (IllegalArgumentException | IndexOutOfBoundsException | ArithmeticException e) {
            // A button id is only ever one the bot made; one that does not parse was forged or
            // comes from an older version. It carries no authority either way.
            LOG.info("unreadable button {} pressed by {}", prefix, invocation.actor().userId());
            return expired();
          }
        });
  }

  private static Reply expired() {
    return Reply.problem("That button has expired.", "Run the command again to get a fresh one.");
  }

  @Override
  public List<Suggestion> suggest(
      Invocation invocation, String root, String sub, String option, String partial) {
    Suggester suggester = suggesters.get(option);
    if (suggester == null || partial.length() > 100) {
      return List.of();
    }
    try {
      return suggester.suggest(invocation, partial).stream().limit(25).toList();
    } catch (RuntimeException e) {
      LOG.warn("autocomplete failed for {} {} {}", root, sub, option, e);
      return List.of();
    }
  }

  @Override
  public Message overview(Invocation invocation) {
    Message.Builder message = Message.builder("Your mentorship at a glance.").title("mentorbot");
    for (var section : overview) {
      try {
        section.render(invocation).ifPresent(f -> message.field(f.name(), f.value()));
      } catch (RuntimeException e) {
        LOG.warn("overview section failed", e);
      }
    }
    return message.build();
  }

  private Reply dispatch(Invocation invocation, RawCommand raw) {
    String root = normalRoot(raw.root());
    String sub = raw.sub().toLowerCase(Locale.ROOT);
    if (!Catalogue.ROOTS.contains(root)) {
      throw unknown(root, sub);
    }
    if (sub.isEmpty() || (sub.equals("help") && !root.equals("mentor"))) {
      // `/round help open` asks for `/round open`, as `/mentor help signup` does for its root.
      String asked = String.join(" ", raw.positionals()).strip();
      return handlers
          .get("/mentor help")
          .handle(helpFor(invocation, asked.isEmpty() ? root : root + " " + asked));
    }
    CommandSpec spec = Catalogue.find(root, sub).orElseThrow(() -> unknown(root, sub));
    CommunitySettings settings = settings(invocation);
    moderators.observe(
        context.db(),
        invocation.community(),
        invocation.actor().userId(),
        Authorizer.isModerator(invocation.actor(), settings));
    Authorizer.check(spec, invocation.actor(), settings);
    Options options = OptionBinder.bind(spec, raw);
    CommandHandler handler = handlers.get(spec.path());
    if (handler == null) {
      return Reply.problem(
          "`" + spec.path() + "` is not available yet in this version of mentorbot.",
          "See `/mentor help` for what you can do today.");
    }
    return handler.handle(new CommandRequest(invocation, spec, options));
  }

  private CommandRequest helpFor(Invocation invocation, String command) {
    CommandSpec help = Catalogue.get("mentor", "help");
    return new CommandRequest(invocation, help, new Options(Map.of("command", command)));
  }

  private Reply guarded(Invocation invocation, java.util.function.Supplier<Reply> work) {
    if (!rateLimiter.tryAcquire(invocation)) {
      return Reply.problem(
          "You are sending commands faster than I can take them.",
          "Wait a few seconds and try again.");
    }
    try {
      return work.get();
    } catch (ProblemException e) {
      return e.toReply();
    } catch (RuntimeException e) {
      LOG.error(
          "command failed for {} in {}", invocation.actor().userId(), invocation.community(), e);
      return Reply.problem(
          "Something went wrong on my side, and nothing was changed.",
          "Try again in a minute; if it keeps happening, tell a moderator.");
    }
  }

  private CommunitySettings settings(Invocation invocation) {
    return context.db().read(h -> context.settings().load(h, invocation.community()));
  }

  private static String normalRoot(String root) {
    String r = root.strip().toLowerCase(Locale.ROOT);
    return r.startsWith("/") ? r.substring(1) : r;
  }

  private static ProblemException unknown(String root, String sub) {
    if (!Catalogue.ROOTS.contains(root)) {
      return new ProblemException(
          "There is no `/" + SafeText.clip(SafeText.of(root), 30) + "` command.",
          "The commands are /mentor, /round, /officehours and /queue.");
    }
    List<String> subs = Catalogue.ofRoot(root).stream().map(CommandSpec::sub).toList();
    String hint =
        Similar.closest(sub, subs).map(s -> "Did you mean `/" + root + " " + s + "`? ").orElse("");
    return new ProblemException(
        "`/" + root + " " + SafeText.clip(SafeText.of(sub), 30) + "` is not a command.",
        hint + "Try `/mentor help`.");
  }
}
