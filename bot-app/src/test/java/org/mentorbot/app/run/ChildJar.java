package org.mentorbot.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The shipped {@code mentorbot.jar} running as a child JVM, exactly as an operator starts it: a
 * clean environment holding only the given variables, output captured in files. The jar's path
 * comes from the {@code mentorbot.jar} system property the build sets after the shade step.
 */
final class ChildJar implements AutoCloseable {

  private final Process process;
  private final Path out;
  private final Path err;

  private ChildJar(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /** The jar the build just shaded; fails (never skips) when it is not there. */
  static Path shadedJar() {
    String property = System.getProperty("mentorbot.jar");
    assertThat(property)
        .as("the build passes -Dmentorbot.jar (run with ./mvnw verify, after package)")
        .isNotBlank();
    Path jar = Path.of(property);
    assertThat(jar).as("the shaded jar").isRegularFile();
    return jar;
  }

  /** Starts {@code java -jar mentorbot.jar args...} in {@code dir} with only {@code env}. */
  static ChildJar start(Path dir, Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-jar");
    command.add(shadedJar().toString());
    command.addAll(List.of(args));
    Path out = dir.resolve("child.out");
    Path err = dir.resolve("child.err");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    return new ChildJar(builder.start(), out, err);
  }

  boolean alive() {
    return process.isAlive();
  }

  /** Waits until something listens on {@code port}; fails early if the child died. */
  void awaitListening(int port, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(process.isAlive())
          .as("the child is still running; its stderr:%n%s", err())
          .isTrue();
      try (Socket probe = new Socket()) {
        probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        return;
      } catch (IOException notYet) {
        process.waitFor(100, TimeUnit.MILLISECONDS);
      }
    }
    throw new AssertionError("nothing listened on " + port + " within " + timeout + ": " + err());
  }

  String err() {
    return read(err);
  }

  String out() {
    return read(out);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  /** Asks the child to stop (SIGTERM) and waits for it; returns its exit code. */
  int stop(Duration timeout) throws InterruptedException {
    terminate();
    return awaitExit(timeout);
  }

  /** Sends SIGTERM (on Linux {@link Process#destroy()} does) without waiting. */
  void terminate() {
    process.destroy();
  }

  /**
   * Waits, bounded, until a line of stderr contains {@code text}; fails early if the child exits
   * without printing it.
   */
  void awaitErr(String text, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!err().contains(text)) {
      assertThat(process.isAlive())
          .as("the child is running (waiting for '%s'); its stderr:%n%s", text, err())
          .isTrue();
      assertThat(System.nanoTime())
          .as("'%s' on stderr within %s; it has:%n%s", text, timeout, err())
          .isLessThan(deadline);
      process.waitFor(100, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Waits for the child to exit after {@link #terminate()}; fails (and kills it) if it does not.
   */
  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError("the child did not stop within " + timeout + ": " + err());
    }
    return process.exitValue();
  }

  /** Kills the child if it still runs; an interrupt while waiting for it is passed on. */
  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
