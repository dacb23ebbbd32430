package org.mentorbot.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mentorbot.core.matching.OutOfMemory;
import org.mentorbot.core.matching.engine.MatchEngine;
import org.mentorbot.core.matching.engine.MatchInput;
import org.mentorbot.core.matching.engine.MatchResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Times the matching engine on seeded synthetic communities. Prints, per size, every measured run
 * and the median: time, eligible edges kept, mentees matched, total score and peak heap. Run with
 * {@code -Xmx512m} to show the large size fits in 512 MB.
 */
@Command(
    name = "matching",
    mixinStandardHelpOptions = true,
    description = "Benchmark the matching engine on synthetic communities.")
public final class BenchMatchingCommand implements Callable<Integer> {

  @Option(
      names = "--sizes",
      split = ",",
      defaultValue = "1000x200,10000x2000",
      description = "Comma-separated MENTEESxMENTORS sizes (default: ${DEFAULT-VALUE}).")
  List<String> sizes = new ArrayList<>();

  @Option(names = "--runs", defaultValue = "5", description = "Measured runs per size.")
  int runs;

  @Option(names = "--warmup", defaultValue = "2", description = "Unmeasured warm-up runs per size.")
  int warmup;

  @Option(names = "--seed", defaultValue = "7", description = "Seed of the synthetic community.")
  long seed;

  @Option(
      names = "--csv",
      paramLabel = "DIR",
      description =
          "Also write each community as DIR/MENTEESxMENTORS/{mentors,mentees,history}.csv"
              + " for `mentorbot match` (blocks and pauses have no CSV column and are left out).")
  Path csv;

  @Spec CommandSpec spec;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchMatchingCommand()).execute(args));
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int[] current = {0, 0};
    try {
      return bench(out, current);
    } catch (OutOfMemoryError e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(OutOfMemory.message("bench matching", current[0], current[1]));
      err.flush();
      return 3;
    }
  }

  private Integer bench(PrintWriter out, int[] current) {
    if (runs < 1 || warmup < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--runs must be at least 1 and --warmup at least 0");
    }
    MatchEngine engine = new MatchEngine();
    out.printf(
        Locale.ROOT,
        "matching benchmark: seed %d, %d warm-up + %d measured runs per size, max heap %d MB%n",
        seed,
        warmup,
        runs,
        Runtime.getRuntime().maxMemory() >> 20);
    for (String size : sizes) {
      int[] dims = parseSize(size);
      current[0] = dims[0];
      current[1] = dims[1];
      MatchInput input = SyntheticCommunity.generate(dims[0], dims[1], seed);
      if (csv != null) {
        Path dir = csv.resolve(dims[0] + "x" + dims[1]);
        try {
          SyntheticCommunity.writeCsv(input, dir);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        out.printf(Locale.ROOT, "wrote %s/{mentors,mentees,history}.csv%n", dir);
      }
      for (int i = 0; i < warmup; i++) {
        engine.match(input);
      }
      long[] millis = new long[runs];
      long[] heap = new long[runs];
      long[] cpu = new long[runs];
      MatchResult result = null;
      for (int i = 0; i < runs; i++) {
        resetPeakHeap();
        long startCpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        result = engine.match(input);
        millis[i] = (System.nanoTime() - start) / 1_000_000;
        cpu[i] = (THREADS.getCurrentThreadCpuTime() - startCpu) / 1_000_000;
        heap[i] = peakHeapMb();
        out.printf(
            Locale.ROOT,
            "  %s run %d: %d ms (cpu %d ms), edges kept %d, matched %d, unmatched %d,"
                + " total score %d, peak heap %d MB%n",
            size,
            i + 1,
            millis[i],
            cpu[i],
            result.edgesKept(),
            result.matched(),
            result.unmatched().size(),
            result.totalScore(),
            heap[i]);
      }
      out.printf(
          Locale.ROOT,
          "%s mentees x mentors: median %d ms (cpu %d ms), edges kept %d, matched %d,"
              + " total score %d, median peak heap %d MB%n",
          size,
          median(millis),
          median(cpu),
          result.edgesKept(),
          result.matched(),
          result.totalScore(),
          median(heap));
      out.flush();
    }
    return 0;
  }

  private int[] parseSize(String size) {
    String[] parts = size.trim().toLowerCase(Locale.ROOT).split("x", -1);
    try {
      if (parts.length == 2) {
        int mentees = Integer.parseInt(parts[0]);
        int mentors = Integer.parseInt(parts[1]);
        if (mentees > 0 && mentors > 0) {
          return new int[] {mentees, mentors};
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new CommandLine.ParameterException(
        spec.commandLine(), "--sizes: '" + size + "' is not MENTEESxMENTORS, e.g. 1000x200");
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static void resetPeakHeap() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Peak heap since the last reset, summed over pools (an upper bound: pools peak separately). */
  private static long peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes >> 20;
  }
}
