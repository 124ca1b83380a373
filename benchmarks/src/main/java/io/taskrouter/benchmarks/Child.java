package io.taskrouter.benchmarks;

import java.lang.management.ManagementFactory;

/**
 * Runs in a fresh JVM started by {@link Measure}: {@code first NAME ORIGIN} prints the milliseconds
 * from the JVM's start to the end of the first completed fetch; {@code huge NAME ORIGIN} pages the
 * 100,000-task list (in a heap too small to hold it) and prints the count and the heap used after.
 */
public final class Child {
  private Child() {}

  public static void main(String[] args) {
    String mode = args[0];
    try (Contender client = Contender.named(args[1], args[2])) {
      if ("first".equals(mode)) {
        client.fetch();
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(System.currentTimeMillis() - start);
      } else {
        long began = System.nanoTime();
        long count = client.listHuge();
        long millis = (System.nanoTime() - began) / 1_000_000;
        System.gc();
        long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.println(count + " " + millis + " " + used);
      }
    }
  }
}
