package org.mentorbot.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN §9: two processes on one SQLite file (a console beside the bot, or two instances by
 * mistake) are safe. Real child JVMs start at the same moment on a new file (one migrates, the
 * other waits) and then write concurrently: every command succeeds.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class TwoProcessesOnOneFileTest {

  @TempDir Path dir;

  @Test
  void twoProcessesStartTogetherOnANewFileAndEditConcurrentlyWithoutAFailure() throws Exception {
    Path db = dir.resolve("shared.db");
    List<Process> children = new ArrayList<>();
    for (String name : List.of("a", "b")) {
      children.add(start(db, name, 300, 3));
    }
    for (int i = 0; i < children.size(); i++) {
      Process child = children.get(i);
      assertThat(child.waitFor(8, TimeUnit.MINUTES)).as("child finished").isTrue();
      String log = Files.readString(dir.resolve("child-" + i + ".log"), StandardCharsets.UTF_8);
      assertThat(log).contains("failures 0");
      assertThat(child.exitValue()).as(log).isZero();
    }
    try (Database after = Database.openFile(db.toString())) {
      Integer members =
          after.read(h -> h.createQuery("SELECT COUNT(*) FROM member").mapTo(Integer.class).one());
      assertThat(members).isEqualTo(6);
    }
  }

  @Test
  void concurrentFirstStartsOnNewFilesNeverCrash() throws Exception {
    for (int attempt = 0; attempt < 2; attempt++) {
      Path db = dir.resolve("fresh-" + attempt + ".db");
      List<Process> children = new ArrayList<>();
      for (String name : List.of("a", "b", "c")) {
        children.add(start(db, name + attempt, 1, 1));
      }
      for (Process child : children) {
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).isZero();
      }
    }
  }

  private int started;

  private Process start(Path db, String name, int edits, int threads) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path log = dir.resolve("child-" + started++ + ".log");
    return new ProcessBuilder(
            java,
            "-Xmx256m",
            "-cp",
            classpath,
            SharedFileChild.class.getName(),
            db.toString(),
            name,
            Integer.toString(edits),
            Integer.toString(threads))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }
}
