package org.mentorbot.slack.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.mentorbot.core.command.CommandGateway;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.RawCommand;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.command.Suggestion;
import org.mentorbot.core.messaging.Message;

/**
 * A recording stand-in for the core: remembers every call and answers with a scripted reply. A gate
 * lets a test hold the core "busy" to exercise the slow path.
 */
public final class ScriptedCore implements CommandGateway {

  /** One call the adapter made: what kind, in which context, with what. */
  public record Call(
      String kind, Invocation invocation, String root, String text, RawCommand raw) {}

  private final List<Call> calls = new ArrayList<>();
  private volatile Function<Call, Reply> answer = c -> Reply.privately("ok " + c.text());
  private volatile Message overview = Message.of("Your overview");
  private volatile CountDownLatch gate = new CountDownLatch(0);

  public void answer(Function<Call, Reply> script) {
    this.answer = script;
  }

  public void overview(Message message) {
    this.overview = message;
  }

  /** Until {@link #release()}, every call waits. */
  public void hold() {
    gate = new CountDownLatch(1);
  }

  public void release() {
    gate.countDown();
  }

  @Override
  public Reply runText(Invocation invocation, String root, String text) {
    return record(new Call("text", invocation, root, text, null));
  }

  @Override
  public Reply run(Invocation invocation, RawCommand command) {
    return record(new Call("run", invocation, command.root(), command.sub(), command));
  }

  @Override
  public Reply press(Invocation invocation, String actionId) {
    return record(new Call("press", invocation, null, actionId, null));
  }

  @Override
  public List<Suggestion> suggest(
      Invocation invocation, String root, String sub, String option, String partial) {
    return List.of();
  }

  @Override
  public Message overview(Invocation invocation) {
    record(new Call("overview", invocation, null, null, null));
    return overview;
  }

  private Reply record(Call call) {
    synchronized (this) {
      calls.add(call);
      notifyAll();
    }
    try {
      if (!gate.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("test never released the core");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return answer.apply(call);
  }

  public synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  public synchronized Call await(String kind, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (Call call : calls) {
        if (call.kind().equals(kind)) {
          return call;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("no " + kind + " call within " + timeout + "; got " + calls);
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }
}
