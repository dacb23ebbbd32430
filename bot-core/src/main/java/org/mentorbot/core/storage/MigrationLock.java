package org.mentorbot.core.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets one process at a time open and migrate a SQLite file: an OS file lock on a companion file
 * ({@code mentorbot.db.lock}) across processes, and a lock per file inside this JVM (the OS lock is
 * held per process, so two {@link Database}s in one JVM must queue here first). A second process
 * started at the same moment on a new file waits here and then finds the schema migrated, instead
 * of racing Flyway's first migration. The companion file stays; it holds no data.
 */
final class MigrationLock implements AutoCloseable {

  private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

  private final ReentrantLock local;
  private final FileChannel channel;
  private final FileLock lock;

  private MigrationLock(ReentrantLock local, FileChannel channel, FileLock lock) {
    this.local = local;
    this.channel = channel;
    this.lock = lock;
  }

  /** Blocks until this process is the only one opening {@code database}. */
  static MigrationLock acquire(Path database) {
    Path absolute = database.toAbsolutePath().normalize();
    Path lockFile = absolute.resolveSibling(absolute.getFileName() + ".lock");
    ReentrantLock local = IN_THIS_JVM.computeIfAbsent(lockFile, p -> new ReentrantLock());
    local.lock();
    FileChannel channel = null;
    try {
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      return new MigrationLock(local, channel, channel.lock());
    } catch (IOException | RuntimeException e) {
      closeQuietly(channel);
      local.unlock();
      throw new StorageException("cannot lock " + lockFile + " to open the database", e);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // closing the channel releases it too
    } finally {
      closeQuietly(channel);
      local.unlock();
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // nothing to do: the OS drops the lock with the process anyway
      }
    }
  }
}
