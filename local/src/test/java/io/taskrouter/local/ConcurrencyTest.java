package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.support.ApiClient;
import io.taskrouter.local.support.Reply;
import io.taskrouter.local.support.ServerTest;
import io.taskrouter.local.support.Workspace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Many clients at once: creations and updates from every thread, one counter incremented by all of
 * them with optimistic concurrency (If-Match, retry on 412), and a reader paging through lists the
 * whole time. At the end nothing is lost, duplicated or inconsistent.
 */
class ConcurrencyTest extends ServerTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 25;
  private static final Pattern COUNT = Pattern.compile("\"count\":(\\d+)");

  @Test
  void concurrentClientsLoseNoUpdateAndNeverCorruptAList() throws Exception {
    Workspace ws = workspace("FIFO");
    String counter = ws.createTask("Attributes", "{\"count\":0}");
    ConcurrentLinkedQueue<String> workers = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> tasks = new ConcurrentLinkedQueue<>();
    AtomicInteger conflicts = new AtomicInteger();
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
    try {
      Future<Integer> reader = pool.submit(() -> readListsWhile(ws, writing));
      List<Future<?>> writers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        writers.add(pool.submit(() -> {
          ApiClient api = api();
          for (int i = 0; i < ROUNDS; i++) {
            String worker = ws.createWorker("W" + thread + "-" + i, "Attributes", "{\"thread\":" + thread + "}");
            workers.add(worker);
            tasks.add(ws.createTask("Attributes", "{\"thread\":" + thread + ",\"round\":" + i + "}"));
            expect(api.post(ws.path("Workers/" + worker), "Attributes", "{\"thread\":" + thread + ",\"done\":true}"),
                200);
            increment(api, ws, counter, conflicts);
          }
          return null;
        }));
      }
      for (Future<?> writer : writers) {
        writer.get(120, TimeUnit.SECONDS);
      }
      writing.set(false);
      assertThat(reader.get(60, TimeUnit.SECONDS)).as("lists read while writing").isPositive();
    } finally {
      pool.shutdownNow();
    }

    Reply counted = api().get(ws.path("Tasks/" + counter));
    assertThat(count(counted.string("attributes"))).as("no lost increment").isEqualTo(THREADS * ROUNDS);
    assertThat(counted.header("ETag")).as("one revision per successful update")
        .isEqualTo(Integer.toString(THREADS * ROUNDS));

    List<String> listedWorkers = pageAll(ws.path("Workers"), "workers");
    assertThat(listedWorkers).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(workers);
    List<String> listedTasks = pageAll(ws.path("Tasks"), "tasks");
    assertThat(listedTasks).doesNotHaveDuplicates().hasSize(THREADS * ROUNDS + 1).containsAll(tasks).contains(counter);
    for (String worker : List.of(workers.peek(), new ArrayList<>(workers).get(workers.size() - 1))) {
      Reply fetched = api().get(ws.path("Workers/" + worker));
      assertThat(fetched.string("attributes")).contains("\"done\":true");
      assertThat(api().get(ws.path("Workers/" + worker + "/Channels")).list("channels")).hasSize(5);
    }

    Reply realTime = api().get(ws.path("RealTimeStatistics"));
    assertThat(realTime.number("total_tasks")).isEqualTo(THREADS * ROUNDS + 1);
    assertThat(realTime.number("total_workers")).isEqualTo(THREADS * ROUNDS);
    assertThat(api().get(ws.path("CumulativeStatistics")).number("tasks_created")).isEqualTo(THREADS * ROUNDS + 1);
    assertThat(pageAll(ws.path("Events") + "?EventType=worker.attributes.update", "events"))
        .hasSize(THREADS * ROUNDS);
    System.out.println("[concurrency] " + conflicts.get() + " If-Match conflicts retried");
  }

  /** Read-modify-write with If-Match, retrying when another client got there first. */
  private void increment(ApiClient api, Workspace ws, String task, AtomicInteger conflicts) {
    while (true) {
      Reply current = expect(api.get(ws.path("Tasks/" + task)), 200);
      int next = count(current.string("attributes")) + 1;
      Reply updated = api.withHeader("If-Match", current.header("ETag"))
          .post(ws.path("Tasks/" + task), "Attributes", "{\"count\":" + next + "}");
      if (updated.status() == 200) {
        return;
      }
      expectError(updated, 412, 20412, "If-Match");
      conflicts.incrementAndGet();
    }
  }

  /** Pages through workers and tasks until the writers stop; every page must be well formed. */
  private int readListsWhile(Workspace ws, AtomicBoolean writing) {
    int reads = 0;
    while (writing.get() || reads == 0) {
      for (String key : List.of("workers", "tasks")) {
        List<String> sids = pageAll(ws.path(key.equals("workers") ? "Workers" : "Tasks"), key);
        assertThat(sids).doesNotHaveDuplicates().allSatisfy(sid -> assertThat(sid).hasSize(34));
        reads++;
      }
    }
    return reads;
  }

  private List<String> pageAll(String path, String key) {
    List<String> all = new ArrayList<>();
    Reply page = expect(api().get(path + (path.contains("?") ? "&" : "?") + "PageSize=37"), 200);
    Set<String> urls = new HashSet<>();
    while (true) {
      all.addAll(sids(page, key));
      String next = (String) page.meta().get("next_page_url");
      if (next == null) {
        return all;
      }
      assertThat(urls.add(next)).as("paging never loops").isTrue();
      page = expect(api().get(next), 200);
    }
  }

  private static int count(String attributes) {
    Matcher m = COUNT.matcher(attributes);
    assertThat(m.find()).as(attributes).isTrue();
    return Integer.parseInt(m.group(1));
  }
}
