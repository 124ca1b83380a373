package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.support.Reply;
import io.taskrouter.local.support.ServerTest;
import io.taskrouter.local.support.Workspace;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every figure is counted from what is stored or what happened; these tests build a known state. */
class StatisticsTest extends ServerTest {
  private Workspace ws;
  private String queue;
  private String workflow;
  private String oldest;
  private String urgent;
  private String canceled;
  private String jamie;

  /**
   * Two workers (Jamie available and a Spanish speaker, Alex offline); three tasks: the oldest (priority 0),
   * an urgent one on sms (priority 5) and one canceled after 10 s. Jamie (multitasking, capacity 1 on each
   * channel) is offered the oldest and the urgent one; the third waits until it is canceled.
   */
  @BeforeEach
  void knownState() {
    ws = workspace("FIFO");
    queue = ws.queue("Sample Queue");
    workflow = ws.workflow("Default Fifo Workflow");
    jamie = ws.createWorker("Jamie", "ActivitySid", ws.activity("Available"), "Attributes", "{\"lang\":\"en\"}");
    ws.createWorker("Alex", "Attributes", "{\"lang\":\"es\"}");
    oldest = ws.createTask();
    SERVER.clock().advanceSeconds(5);
    urgent = ws.createTask("Priority", "5", "TaskChannel", "sms");
    canceled = ws.createTask();
    SERVER.clock().advanceSeconds(10);
    expect(api().post(ws.path("Tasks/" + canceled), "AssignmentStatus", "canceled"), 200);
  }

  @Test
  void workspaceRealTimeCountsTheStoredTasksAndWorkers() {
    Reply stats = expect(api().get(ws.path("RealTimeStatistics")), 200);
    assertThat(stats.string("workspace_sid")).isEqualTo(ws.sid);
    assertThat(stats.number("total_tasks")).isEqualTo(2);
    assertThat(stats.number("total_workers")).isEqualTo(2);
    assertThat(stats.string("longest_task_waiting_sid")).isEqualTo(oldest);
    assertThat(stats.number("longest_task_waiting_age")).isEqualTo(15);
    assertThat(stats.get("tasks_by_status")).isEqualTo(Map.of("pending", 0.0, "reserved", 2.0, "assigned", 0.0,
        "wrapping", 0.0));
    assertThat(stats.get("tasks_by_priority")).isEqualTo(Map.of("5", 1.0, "0", 1.0));
    assertThat(activityWorkers(stats)).containsEntry("Available", 1L).containsEntry("Offline", 1L)
        .containsEntry("Unavailable", 0L);
    assertThat(stats.string("url")).isEqualTo(SERVER.baseUrl() + ws.path("RealTimeStatistics"));

    Reply sms = expect(api().get(ws.path("RealTimeStatistics"), "TaskChannel", "sms"), 200);
    assertThat(sms.number("total_tasks")).isEqualTo(1);
    assertThat(sms.string("longest_task_waiting_sid")).isEqualTo(urgent);
  }

  @Test
  void workspaceCumulativeCountsWhatHappenedInTheWindow() {
    expect(api().delete(ws.path("Tasks/" + urgent)), 204);
    Reply stats = expect(api().get(ws.path("CumulativeStatistics"), "SplitByWaitTime", "5,30"), 200);
    assertThat(stats.number("tasks_created")).isEqualTo(3);
    assertThat(stats.number("tasks_canceled")).isEqualTo(1);
    assertThat(stats.number("tasks_deleted")).isEqualTo(1);
    assertThat(stats.number("tasks_completed")).isZero();
    assertThat(stats.number("reservations_created")).isEqualTo(2);
    assertThat(stats.number("reservations_canceled")).as("the urgent task's, deleted").isEqualTo(1);
    assertThat(stats.get("wait_duration_until_canceled")).isEqualTo(Map.of("avg", 10.0, "min", 10.0, "max", 10.0,
        "total", 10.0));
    assertThat(stats.get("split_by_wait_time")).isEqualTo(Map.of(
        "5", Map.of("above", Map.of("tasks_canceled", 1.0, "reservations_accepted", 0.0),
            "below", Map.of("tasks_canceled", 0.0, "reservations_accepted", 0.0)),
        "30", Map.of("above", Map.of("tasks_canceled", 0.0, "reservations_accepted", 0.0),
            "below", Map.of("tasks_canceled", 1.0, "reservations_accepted", 0.0))));

    SERVER.clock().advanceSeconds(120);
    Reply lastMinute = expect(api().get(ws.path("CumulativeStatistics"), "Minutes", "1"), 200);
    assertThat(lastMinute.number("tasks_created")).isZero();
    assertThat(lastMinute.get("split_by_wait_time")).isNull();
    assertThat(lastMinute.number("tasks_deleted")).isZero();
    expectError(api().get(ws.path("CumulativeStatistics"), "SplitByWaitTime", "soon"), 400, 20001, "SplitByWaitTime");
    expectError(api().get(ws.path("CumulativeStatistics"), "StartDate", "2030-01-02T00:00:00Z",
        "EndDate", "2030-01-01T00:00:00Z"), 400, 20001, "StartDate");
  }

