package io.taskrouter.local.routing;

import static io.taskrouter.local.routing.Fixtures.at;
import static io.taskrouter.local.routing.Fixtures.queue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The same workspace built in any order gives the same offers, in the same order. */
class DeterminismTest {

  private static final int WORKERS = 40;
  private static final int TASKS = 60;

  /** Builds a fixed workspace, adding its parts in an order shuffled by {@code seed}. */
  private static List<Offer> settle(long seed) {
    RoutingIndex index = new RoutingIndex(true, TaskOrder.FIFO);
    index.putQueue(queue("WQeven", "team == 0"));
    index.putQueue(queue("WQodd", "team == 1", TaskOrder.LIFO, 3));
    index.putQueue(queue("WQall", "1 == 1", TaskOrder.FIFO, 2));
    List<Consumer<RoutingIndex>> steps = new ArrayList<>();
    for (int i = 0; i < WORKERS; i++) {
      WorkerSpec worker = new WorkerSpec(String.format("WK%02d", i), "w" + i,
          Map.of("team", i % 2, "level", i % 5), Fixtures.AVAILABLE, "Available", true,
          Map.of("default", new WorkerSpec.Channel(1 + i % 3, true)), at(i % 4));
      steps.add(index2 -> index2.putWorker(worker));
    }
    String[] queues = {"WQeven", "WQodd", "WQall"};
    StepTarget ordered = StepTarget.parse("WQall", null, null, null, "worker.level DESC", null, null, null);
    for (int i = 0; i < TASKS; i++) {
      RoutingTask task = Fixtures.task(String.format("WT%02d", i), i % 4, i % 7, Map.of());
      String queue = queues[i % 3];
      steps.add(i % 5 == 0
          ? index2 -> index2.placeTask(task, new Step(0, null, 0, ordered, "WQall", task.priority(), null))
          : index2 -> index2.placeTaskInQueue(task, queue));
    }
    Collections.shuffle(steps, new Random(seed));
    steps.forEach(step -> step.accept(index));
    return index.nextOffers(at(100));
  }

  @Test
  void shuffledInsertionGivesTheSameOffers() {
    List<Offer> first = settle(1);

    assertThat(first).hasSizeGreaterThan(WORKERS / 2);
    for (long seed = 2; seed <= 6; seed++) {
      assertThat(settle(seed)).as("seed " + seed).isEqualTo(first);
    }
  }
}
