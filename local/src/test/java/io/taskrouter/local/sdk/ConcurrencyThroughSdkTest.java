package io.taskrouter.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.PreconditionFailedException;
import io.taskrouter.sdk.WorkspaceScope;
import io.taskrouter.sdk.model.Task;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One SDK client shared by 8 threads at once, as the SDK says it may be. */
class ConcurrencyThroughSdkTest extends SdkTest {
  private static final int THREADS = 8;
  private static final int PER_THREAD = 25;

  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  @AfterEach
  void stopThePool() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void eightThreadsCreatingAndUpdatingTwentyFiveTasksEachLoseNothing() throws Exception {
    WorkspaceScope ws = fifoWorkspace();
    Map<String, Map<String, Object>> expectedAttributes = new HashMap<>();
    Map<String, Integer> expectedPriority = new HashMap<>();

    List<List<Task>> results = runTogether(thread -> {
      List<Task> mine = new ArrayList<>();
      for (int i = 0; i < PER_THREAD; i++) {
        String key = thread + "-" + i;
        Task created = ws.tasks().create(p -> p.attributes(Map.of("key", key, "state", "new")));
        int priority = thread * 100 + i;
        mine.add(ws.tasks().update(created.getSid(), p -> p.ifMatch(created.getETag()).priority(priority)
            .attributes(Map.of("key", key, "state", "updated"))));
      }
      return mine;
    });
    for (int thread = 0; thread < THREADS; thread++) {
      for (int i = 0; i < PER_THREAD; i++) {
        Task task = results.get(thread).get(i);
        expectedAttributes.put(task.getSid(), Map.of("key", thread + "-" + i, "state", "updated"));
        expectedPriority.put(task.getSid(), thread * 100 + i);
      }
    }

    List<Task> listed = ws.tasks().list(p -> p.pageSize(50L)).toList();

    assertThat(expectedAttributes).hasSize(THREADS * PER_THREAD);
    assertThat(listed).hasSize(THREADS * PER_THREAD);
    assertThat(listed).extracting(Task::getSid).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(expectedAttributes.keySet());
    assertThat(listed).allSatisfy(task -> {
      assertThat(task.getAttributesAsMap()).isEqualTo(expectedAttributes.get(task.getSid()));
      assertThat(task.getPriority()).isEqualTo(expectedPriority.get(task.getSid()));
    });
    assertThat(ws.statistics().realTime().getTasksByStatus().getPending()).isEqualTo(THREADS * PER_THREAD);
  }

  @Test
  void concurrentIncrementsWithIfMatchLoseNoUpdate() throws Exception {
    WorkspaceScope ws = fifoWorkspace();
    String counter = ws.tasks().create(p -> p.attributes(Map.of("count", 0))).getSid();
    AtomicInteger conflicts = new AtomicInteger();

    runTogether(thread -> {
      for (int i = 0; i < PER_THREAD; i++) {
        while (true) {
          Task current = ws.tasks().fetch(counter);
          int count = ((Number) current.getAttributesAsMap().get("count")).intValue();
          try {
            ws.tasks().update(counter, p -> p.ifMatch(current.getETag()).attributes(Map.of("count", count + 1)));
            break;
          } catch (PreconditionFailedException stale) {
            conflicts.incrementAndGet();
          }
        }
      }
      return null;
    });

    Task result = ws.tasks().fetch(counter);
    assertThat(((Number) result.getAttributesAsMap().get("count")).intValue()).isEqualTo(THREADS * PER_THREAD);
    assertThat(conflicts.get()).as("the threads did contend").isPositive();
  }

  /** Starts the same work on every thread at the same moment and waits for all of them. */
  private <T> List<T> runTogether(ThreadWork<T> work) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (int thread = 0; thread < THREADS; thread++) {
      int id = thread;
      Callable<T> task = () -> {
        start.await();
        return work.run(id);
      };
      futures.add(pool.submit(task));
    }
    start.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get(60, TimeUnit.SECONDS));
    }
    return results;
  }

  @FunctionalInterface
  private interface ThreadWork<T> {
    T run(int thread) throws Exception;
  }
}
