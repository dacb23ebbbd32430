package org.mentorbot.core.schedule;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.mentorbot.core.community.CommunityStore;
import org.mentorbot.core.messaging.ChatGateway;
import org.mentorbot.core.storage.Database;

/**
 * One life of the bot's durable machinery on a database file: a fresh {@link Database}, outbox,
 * jobs, dispatcher and runner, as the composition root wires them. Crash tests abandon one and
 * start the next on the same file.
 */
final class Incarnation implements AutoCloseable {

  final Database database;
  final CommunityStore communities;
  final SqlOutbox outbox;
  final SqlJobs jobs;
  final OutboxDispatcher dispatcher;
  final JobRunner runner;

  Incarnation(
      Path file,
      Clock clock,
      ChatGateway platform,
      WorkerSettings settings,
      List<? extends JobHandler> handlers) {
    database = Database.openFile(file.toString());
    communities = new CommunityStore(clock);
    MessageCodec codec = new MessageCodec();
    dispatcher =
        new OutboxDispatcher(
            database, platform, communities, codec, clock, settings, UndeliverableListener.NONE);
    runner = new JobRunner(database, communities, clock, settings, handlers);
    outbox = new SqlOutbox(communities, codec, clock, dispatcher::wake);
    jobs = new SqlJobs(communities, clock, runner::wake);
  }

  long count(String sql) {
    return database.read(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  @Override
  public void close() {
    dispatcher.close();
    runner.close();
    database.close();
  }
}