  @Test
  void workspaceStatisticsHoldBoth() {
    Reply stats = expect(api().get(ws.path("Statistics")), 200);
    assertThat(map(stats.get("realtime")).get("total_tasks")).isEqualTo(2.0);
    assertThat(map(stats.get("cumulative")).get("tasks_created")).isEqualTo(3.0);
    assertThat(stats.string("url")).endsWith(ws.path("Statistics"));
  }

  @Test
  void workflowStatistics() {
    Reply realTime = expect(api().get(ws.path("Workflows/" + workflow + "/RealTimeStatistics")), 200);
    assertThat(realTime.string("workflow_sid")).isEqualTo(workflow);
    assertThat(realTime.number("total_tasks")).isEqualTo(2);
    Reply cumulative = expect(api().get(ws.path("Workflows/" + workflow + "/CumulativeStatistics")), 200);
    assertThat(cumulative.number("tasks_entered")).isEqualTo(3);
    assertThat(cumulative.number("tasks_canceled")).isEqualTo(1);
    assertThat(cumulative.number("tasks_timed_out_in_workflow")).isZero();
    Reply both = expect(api().get(ws.path("Workflows/" + workflow + "/Statistics")), 200);
    assertThat(map(both.get("cumulative")).get("tasks_entered")).isEqualTo(3.0);
    expectError(api().get(ws.path("Workflows/WW" + "0".repeat(32) + "/Statistics")), 404, 20404, "was not found");
  }

  @Test
  void queueStatisticsCountItsTasksAndEligibleWorkers() {
    Reply realTime = expect(api().get(ws.path("TaskQueues/" + queue + "/RealTimeStatistics")), 200);
    assertThat(realTime.string("task_queue_sid")).isEqualTo(queue);
    assertThat(realTime.number("total_tasks")).isEqualTo(2);
    assertThat(realTime.number("total_eligible_workers")).isEqualTo(2);
    assertThat(realTime.number("total_available_workers")).isEqualTo(1);
    assertThat(realTime.string("longest_relative_task_sid_in_queue")).isEqualTo(oldest);
    assertThat(realTime.number("longest_relative_task_age_in_queue")).isEqualTo(15);

    String spanish = ws.createQueue("Spanish", "TargetWorkers", "lang == 'es'");
    Reply spanishStats = expect(api().get(ws.path("TaskQueues/" + spanish + "/RealTimeStatistics")), 200);
    assertThat(spanishStats.number("total_eligible_workers")).isEqualTo(1);
    assertThat(spanishStats.number("total_available_workers")).isZero();
    assertThat(spanishStats.number("total_tasks")).isZero();
    assertThat(spanishStats.get("longest_task_waiting_sid")).isNull();

    Reply cumulative = expect(api().get(ws.path("TaskQueues/" + queue + "/CumulativeStatistics")), 200);
    assertThat(cumulative.number("tasks_entered")).isEqualTo(3);
    assertThat(cumulative.number("tasks_canceled")).isEqualTo(1);
    assertThat(map(cumulative.get("wait_duration_in_queue_until_accepted")).get("total")).isEqualTo(0.0);
    Reply both = expect(api().get(ws.path("TaskQueues/" + queue + "/Statistics"), "TaskChannel", "sms"), 200);
    assertThat(map(both.get("realtime")).get("total_tasks")).isEqualTo(1.0);
    assertThat(map(both.get("cumulative")).get("tasks_entered")).isEqualTo(1.0);
  }

  @Test
  void listsStatisticsOfEveryQueue() {
    ws.createQueue("Spanish", "TargetWorkers", "lang == 'es'");
    Reply list = expect(api().get(ws.path("TaskQueues/Statistics")), 200);
    assertThat(list.list("task_queues_statistics")).hasSize(2);
    assertThat(list.meta().get("key")).isEqualTo("task_queues_statistics");
    Reply one = expect(api().get(ws.path("TaskQueues/Statistics"), "FriendlyName", "Sample Queue"), 200);
    Map<String, Object> stats = one.list("task_queues_statistics").get(0);
    assertThat(stats.get("task_queue_sid")).isEqualTo(queue);
    assertThat(map(stats.get("realtime")).get("total_tasks")).isEqualTo(2.0);
    assertThat(map(stats.get("cumulative")).get("tasks_entered")).isEqualTo(3.0);
  }

