package io.taskrouter.local.routing.harness;

import io.taskrouter.local.TaskRouterLocal;
import io.taskrouter.sdk.BadRequestException;
import io.taskrouter.sdk.RetryPolicy;
import io.taskrouter.sdk.TaskRouter;
import io.taskrouter.sdk.WorkspaceScope;
import io.taskrouter.sdk.model.TaskStatus;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import okhttp3.ConnectionPool;

/**
 * Routing through HTTP, end to end, with this project's SDK: a local server (system clock), 1,000
 * single-tasking workers in 20 queues, one workflow with a filter per queue whose assignment
 * callback goes to a loopback receiver here that answers {@code {"instruction":"accept"}}. Per
 * task: the SDK creates it, the server reserves a worker and calls the receiver, whose answer
 * accepts it, and the SDK completes it: two API requests and one callback.
 *
 * <p>Prints, each the median of three rounds after a warm-up: completed tasks/s with a few client
 * threads (closed loop), plain task fetches/s with the same clients (the baseline) and their
 * ratio; then p50/p99 of the time from the create answer to the callback's arrival (client clock)
 * at a fixed offered rate; then, in the same JVM, the in-process decision harnesses. Not part of
 * the build; see README.md.
 */
public final class HttpRoutingHarness {
  private static final int QUEUES = 20;
  private static final int WORKERS = 1_000;
  private static final int ROUNDS = 3;
  private static final String ACCEPT = "{\"instruction\":\"accept\"}";

  private final WorkspaceScope ws;
  private final String workflow;
  private final Arrivals arrivals;
  private final int clients;
  /** Completions refused because the callback's accept had not been applied yet, retried. */
  private final AtomicLong earlyCompletions = new AtomicLong();

  private HttpRoutingHarness(WorkspaceScope ws, String workflow, Arrivals arrivals, int clients) {
    this.ws = ws;
    this.workflow = workflow;
    this.arrivals = arrivals;
    this.clients = clients;
  }

