package org.mentorbot.core.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.testing.TestCommunity;

/**
 * One of the processes of {@link TwoProcessesOnOneFileTest}: opens the SQLite file (perhaps new,
 * perhaps while the other process migrates it), signs up its members and runs {@code /mentor edit}
 * on several threads, as a console beside the bot would. Prints {@code failures N} and exits 0 when
 * every command succeeded. Arguments: database file, process name, edits, threads.
 */
public final class SharedFileChild {

  private SharedFileChild() {}

  public static void main(String[] args) throws Exception {
    String file = args[0];
    String name = args[1];
    int edits = Integer.parseInt(args[2]);
    int threads = Integer.parseInt(args[3]);
    AtomicInteger failures = new AtomicInteger();
    try (TestCommunity community = new TestCommunity(Database.openFile(file))) {
      List<String> members = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        String member = name + "-m" + i;
        members.add(member);
        count(failures, community.mentor(member, "signup mentor topics:java years:5"));
      }
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String member = members.get(t);
        int share = edits / threads + (t < edits % threads ? 1 : 0);
        running.add(
            pool.submit(
                () -> {
                  for (int n = 0; n < share; n++) {
                    // the command alone, as a member's edit is: one write, its reads
                    count(
                        failures,
                        community
                            .core
                            .commands()
                            .runText(
                                TestCommunity.as(member), "mentor", "edit years:" + (n % 40 + 1)));
                  }
                }));
      }
      for (Future<?> f : running) {
        f.get(5, TimeUnit.MINUTES);
      }
      pool.shutdown();
    }
    System.out.println("failures " + failures.get());
    System.exit(failures.get() == 0 ? 0 : 1);
  }

  private static void count(AtomicInteger failures, Reply reply) {
    if (!(reply instanceof Reply.Shown)) {
      failures.incrementAndGet();
      System.out.println("failed: " + reply);
    }
  }
}
