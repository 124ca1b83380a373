package io.taskrouter.local.harness;

import io.taskrouter.local.TaskRouterLocal;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.ConnectionPool;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Not a test: how many task fetches per second the local server answers, and how fast. Starts a
 * server, creates a workspace and a task, then {@code clients} threads each fetch that task over
 * a kept-alive connection for {@code seconds}, and prints requests/s, p50 and p99 latency.
 *
 * <p>Run (see local/README.md): {@code java -cp ... io.taskrouter.local.harness.ThroughputHarness [seconds] [clients]}
 */
public final class ThroughputHarness {
  private static final Pattern SID = Pattern.compile("\"sid\"\\s*:\\s*\"(\\w+)\"");
  private static final String AUTH = Credentials.basic("AC" + "0".repeat(32), "token");

  private ThroughputHarness() {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 12;
    try (TaskRouterLocal server = TaskRouterLocal.start()) {
      OkHttpClient http = new OkHttpClient.Builder()
          .connectionPool(new ConnectionPool(clients, 1, TimeUnit.MINUTES))
          .retryOnConnectionFailure(false)
          .build();
      String base = server.baseUrl();
      String workspace = sid(http, base + "/v1/Workspaces", "FriendlyName", "Harness", "Template", "FIFO");
      String task = sid(http, base + "/v1/Workspaces/" + workspace + "/Tasks", "Attributes", "{\"type\":\"bench\"}");
      Request fetch = new Request.Builder().url(base + "/v1/Workspaces/" + workspace + "/Tasks/" + task)
          .header("Authorization", AUTH).build();
      run(http, fetch, clients, 2, null); // warm-up: JIT, connections
      Result result = new Result();
      long started = System.nanoTime();
      run(http, fetch, clients, seconds, result);
      double elapsed = (System.nanoTime() - started) / 1e9;
      long[] all = result.latencies();
      Arrays.sort(all);
      System.out.printf("%d clients, %.1f s: %d requests, %.0f requests/s, p50 %.2f ms, p99 %.2f ms, %d failed%n",
          clients, elapsed, all.length, all.length / elapsed, percentile(all, 0.50) / 1e6, percentile(all, 0.99) / 1e6,
          result.failures.get());
      http.connectionPool().evictAll();
      http.dispatcher().executorService().shutdown();
    }
  }

  private static void run(OkHttpClient http, Request fetch, int clients, int seconds, Result result)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    CountDownLatch done = new CountDownLatch(clients);
    for (int i = 0; i < clients; i++) {
      Thread client = new Thread(() -> {
        long[] mine = new long[1 << 16];
        int count = 0;
        try {
          while (System.nanoTime() < deadline) {
            long start = System.nanoTime();
            try (Response response = http.newCall(fetch).execute()) {
              response.body().bytes();
              if (response.code() != 200 && result != null) {
                result.failures.incrementAndGet();
                continue;
              }
            } catch (IOException e) {
              if (result != null) {
                result.failures.incrementAndGet();
              }
              continue;
            }
            if (count == mine.length) {
              mine = Arrays.copyOf(mine, count * 2);
            }
            mine[count++] = System.nanoTime() - start;
          }
        } finally {
          if (result != null) {
            result.add(Arrays.copyOf(mine, count));
          }
          done.countDown();
        }
      }, "harness-client-" + i);
      client.start();
    }
    done.await();
  }

  private static String sid(OkHttpClient http, String url, String... pairs) throws IOException {
    FormBody.Builder form = new FormBody.Builder();
    for (int i = 0; i < pairs.length; i += 2) {
      form.add(pairs[i], pairs[i + 1]);
    }
    Request request = new Request.Builder().url(url).header("Authorization", AUTH).post(form.build()).build();
    try (Response response = http.newCall(request).execute()) {
      String body = response.body().string();
      Matcher m = SID.matcher(body);
      if (response.code() != 201 || !m.find()) {
        throw new IllegalStateException("setup failed: " + response.code() + " " + body);
      }
      return m.group(1);
    }
  }

  private static double percentile(long[] sorted, double p) {
    return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
  }

  /** The latencies of every client, collected when each finishes. */
  private static final class Result {
    private final List<long[]> parts = new ArrayList<>();
    private final AtomicLong failures = new AtomicLong();

    synchronized void add(long[] part) {
      parts.add(part);
    }

    synchronized long[] latencies() {
      return parts.stream().flatMapToLong(Arrays::stream).toArray();
    }
  }
}