  @Test
  void bulkRealTimeStatisticsForSeveralQueues() {
    String spanish = ws.createQueue("Spanish", "TargetWorkers", "lang == 'es'");
    Reply bulk = expect(postJson(ws.path("TaskQueues/RealTimeStatistics"),
        "{\"queueSids\":[\"" + queue + "\",\"" + spanish + "\",\"" + queue + "\"]}"), 200);
    assertThat(bulk.number("task_queue_response_count")).isEqualTo(2);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> data = (List<Map<String, Object>>) bulk.get("task_queue_data");
    assertThat(data).extracting(d -> d.get("task_queue_sid")).containsExactly(queue, spanish);
    assertThat(data.get(0).get("total_tasks")).isEqualTo(2.0);

    expectError(postJson(ws.path("TaskQueues/RealTimeStatistics"), "[\"" + queue + "\"]"), 400, 20001,
        "must be a JSON object");
    expectError(postJson(ws.path("TaskQueues/RealTimeStatistics"), "{\"queueSids\":[]}"), 400, 20001, "queueSids");
    expectError(postJson(ws.path("TaskQueues/RealTimeStatistics"), "{\"queueSids\":[1"), 400, 20001,
        "must be a JSON object");
    String tooMany = "{\"queueSids\":[" + String.join(",", java.util.Collections.nCopies(51, "\"" + queue + "\""))
        + "]}";
    expectError(postJson(ws.path("TaskQueues/RealTimeStatistics"), tooMany), 400, 20001, "queueSids must hold");
  }

  @Test
  void workerStatisticsComeFromActivityChanges() {
    String alex = sids(api().get(ws.path("Workers"), "FriendlyName", "Alex"), "workers").get(0);
    // Jamie: Available since creation (15 s ago); now 60 s more Available, then 30 s Unavailable.
    SERVER.clock().advanceSeconds(60);
    expect(api().post(ws.path("Workers/" + jamie), "ActivitySid", ws.activity("Unavailable"),
        "RejectPendingReservations", "true"), 200);
    SERVER.clock().advanceSeconds(30);

    Reply instance = expect(api().get(ws.path("Workers/" + jamie + "/Statistics")), 200);
    assertThat(instance.string("worker_sid")).isEqualTo(jamie);
    Map<String, Map<String, Object>> durations = durations(map(instance.get("cumulative")));
    assertThat(durations.get("Available").get("total")).isEqualTo(75.0);
    assertThat(durations.get("Unavailable").get("total")).isEqualTo(30.0);
    assertThat(durations.get("Offline").get("total")).isEqualTo(0.0);
    assertThat(map(instance.get("cumulative")).get("reservations_accepted")).isEqualTo(0.0);
    assertThat(map(instance.get("cumulative")).get("reservations_rejected")).isEqualTo(2.0);

    Reply all = expect(api().get(ws.path("Workers/CumulativeStatistics")), 200);
    assertThat(durations(all.json()).get("Offline").get("total")).as("Alex, offline all along").isEqualTo(105.0);
    Reply lastMinute = expect(api().get(ws.path("Workers/CumulativeStatistics"), "Minutes", "1"), 200);
    assertThat(durations(lastMinute.json()).get("Unavailable").get("total")).isEqualTo(30.0);
    assertThat(durations(lastMinute.json()).get("Available").get("total")).isEqualTo(30.0);

    Reply realTime = expect(api().get(ws.path("Workers/RealTimeStatistics")), 200);
    assertThat(realTime.number("total_workers")).isEqualTo(2);
    assertThat(activityWorkers(realTime)).containsEntry("Unavailable", 1L).containsEntry("Offline", 1L);

    String spanish = ws.createQueue("Spanish", "TargetWorkers", "lang == 'es'");
    Reply filtered = expect(api().get(ws.path("Workers/Statistics"), "TaskQueueSid", spanish), 200);
    assertThat(map(filtered.get("realtime")).get("total_workers")).isEqualTo(1.0);
    assertThat(durations(map(filtered.get("cumulative"))).get("Unavailable").get("total")).isEqualTo(0.0);
    assertThat(map(expect(api().get(ws.path("Workers/Statistics"), "FriendlyName", "Alex"), 200).get("realtime")))
        .containsEntry("total_workers", 1.0).containsEntry("activity_statistics", List.of(
            Map.of("sid", ws.activity("Offline"), "friendly_name", "Offline", "workers", 1.0),
            Map.of("sid", ws.activity("Available"), "friendly_name", "Available", "workers", 0.0),
            Map.of("sid", ws.activity("Unavailable"), "friendly_name", "Unavailable", "workers", 0.0)));
    expectError(api().get(ws.path("Workers/" + alex + "/Statistics"), "TaskChannel", "fax"), 400, 20001,
        "TaskChannel");
  }

  private Reply postJson(String path, String json) {
    return api().postRaw(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> durations(Map<String, Object> cumulative) {
    Map<String, Map<String, Object>> byName = new java.util.HashMap<>();
    for (Map<String, Object> entry : (List<Map<String, Object>>) cumulative.get("activity_durations")) {
      byName.put((String) entry.get("friendly_name"), entry);
    }
    return byName;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Long> activityWorkers(Reply stats) {
    Map<String, Long> counts = new java.util.HashMap<>();
    for (Map<String, Object> entry : (List<Map<String, Object>>) stats.get("activity_statistics")) {
      counts.put((String) entry.get("friendly_name"), ((Number) entry.get("workers")).longValue());
    }
    return counts;
  }
}