  public static void main(String[] args) throws Exception {
    int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    int pacedRate = args.length > 2 ? Integer.parseInt(args[2]) : 500;
    double pacedSeconds = args.length > 3 ? Double.parseDouble(args[3]) : 10;
    boolean decisions = args.length <= 4 || Boolean.parseBoolean(args[4]);
    System.out.printf("cores %d, java %s, %d tasks per round, %d client threads%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), tasks, clients);
    System.out.println("load average at start: " + loadAverage());
    long started = System.nanoTime();
    try (TaskRouterLocal server = TaskRouterLocal.start();
        Arrivals arrivals = Arrivals.start();
        TaskRouter sdk = TaskRouter.builder()
            .credentials(server.accountSid(), "harness-token")
            .baseUrl(server.baseUrl())
            .retryPolicy(RetryPolicy.none())
            .readTimeout(Duration.ofSeconds(30))
            .customizeHttpClient(http -> http.connectionPool(new ConnectionPool(clients * 2, 1, TimeUnit.MINUTES)))
            .build()) {
      HttpRoutingHarness harness = setUp(sdk, arrivals, clients);
      String fetched = harness.ws.tasks().create(p -> p.workflowSid(harness.workflow).attributes("{\"queue\":-1}")).getSid();

      harness.fetches(fetched, 2, new long[1]); // warm-up: JIT, connections
      harness.closedLoop(Math.max(2_000, 2 * tasks)); // warm-up: on 2 shared cores the JIT and the heap sizing need two rounds
      double[] completed = new double[ROUNDS];
      double[] fetches = new double[ROUNDS];
      double[] cpuPerTask = new double[ROUNDS];
      double[] cpuPerFetch = new double[ROUNDS];
      for (int round = 0; round < ROUNDS; round++) {
        CpuMeter.Sample beforeFetches = CpuMeter.sample();
        long[] fetchCount = new long[1];
        fetches[round] = harness.fetches(fetched, 3, fetchCount);
        CpuMeter.Sample beforeTasks = CpuMeter.sample();
        Result r = harness.closedLoop(tasks);
        CpuMeter.Sample after = CpuMeter.sample();
        completed[round] = r.rate();
        cpuPerTask[round] = after.totalPerUnit(beforeTasks, tasks);
        cpuPerFetch[round] = beforeTasks.totalPerUnit(beforeFetches, fetchCount[0]);
        System.out.printf("round %d: %,8.0f completed tasks/s (%,d tasks in %.2f s; create→callback p50 %.2f ms,"
                + " p99 %.2f ms), %,8.0f fetches/s%n", round + 1, r.rate(), tasks, r.seconds(),
            r.percentile(0.50) / 1e6, r.percentile(0.99) / 1e6, fetches[round]);
        System.out.printf("  CPU µs per task: %s; per fetch: %s%n", after.perUnit(beforeTasks, tasks),
            beforeTasks.perUnit(beforeFetches, fetchCount[0]));
      }
      double medianCompleted = median(completed);
      double medianFetches = median(fetches);
      System.out.printf("MEDIAN: %,.0f completed tasks/s through HTTP (aim ≥ 2,500), %,.0f task fetches/s,"
          + " ratio %.3f (a task is 2 requests + 1 callback)%n", medianCompleted, medianFetches,
          medianCompleted / medianFetches);
      double taskCpu = median(cpuPerTask);
      double fetchCpu = median(cpuPerFetch);
      System.out.printf("MEDIAN CPU: %.0f µs per task, %.0f µs per fetch (ratio %.2f); on %d idle cores that is at"
              + " most %,.0f tasks/s%n", taskCpu, fetchCpu, taskCpu / fetchCpu,
          Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors() * 1e6 / taskCpu);

      int pacedTasks = (int) (pacedRate * pacedSeconds);
      Result paced = harness.paced(pacedTasks, pacedRate);
      System.out.printf("PACED at %d tasks/s offered (%.0f achieved, %,d tasks): create answer → callback arrival"
              + " p50 %.3f ms, p99 %.3f ms, max %.3f ms (aim p99 < 5 ms); %d of them arrived before the answer%n",
          pacedRate, paced.rate(), pacedTasks, paced.percentile(0.50) / 1e6, paced.percentile(0.99) / 1e6,
          paced.percentile(1.0) / 1e6, paced.negative());
      System.out.printf("completions retried because the accept was not applied yet: %d%n",
          harness.earlyCompletions.get());
    }
    System.out.printf("HTTP part: %.1f s; load average: %s%n", (System.nanoTime() - started) / 1e9, loadAverage());
    if (decisions) {
      System.out.println("--- in-process routing decisions (RoutingDecisionHarness 0.5) ---");
      RoutingDecisionHarness.main(new String[] {"0.5"});
      System.out.println("--- through the engine, no HTTP (EngineDecisionHarness 0.5) ---");
      EngineDecisionHarness.main(new String[] {"0.5"});
      System.out.println("load average at end: " + loadAverage());
    }
  }

  /** The workspace: 20 queues of 50 available workers each and a workflow with a filter per queue. */
  private static HttpRoutingHarness setUp(TaskRouter sdk, Arrivals arrivals, int clients) {
    WorkspaceScope ws = sdk.workspace(sdk.workspaces()
        .create(p -> p.friendlyName("Harness").template("NONE").multiTaskEnabled(false)).getSid());
    String available = ws.activities().list(p -> p.friendlyName("Available")).toList().get(0).getSid();
    List<String> queues = new ArrayList<>();
    for (int q = 0; q < QUEUES; q++) {
      int queue = q;
      queues.add(ws.taskQueues().create(p -> p.friendlyName("Q" + queue).targetWorkers("queue == " + queue))
          .getSid());
    }
    StringBuilder filters = new StringBuilder();
    for (int q = 0; q < QUEUES; q++) {
      filters.append(q == 0 ? "" : ",").append("{\"filter_friendly_name\":\"Q").append(q)
          .append("\",\"expression\":\"queue == ").append(q).append("\",\"targets\":[{\"queue\":\"")
          .append(queues.get(q)).append("\"}]}");
    }
    String workflow = ws.workflows().create(p -> p.friendlyName("Harness")
        .configuration("{\"task_routing\":{\"filters\":[" + filters + "]}}")
        .assignmentCallbackUrl(arrivals.url())).getSid();
    for (int w = 0; w < WORKERS; w++) {
      int worker = w;
      ws.workers().create(p -> p.friendlyName("W" + worker).activitySid(available)
          .attributes("{\"queue\":" + (worker % QUEUES) + "}"));
    }
    return new HttpRoutingHarness(ws, workflow, arrivals, clients);
  }

  /** Every client creates, awaits the callback of and completes tasks, one at a time, until {@code tasks} are done. */
  private Result closedLoop(int tasks) throws InterruptedException {
    return drive(tasks, 0);
  }

  /** Task {@code n} is created at {@code n / rate} seconds from the start (or as soon after as a client is free). */
  private Result paced(int tasks, int rate) throws InterruptedException {
    return drive(tasks, 1_000_000_000L / rate);
  }

  private Result drive(int tasks, long intervalNanos) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    long[] latencies = new long[tasks];
    List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    long start = System.nanoTime();
    Thread[] threads = new Thread[clients];
    for (int c = 0; c < clients; c++) {
      threads[c] = new Thread(() -> {
        try {
          String previous = null;
          for (int n = next.getAndIncrement(); n < tasks; n = next.getAndIncrement()) {
            if (intervalNanos > 0) {
              long due = start + n * intervalNanos;
              for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
              }
            }
            String sid = create(n % QUEUES);
            long answered = System.nanoTime();
            latencies[n] = arrivals.of(sid).get(10, TimeUnit.SECONDS) - answered;
            arrivals.forget(sid);
            if (previous != null) {
              complete(previous);
            }
            previous = sid;
          }
          if (previous != null) {
            complete(previous);
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      }, "harness-client-" + c);
      threads[c].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (!failures.isEmpty()) {
      throw new IllegalStateException(failures.size() + " client(s) failed", failures.get(0));
    }
    return new Result(tasks / seconds, seconds, latencies);
  }

  private String create(int queue) {
    return ws.tasks().create(p -> p.workflowSid(workflow).attributes("{\"queue\":" + queue + "}")).getSid();
  }

  /**
   * Completes an accepted task. A client completes its previous task after creating the next one
   * (a task's accept, applied when the receiver's answer is back, then has had a round trip's time
   * to land); a completion that still finds the task reserved is retried shortly, and counted.
   */
  private void complete(String sid) {
    for (int attempt = 0; ; attempt++) {
      try {
        ws.tasks().update(sid, p -> p.assignmentStatus(TaskStatus.COMPLETED).reason("done"));
        return;
      } catch (BadRequestException e) {
        if (attempt == 1_000) {
          throw e;
        }
        if (earlyCompletions.incrementAndGet() <= 3) {
          System.out.println("completion refused: " + e.getMessage());
        }
        LockSupport.parkNanos(100_000);
      }
    }
  }

  /** Plain fetches of one task by every client for {@code seconds}; returns fetches per second, and their number in {@code fetched[0]}. */
  private double fetches(String taskSid, double seconds, long[] fetched) throws InterruptedException {
    AtomicLong count = new AtomicLong();
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    Thread[] threads = new Thread[clients];
    for (int c = 0; c < clients; c++) {
      threads[c] = new Thread(() -> {
        while (System.nanoTime() < deadline) {
          ws.tasks().fetch(taskSid);
          count.incrementAndGet();
        }
      }, "harness-fetch-" + c);
      threads[c].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    fetched[0] = count.get();
    return count.get() / ((System.nanoTime() - start) / 1e9);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  /** A round's rate and its create-answer→callback latencies (nanoseconds; negative when the callback came first). */
  private record Result(double rate, double seconds, long[] latencies) {
    double percentile(double p) {
      long[] sorted = latencies.clone();
      Arrays.sort(sorted);
      return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }

    long negative() {
      return Arrays.stream(latencies).filter(l -> l < 0).count();
    }
  }

  /**
   * The assignment callback receiver on 127.0.0.1: notes when each task's callback arrived
   * ({@code System.nanoTime}, once its request is read) and answers accept. A minimal blocking
   * HTTP/1.1 server, a thread per connection (the outbox keeps a few alive): the receiver's cost
   * is the harness's, not the server's, and the JDK's HttpServer took a tenth of the samples.
   */
  private static final class Arrivals implements AutoCloseable {
    private final ServerSocket server;
    private final Map<String, CompletableFuture<Long>> byTask = new ConcurrentHashMap<>();
    private final byte[] answer = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + ACCEPT.length() + "\r\n\r\n" + ACCEPT).getBytes(StandardCharsets.US_ASCII);
    private final List<Socket> connections = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Arrivals() throws IOException {
      server = new ServerSocket(0, 256, InetAddress.getLoopbackAddress());
      Thread acceptor = new Thread(this::accept, "harness-receiver");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    static Arrivals start() throws IOException {
      return new Arrivals();
    }

    String url() {
      return "http://127.0.0.1:" + server.getLocalPort() + "/assignment";
    }

    CompletableFuture<Long> of(String taskSid) {
      return byTask.computeIfAbsent(taskSid, sid -> new CompletableFuture<>());
    }

    void forget(String taskSid) {
      byTask.remove(taskSid);
    }

    private void accept() {
      while (!server.isClosed()) {
        try {
          Socket socket = server.accept();
          socket.setTcpNoDelay(true);
          connections.add(socket);
          Thread t = new Thread(() -> serve(socket), "harness-receiver-connection");
          t.setDaemon(true);
          t.start();
        } catch (IOException e) {
          return; // closed
        }
      }
    }

    /** Request after request on one connection: head, Content-Length body, the constant answer. */
    private void serve(Socket socket) {
      try (socket; InputStream in = new BufferedInputStream(socket.getInputStream());
          OutputStream out = socket.getOutputStream()) {
        StringBuilder line = new StringBuilder();
        while (true) {
          int length = -1;
          boolean headDone = false;
          while (!headDone) {
            line.setLength(0);
            for (int b = in.read(); b != '\n'; b = in.read()) {
              if (b < 0) {
                return;
              }
              if (b != '\r') {
                line.append((char) b);
              }
            }
            if (line.length() == 0) {
              headDone = true;
            } else if (line.length() > 15 && line.substring(0, 15).equalsIgnoreCase("Content-Length:")) {
              length = Integer.parseInt(line.substring(15).trim());
            }
          }
          String body = new String(in.readNBytes(Math.max(0, length)), StandardCharsets.UTF_8);
          long arrived = System.nanoTime();
          out.write(answer);
          out.flush();
          String task = param(body, "TaskSid");
          if (task != null) {
            of(task).complete(arrived);
          }
        }
      } catch (IOException e) {
        // the server closed the connection
      }
    }

    private static String param(String form, String name) {
      for (String pair : form.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0 && pair.substring(0, eq).equals(name)) {
          return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        }
      }
      return null;
    }

    @Override
    public void close() throws IOException {
      server.close();
      for (Socket socket : connections) {
        socket.close();
      }
    }
  }
}
