package org.mentorbot.discord;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.mentorbot.core.command.CommandGateway;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.RawCommand;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.command.Suggestion;
import org.mentorbot.core.messaging.Message;

/** A fake core that records what the adapter asked and answers as a test tells it. */
final class RecordingCore implements CommandGateway {
  /** One call the adapter made. */
  record Call(String kind, Invocation invocation, Object argument) {}

  final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
  volatile Function<RawCommand, Reply> onRun = raw -> Reply.privately("ran " + raw.sub());
  volatile Function<String, Reply> onPress = id -> Reply.privately("pressed " + id);
  volatile List<Suggestion> suggestions = List.of();

  /** When set, run() waits for it, to make the core slow on purpose. */
  volatile CountDownLatch gate;

  /** Forgets earlier calls and restores the default answers, between tests. */
  void reset() {
    calls.clear();
    gate = null;
    onRun = raw -> Reply.privately("ran " + raw.sub());
    onPress = id -> Reply.privately("pressed " + id);
  }

  @Override
  public Reply runText(Invocation invocation, String root, String text) {
    calls.add(new Call("text", invocation, text));
    return Reply.privately("text");
  }

  @Override
  public Reply run(Invocation invocation, RawCommand command) {
    calls.add(new Call("run", invocation, command));
    CountDownLatch wait = gate;
    if (wait != null) {
      try {
        wait.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return onRun.apply(command);
  }

  @Override
  public Reply press(Invocation invocation, String actionId) {
    calls.add(new Call("press", invocation, actionId));
    return onPress.apply(actionId);
  }

  @Override
  public List<Suggestion> suggest(
      Invocation invocation, String root, String sub, String option, String partial) {
    calls.add(new Call("suggest", invocation, List.of(root, sub, option, partial)));
    return suggestions;
  }

  @Override
  public Message overview(Invocation invocation) {
    calls.add(new Call("overview", invocation, null));
    return Message.of("overview");
  }

  Call next() {
    try {
      Call call = calls.poll(60, TimeUnit.SECONDS);
      if (call == null) {
        throw new AssertionError("the core was not called within 60 s");
      }
      return call;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
