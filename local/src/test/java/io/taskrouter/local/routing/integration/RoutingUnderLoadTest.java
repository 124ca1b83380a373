package io.taskrouter.local.routing.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.TaskRouterLocal;
import io.taskrouter.local.clock.ManualClock;
import io.taskrouter.local.support.ApiClient;
import io.taskrouter.local.support.Reply;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Invariants under concurrent load: tasks arrive on one thread while several threads, each
 * answering for its own multitasking workers, accept every offer and complete the task, all
 * through REST. Afterwards the event log is replayed: no task was assigned twice, no worker ever
 * held more reservations than its channel capacity, every task was completed exactly once.
 */
class RoutingUnderLoadTest {
  private static final int TASKS = 80;
  private static final int THREADS = 4;
  private static final int WORKERS_PER_THREAD = 2;
  private static final int CAPACITY = 2;

  @Test
  void noTaskIsAssignedTwiceNoWorkerExceedsItsCapacityAndNoTaskIsLost() throws Exception {
    ManualClock clock = ManualClock.at("2026-11-24T15:00:00Z");
    try (TaskRouterLocal server = TaskRouterLocal.builder().port(0).clock(clock).seed(5).start()) {
      ApiClient api = ApiClient.of(server.baseUrl());
      String ws = api.post("/v1/Workspaces", "FriendlyName", "Load", "Template", "FIFO", "MultiTaskEnabled", "true")
          .sid();
      String base = "/v1/Workspaces/" + ws + "/";
      String available = api.get(base + "Activities", "FriendlyName", "Available").list("activities").get(0)
          .get("sid").toString();
      List<List<String>> workersByThread = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        List<String> mine = new ArrayList<>();
        for (int w = 0; w < WORKERS_PER_THREAD; w++) {
          String worker = ok(api.post(base + "Workers", "FriendlyName", "W" + t + "-" + w, "ActivitySid", available))
              .sid();
          ok(api.post(base + "Workers/" + worker + "/Channels/default", "Capacity", Integer.toString(CAPACITY)));
          mine.add(worker);
        }
        workersByThread.add(mine);
      }

      AtomicInteger completed = new AtomicInteger();
      Set<String> completedTasks = ConcurrentHashMap.newKeySet();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
      try {
        List<Future<?>> running = new ArrayList<>();
        running.add(pool.submit(() -> {
          for (int i = 0; i < TASKS; i++) {
            ok(api.post(base + "Tasks", "Attributes", "{\"n\":" + i + "}"));
          }
        }));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); // liveness bound only
        for (List<String> mine : workersByThread) {
          running.add(pool.submit(() -> {
            while (completed.get() < TASKS && System.nanoTime() < deadline) {
              int answered = 0;
              for (String worker : mine) {
                for (Map<String, Object> offer : api.get(base + "Workers/" + worker + "/Reservations",
                    "ReservationStatus", "pending").list("reservations")) {
                  Reply accepted = api.post(base + "Workers/" + worker + "/Reservations/" + offer.get("sid"),
                      "ReservationStatus", "accepted");
                  if (accepted.status() == 200) {
                    String task = offer.get("task_sid").toString();
                    ok(api.post(base + "Tasks/" + task, "AssignmentStatus", "completed"));
                    completedTasks.add(task);
                    completed.incrementAndGet();
                    answered++;
                  }
                }
              }
              if (answered == 0) {
                pause(); // nothing offered yet: leave the cores to the task creator and the engine
              }
            }
          }));
        }
        for (Future<?> future : running) {
          future.get(90, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }

      assertThat(completed.get()).as("every task completed, each once").isEqualTo(TASKS);
      assertThat(completedTasks).hasSize(TASKS);
      replayEvents(api, base);
    }
  }

  private static void replayEvents(ApiClient api, String base) {
    List<Map<String, Object>> events = new ArrayList<>();
    String next = base + "Events?Minutes=600&PageSize=1000";
    while (next != null) {
      Reply page = ok(api.get(next));
      events.addAll(page.list("events"));
      Object url = page.meta().get("next_page_url");
      next = url == null ? null : url.toString();
    }
    Collections.reverse(events); // oldest first
    Map<String, Integer> accepted = new HashMap<>();
    Map<String, Integer> completedCount = new HashMap<>();
    Map<String, Integer> held = new HashMap<>();
    Set<String> created = new HashSet<>();
    int maxHeld = 0;
    for (Map<String, Object> event : events) {
      String type = event.get("event_type").toString();
      @SuppressWarnings("unchecked")
      Map<String, Object> data = (Map<String, Object>) event.get("event_data");
      switch (type) {
        case "task.created" -> created.add(data.get("task_sid").toString());
        case "task.completed" -> completedCount.merge(data.get("task_sid").toString(), 1, Integer::sum);
        case "reservation.accepted" -> accepted.merge(data.get("task_sid").toString(), 1, Integer::sum);
        case "reservation.created" -> maxHeld = Math.max(maxHeld,
            held.merge(data.get("worker_sid").toString(), 1, Integer::sum));
        case "reservation.rejected", "reservation.timeout", "reservation.canceled", "reservation.rescinded",
            "reservation.completed" -> held.merge(data.get("worker_sid").toString(), -1, Integer::sum);
        default -> { }
      }
    }
    assertThat(created).hasSize(TASKS);
    assertThat(accepted).as("reservations accepted per task").hasSize(TASKS).allSatisfy((t, n) -> assertThat(n)
        .isEqualTo(1));
    assertThat(completedCount).as("completions per task").hasSize(TASKS).allSatisfy((t, n) -> assertThat(n)
        .isEqualTo(1));
    assertThat(maxHeld).as("most reservations a worker held at once").isBetween(1, CAPACITY);
    assertThat(held.values()).as("nothing held at the end").allSatisfy(n -> assertThat(n).isZero());
  }

  private static void pause() {
    try {
      Thread.sleep(2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Reply ok(Reply reply) {
    assertThat(reply.status()).as("%s", reply).isLessThan(300);
    return reply;
  }
}
