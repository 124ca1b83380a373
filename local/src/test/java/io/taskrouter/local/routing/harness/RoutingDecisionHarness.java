package io.taskrouter.local.routing.harness;

import io.taskrouter.expression.Expression;
import io.taskrouter.expression.ExpressionContext;
import io.taskrouter.local.routing.Offer;
import io.taskrouter.local.routing.QueueSpec;
import io.taskrouter.local.routing.RoutingIndex;
import io.taskrouter.local.routing.RoutingTask;
import io.taskrouter.local.routing.TaskOrder;
import io.taskrouter.local.routing.WorkerSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Measures routing decisions per second in-process: a task placed in its queue, one worker chosen
 * and the offer recorded ({@code placeTaskInQueue} + {@code nextOffers}), with 1,000 workers in 20
 * queues, and again with 10,000 and 100,000 extra workers in a queue no task goes to. The cost
 * should not depend on the extra workers. Not part of the build:
 *
 * <pre>
 * mvn -B -q -o -pl local -am test-compile
 * java -cp local/target/test-classes:local/target/classes:expression/target/classes \
 *     io.taskrouter.local.routing.harness.RoutingDecisionHarness [seconds per round, default 1]
 * </pre>
 *
 * <p>Each decision is followed, untimed in the "decision" figure, by the accept and completion of
 * the offer so the worker is free again; the "cycle" figure includes those too.
 */
public final class RoutingDecisionHarness {
  private static final int QUEUES = 20;
  private static final int WORKERS = 1_000;
  private static final int ROUNDS = 5;
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  private RoutingDecisionHarness() {}

  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 1;
    System.out.printf("cores %d, java %s%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    System.out.println("load average at start: " + loadAverage());
    run(workspace(0), seconds * 3); // warm-up of the code paths, before any figure
    for (int extra : new int[] {0, 10_000, 100_000, 0}) {
      RoutingIndex index = workspace(extra);
      run(index, seconds / 2); // warm-up of this workspace
      double[] decisions = new double[ROUNDS];
      double[] cycles = new double[ROUNDS];
      for (int round = 0; round < ROUNDS; round++) {
        double[] rates = run(index, seconds);
        decisions[round] = rates[0];
        cycles[round] = rates[1];
      }
      Arrays.sort(decisions);
      Arrays.sort(cycles);
      System.out.printf("extra workers %,7d: median %,9.0f decisions/s (min %,9.0f, max %,9.0f),"
              + " median %,9.0f full cycles/s%n",
          extra, decisions[ROUNDS / 2], decisions[0], decisions[ROUNDS - 1], cycles[ROUNDS / 2]);
    }
    System.out.println("load average at end: " + loadAverage());
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  private static RoutingIndex workspace(int extraWorkers) {
    RoutingIndex index = new RoutingIndex(false, TaskOrder.FIFO);
    for (int q = 0; q < QUEUES; q++) {
      index.putQueue(new QueueSpec("WQ" + q, Expression.parse("queue == " + q, ExpressionContext.WORKER),
          TaskOrder.FIFO, 1));
    }
    index.putQueue(new QueueSpec("WQextra",
        Expression.parse("queue == -1", ExpressionContext.WORKER), TaskOrder.FIFO, 1));
    for (int w = 0; w < WORKERS + extraWorkers; w++) {
      int queue = w < WORKERS ? w % QUEUES : -1;
      index.putWorker(new WorkerSpec(String.format("WK%08d", w), "worker " + w, Map.of("queue", queue),
          "WAavailable", "Available", true, Map.of(), T0));
    }
    index.nextOffers(T0);
    return index;
  }

  /** Returns {decisions per second, full cycles per second}. */
  private static double[] run(RoutingIndex index, double seconds) {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long decided = 0;
    long decisionNanos = 0;
    long start = System.nanoTime();
    Instant now = T0;
    long sequence = 0;
    String[] queues = new String[QUEUES];
    for (int q = 0; q < QUEUES; q++) {
      queues[q] = "WQ" + q;
    }
    while (System.nanoTime() < deadline) {
      for (int i = 0; i < 1_000; i++) {
        sequence++;
        now = T0.plusMillis(sequence);
        String taskSid = "WT" + sequence;
        RoutingTask task = RoutingTask.of(taskSid, Map.of(), 0, now);
        long before = System.nanoTime();
        index.placeTaskInQueue(task, queues[(int) (sequence % QUEUES)]);
        List<Offer> offers = index.nextOffers(now);
        decisionNanos += System.nanoTime() - before;
        if (offers.size() != 1) {
          throw new IllegalStateException("expected one offer for " + taskSid + ", got " + offers);
        }
        String worker = offers.get(0).workerSids().get(0);
        index.holdAccepted(worker, taskSid, now);
        index.holdEnded(worker, taskSid, false);
        if (!index.nextOffers(now).isEmpty()) {
          throw new IllegalStateException("nothing should be waiting");
        }
        decided++;
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    return new double[] {decided / (decisionNanos / 1e9), decided / elapsed};
  }
}
