package io.taskrouter.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What JMH does not measure directly, for the three contenders in one run against one loopback
 * server: calling-thread CPU and allocation per call (ThreadMXBean, after a warm-up round, contenders
 * interleaved round by round so that the machine's load falls on all alike), wall time per call, time to the first completed call in a fresh JVM, paging 100,000 records in a
 * 48 MB heap, and the runtime dependency closure of each.
 */
public final class Measure {
  private static final List<String> CONTENDERS = Arrays.asList("sdk", "official", "floor");
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private Measure() {}

  public static void main(String[] args) throws Exception {
    int calls = Integer.getInteger("calls", 2000);
    int rounds = Integer.getInteger("rounds", 6);
    int lists = Integer.getInteger("lists", 30);
    try (LoopbackServer server = new LoopbackServer()) {
      Map<String, Contender> clients = new LinkedHashMap<>();
      for (String name : CONTENDERS) {
        clients.put(name, Contender.named(name, server.origin()));
      }
      Map<String, double[]> totals = new LinkedHashMap<>();
      Map<String, List<double[]>> walls = new LinkedHashMap<>();
      for (int round = 0; round <= rounds; round++) {
        for (Map.Entry<String, Contender> entry : clients.entrySet()) {
          Contender c = entry.getValue();
          double[] fetch = perCall(calls, c::fetch);
          double[] create = perCall(calls, c::create);
          double[] list = perCall(lists, c::listAll);
          if (round > 0) {
            walls.computeIfAbsent(entry.getKey(), k -> new ArrayList<>())
                .add(new double[] {fetch[2], create[2], list[2]});
            // Round 0 is the warm-up.
            double[] sum = totals.computeIfAbsent(entry.getKey(), k -> new double[6]);
            for (int i = 0; i < 2; i++) {
              sum[i] += fetch[i] / rounds;
              sum[2 + i] += create[i] / rounds;
              sum[4 + i] += list[i] / rounds;
            }
          }
        }
      }
      System.out.println("## Calling-thread CPU (us) and allocation (KB) per call");
      System.out.println("| contender | fetch CPU | fetch alloc | create CPU | create alloc | list-1000 CPU | list-1000 alloc |");
      System.out.println("|---|---|---|---|---|---|---|");
      for (Map.Entry<String, double[]> entry : totals.entrySet()) {
        double[] t = entry.getValue();
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.0f | %.0f |%n", entry.getKey(),
            t[0] / 1e3, t[1] / 1024, t[2] / 1e3, t[3] / 1024, t[4] / 1e3, t[5] / 1024);
      }
      System.out.println("## Wall time per call (us), median of the rounds (contenders interleaved)");
      System.out.println("| contender | fetch | create | list-1000 |");
      System.out.println("|---|---|---|---|");
      for (Map.Entry<String, List<double[]>> entry : walls.entrySet()) {
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.0f |%n", entry.getKey(), median(entry.getValue(), 0) / 1e3,
            median(entry.getValue(), 1) / 1e3, median(entry.getValue(), 2) / 1e3);
      }
      for (Contender c : clients.values()) {
        c.close();
      }
      String classpath = System.getProperty("java.class.path");
      System.out.println("## Time to the first completed fetch in a fresh JVM (ms, median of 5)");
      for (String name : CONTENDERS) {
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
          runs.add(Long.parseLong(child(classpath, "-Xmx256m", "first", name, server.origin()).trim()));
        }
        runs.sort(null);
        System.out.println("| " + name + " | " + runs.get(2) + " | runs " + runs + " |");
      }
      System.out.println("## Paging 100,000 tasks in a 48 MB heap (count, ms, heap used after, MB)");
      for (String name : CONTENDERS) {
        String[] out = child(classpath, "-Xmx48m", "huge", name, server.origin()).trim().split(" ");
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %.1f |%n", name, out[0], out[1], Long.parseLong(out[2]) / 1048576.0);
      }
      System.out.println("## Runtime dependency closure (MB of jars)");
      closures(classpath);
    }
  }

  private static double median(List<double[]> rounds, int column) {
    double[] values = rounds.stream().mapToDouble(r -> r[column]).sorted().toArray();
    return values[values.length / 2];
  }

  /** @return calling-thread CPU nanoseconds, allocated bytes and wall nanoseconds per call */
  private static double[] perCall(int n, Runnable call) {
    long tid = Thread.currentThread().getId();
    long wall0 = System.nanoTime();
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    long alloc0 = THREADS.getThreadAllocatedBytes(tid);
    for (int i = 0; i < n; i++) {
      call.run();
    }
    long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
    long alloc = THREADS.getThreadAllocatedBytes(tid) - alloc0;
    long wall = System.nanoTime() - wall0;
    return new double[] {(double) cpu / n, (double) alloc / n, (double) wall / n};
  }

  private static String child(String classpath, String heap, String mode, String name, String origin)
      throws IOException, InterruptedException {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), heap, "-XX:TieredStopAtLevel=4", "-cp", classpath,
        Child.class.getName(), mode, name, origin).redirectErrorStream(true).start();
    StringBuilder out = new StringBuilder();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String last = null;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        last = line;
        out.append(line).append('\n');
      }
      if (process.waitFor() != 0 || last == null) {
        throw new IllegalStateException(name + " " + mode + " failed:\n" + out);
      }
      return last;
    }
  }

  /**
   * Sorts the jars of this classpath into each contender's closure by their Maven coordinates:
   * what the SDK's pom brings, what the floor needs (OkHttp, Okio, Kotlin, Moshi), and the rest of
   * what the official SDK's pom brings. The SDK's own modules count as the jars the build made.
   */
  private static void closures(String classpath) throws IOException {
    Predicate<String> benchmarkOnly = p -> p.contains("/org/openjdk/jmh/") || p.contains("/net/sf/jopt-simple/")
        || p.contains("/org/apache/commons/commons-math3/") || p.contains("benchmarks");
    Predicate<String> floor = p -> p.contains("/com/squareup/okhttp3/") || p.contains("/com/squareup/okio/")
        || p.contains("/org/jetbrains/") || p.contains("/com/squareup/moshi/");
    Predicate<String> sdk = p -> floor.test(p) || p.contains("/com/squareup/retrofit2/") || p.contains("/org/jspecify/")
        || p.contains("taskrouter") || p.contains("/sdk/target/") || p.contains("/expression/target/");
    Map<String, Long> sizes = new LinkedHashMap<>();
    sizes.put("sdk", 0L);
    sizes.put("official", 0L);
    sizes.put("floor", 0L);
    for (String entry : classpath.split(File.pathSeparator)) {
      String p = entry.replace('\\', '/');
      if (benchmarkOnly.test(p)) {
        continue;
      }
      long size = size(Paths.get(entry));
      if (sdk.test(p)) {
        sizes.merge("sdk", size, Long::sum);
      }
      if (floor.test(p)) {
        sizes.merge("floor", size, Long::sum);
      }
      if (!sdk.test(p)) {
        sizes.merge("official", size, Long::sum);
      }
    }
    for (Map.Entry<String, Long> entry : sizes.entrySet()) {
      System.out.printf(Locale.ROOT, "| %s | %.1f |%n", entry.getKey(), entry.getValue() / 1e6);
    }
  }

  /** A module's classes count as the jar the build made of them, when there is one. */
  private static long size(Path path) throws IOException {
    Path target = path.getParent();
    if (Files.isDirectory(path) && target != null && path.endsWith("classes")) {
      try (Stream<Path> jars = Files.list(target)) {
        java.util.Optional<Path> jar = jars.filter(f -> f.toString().endsWith("-SNAPSHOT.jar")).findFirst();
        if (jar.isPresent()) {
          return Files.size(jar.get());
        }
      }
    }
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.walk(path)) {
        return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
      }
    }
    return Files.size(path);
  }
}
