package io.taskrouter.local.routing.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.TaskRouterLocal;
import io.taskrouter.local.clock.ManualClock;
import io.taskrouter.local.support.ApiClient;
import io.taskrouter.local.support.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The same requests in the same order, on a manual clock with a fixed SID seed, give the same
 * SIDs, states and event log, byte for byte: a scenario with step timeouts, reservations accepted,
 * rejected and timed out through REST, and completions, run on two servers and compared.
 */
class DeterministicRoutingTest {

  @Test
  void twoServersGivenTheSameRequestsAnswerTheSameBytes() {
    List<String> first = run();
    List<String> second = run();
    assertThat(first).hasSize(second.size());
    for (int i = 0; i < first.size(); i++) {
      assertThat(second.get(i)).as("answer %d", i).isEqualTo(first.get(i));
    }
    assertThat(first.get(first.size() - 7)).as("the event log holds the routing").contains("task-queue.timeout",
        "reservation.rejected", "reservation.timeout", "reservation.accepted", "task.completed");
  }

  /** Runs the scenario on a new server; returns every answer body, the server's address masked. */
  private static List<String> run() {
    ManualClock clock = ManualClock.at("2026-11-24T15:00:00Z");
    try (TaskRouterLocal server = TaskRouterLocal.builder().port(0).clock(clock).seed(42).start()) {
      Scenario s = new Scenario(ApiClient.of(server.baseUrl()), server.baseUrl());
      String ws = s.sid(s.post("/v1/Workspaces", "FriendlyName", "Same", "Template", "NONE"));
      String base = "/v1/Workspaces/" + ws + "/";
      String available = s.activity(base, "Available");
      String first = s.sid(s.post(base + "TaskQueues", "FriendlyName", "First", "TargetWorkers", "level == 1"));
      String second = s.sid(s.post(base + "TaskQueues", "FriendlyName", "Second", "TargetWorkers", "level >= 1",
          "MaxReservedWorkers", "2"));
      String flow = s.sid(s.post(base + "Workflows", "FriendlyName", "Flow", "TaskReservationTimeout", "15",
          "Configuration", "{\"task_routing\":{\"filters\":[{\"expression\":\"1==1\",\"targets\":[{\"queue\":\""
              + first + "\",\"timeout\":20},{\"queue\":\"" + second + "\",\"priority\":3}]}]}}"));
      List<String> workers = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        workers.add(s.sid(s.post(base + "Workers", "FriendlyName", "W" + i, "ActivitySid", available,
            "Attributes", "{\"level\":" + (i == 0 ? 1 : 2) + "}")));
        clock.advanceSeconds(1);
      }
      List<String> tasks = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        tasks.add(s.sid(s.post(base + "Tasks", "WorkflowSid", flow, "Attributes", "{\"n\":" + i + "}")));
        clock.advanceSeconds(2);
      }
      // W0 takes the first task; the rest wait for the second step.
      s.answer(base, tasks.get(0), "accepted");
      clock.advanceSeconds(20);
      s.answer(base, tasks.get(1), "rejected");
      s.answer(base, tasks.get(1), "accepted");
      s.post(base + "Tasks/" + tasks.get(0), "AssignmentStatus", "completed");
      clock.advanceSeconds(15); // unanswered offers time out
      clock.advanceSeconds(60);
      s.post(base + "Tasks/" + tasks.get(1), "AssignmentStatus", "completed");
      s.get(base + "Events", "Minutes", "600", "PageSize", "1000");
      s.get(base + "Tasks", "PageSize", "100");
      s.get(base + "Workers", "PageSize", "100");
      for (String task : tasks) {
        s.get(base + "Tasks/" + task + "/Reservations", "PageSize", "100");
      }
      return s.answers;
    }
  }

  private static final class Scenario {
    final ApiClient api;
    final String baseUrl;
    final List<String> answers = new ArrayList<>();

    Scenario(ApiClient api, String baseUrl) {
      this.api = api;
      this.baseUrl = baseUrl;
    }

    Reply post(String path, String... form) {
      return keep(api.post(path, form));
    }

    Reply get(String path, String... query) {
      return keep(api.get(path, query));
    }

    private Reply keep(Reply reply) {
      assertThat(reply.status()).as("%s", reply).isLessThan(300);
      answers.add(reply.body().replace(baseUrl, "http://server"));
      return reply;
    }

    String sid(Reply reply) {
      return reply.sid();
    }

    String activity(String base, String name) {
      return get(base + "Activities", "FriendlyName", name).list("activities").get(0).get("sid").toString();
    }

    /** Answers the task's oldest pending reservation, if it has one. */
    void answer(String base, String task, String status) {
      List<Map<String, Object>> pending = get(base + "Tasks/" + task + "/Reservations", "ReservationStatus",
          "pending").list("reservations");
      if (!pending.isEmpty()) {
        post(base + "Tasks/" + task + "/Reservations/" + pending.get(0).get("sid"), "ReservationStatus", status);
      }
    }
  }
}
