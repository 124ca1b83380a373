package io.taskrouter.local.routing.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.taskrouter.local.TaskRouterLocal;
import io.taskrouter.local.clock.ManualClock;
import io.taskrouter.local.support.ApiClient;
import io.taskrouter.local.support.Reply;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Determinism when reservations are answered by assignment callbacks: the same requests in the
 * same order, on a manual clock with a fixed SID seed, with {@link TaskRouterLocal#awaitCallbacks()}
 * after each request and a receiver answering by a fixed rule (reject, wait, accept), give the same
 * answers, event log and final task, worker and reservation JSON on two servers, byte for byte.
 */
class DeterministicCallbackRoutingTest {

  @Test
  void twoServersAnsweredByTheSameReceiverRuleAnswerTheSameBytes() throws IOException {
    Run first = run();
    Run second = run();
    assertThat(second.callbacks).as("callbacks received, in order").isEqualTo(first.callbacks);
    assertThat(second.answers).hasSameSizeAs(first.answers);
    for (int i = 0; i < first.answers.size(); i++) {
      assertThat(second.answers.get(i)).as("answer %d", i).isEqualTo(first.answers.get(i));
    }
    assertThat(second.finalState).as("events, tasks, workers, reservations").isEqualTo(first.finalState);
    assertThat(first.finalState.get(0)).as("the event log holds each kind of answer")
        .contains("reservation.rejected", "reservation.timeout", "reservation.accepted", "task.completed");
    assertThat(first.callbacks).as("every task reached the receiver").hasSizeGreaterThan(TASKS);
  }

  private static final int TASKS = 8;

  /** What one server answered, the server's and the receiver's addresses masked. */
  private record Run(List<String> answers, List<String> finalState, List<String> callbacks) {}

  private static Run run() throws IOException {
    ManualClock clock = ManualClock.at("2026-11-24T15:00:00Z");
    try (Receiver receiver = new Receiver();
        TaskRouterLocal server = TaskRouterLocal.builder().port(0).clock(clock).seed(42).start()) {
      Scenario s = new Scenario(ApiClient.of(server.baseUrl()), server, receiver);
      String ws = s.post("/v1/Workspaces", "FriendlyName", "Same", "Template", "NONE").sid();
      String base = "/v1/Workspaces/" + ws + "/";
      receiver.offline = s.activity(base, "Offline");
      String available = s.activity(base, "Available");
      String queue = s.post(base + "TaskQueues", "FriendlyName", "All", "TargetWorkers", "1==1").sid();
      String flow = s.post(base + "Workflows", "FriendlyName", "Flow", "TaskReservationTimeout", "20",
          "AssignmentCallbackUrl", receiver.url(),
          "Configuration", "{\"task_routing\":{\"default_filter\":{\"queue\":\"" + queue + "\"}}}").sid();
      for (int i = 0; i < 3; i++) {
        s.post(base + "Workers", "FriendlyName", "W" + i, "ActivitySid", available);
        clock.advanceSeconds(1);
      }
      for (int n = 0; n < TASKS; n++) {
        s.post(base + "Tasks", "WorkflowSid", flow, "Attributes", "{\"n\":" + n + "}");
        clock.advanceSeconds(2);
        s.settled();
      }
      for (int round = 0; round < 6; round++) {
        for (Map<String, Object> task : s.get(base + "Tasks", "AssignmentStatus", "assigned").list("tasks")) {
          s.post(base + "Tasks/" + task.get("sid"), "AssignmentStatus", "completed");
        }
        for (Map<String, Object> worker : s.get(base + "Workers", "ActivityName", "Offline").list("workers")) {
          s.post(base + "Workers/" + worker.get("sid"), "ActivitySid", available);
        }
        clock.advanceSeconds(25); // reservations left waiting by the receiver time out
        s.settled();
      }
      List<String> finalState = new ArrayList<>();
      finalState.add(s.get(base + "Events", "Minutes", "600", "PageSize", "1000").body());
      finalState.add(s.get(base + "Tasks", "PageSize", "100").body());
      finalState.add(s.get(base + "Workers", "PageSize", "100").body());
      for (Map<String, Object> task : s.get(base + "Tasks", "PageSize", "100").list("tasks")) {
        finalState.add(s.get(base + "Tasks/" + task.get("sid") + "/Reservations", "PageSize", "100").body());
      }
      assertThat(s.get(base + "Tasks", "AssignmentStatus", "completed", "PageSize", "100").list("tasks"))
          .as("every task was completed in the end").hasSize(TASKS);
      return new Run(s.masked(s.answers), s.masked(finalState), receiver.calls);
    }
  }

  /** The requests of one run: each answer kept (masked later), the callbacks awaited after each. */
  private static final class Scenario {
    final ApiClient api;
    final TaskRouterLocal server;
    final Receiver receiver;
    final List<String> answers = new ArrayList<>();

    Scenario(ApiClient api, TaskRouterLocal server, Receiver receiver) {
      this.api = api;
      this.server = server;
      this.receiver = receiver;
    }

    Reply post(String path, String... form) {
      return keep(api.post(path, form));
    }

    Reply get(String path, String... query) {
      return keep(api.get(path, query));
    }

    /** Waits until every callback sent so far was answered and its answer applied. */
    void settled() {
      server.awaitCallbacks();
    }

    private Reply keep(Reply reply) {
      settled();
      assertThat(reply.status()).as("%s", reply).isLessThan(300);
      answers.add(reply.body());
      return reply;
    }

    String activity(String base, String name) {
      return get(base + "Activities", "FriendlyName", name).list("activities").get(0).get("sid").toString();
    }

    List<String> masked(List<String> bodies) {
      List<String> out = new ArrayList<>();
      for (String body : bodies) {
        out.add(body.replace(server.baseUrl(), "http://server").replace(receiver.url(), "http://receiver"));
      }
      return out;
    }
  }

  /**
   * Answers each assignment callback by a fixed rule on the task's {@code n} and how often that
   * task was offered before: the first offer of n % 4 == 1 is rejected (the worker goes offline),
   * of n % 4 == 2 is left waiting (an empty object: it times out), every other offer accepted.
   */
  private static final class Receiver implements AutoCloseable {
    final HttpServer http;
    final List<String> calls = new CopyOnWriteArrayList<>();
    final Map<String, AtomicInteger> offers = new ConcurrentHashMap<>();
    volatile String offline = "";

    Receiver() throws IOException {
      http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      http.createContext("/assignment", this::handle);
      http.start();
    }

    String url() {
      return "http://127.0.0.1:" + http.getAddress().getPort() + "/assignment";
    }

    private void handle(HttpExchange exchange) throws IOException {
      try (exchange) {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String task = form.get("TaskSid");
        calls.add(task + " " + form.get("WorkerSid") + " " + form.get("ReservationSid"));
        int n = Integer.parseInt(form.get("TaskAttributes").replaceAll("\\D", ""));
        boolean first = offers.computeIfAbsent(task, t -> new AtomicInteger()).getAndIncrement() == 0;
        String answer = !first || n % 4 == 0 || n % 4 == 3 ? "{\"instruction\":\"accept\"}"
            : n % 4 == 1 ? "{\"instruction\":\"reject\",\"activity_sid\":\"" + offline + "\"}"
            : "{}";
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }

    private static Map<String, String> form(String body) {
      Map<String, String> form = new HashMap<>();
      for (String pair : body.split("&")) {
        int eq = pair.indexOf('=');
        form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
      return form;
    }

    @Override
    public void close() {
      http.stop(0);
    }
  }
}
