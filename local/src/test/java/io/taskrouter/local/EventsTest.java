package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.support.Reply;
import io.taskrouter.local.support.ServerTest;
import io.taskrouter.local.support.Workspace;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventsTest extends ServerTest {

  @Test
  void recordsWhatHappensNewestFirst() {
    Workspace ws = workspace("FIFO");
    String task = ws.createTask("Attributes", "{\"type\":\"ticket\"}");
    api().post(ws.path("Tasks/" + task), "AssignmentStatus", "canceled", "Reason", "gone");

    List<Map<String, Object>> events = api().get(ws.path("Events"), "TaskSid", task).list("events");
    assertThat(events).extracting(e -> e.get("event_type")).containsExactly("task.canceled", "task-queue.entered",
        "workflow.target-matched", "workflow.entered", "task.created");
    Map<String, Object> canceled = events.get(0);
    assertThat(canceled.get("resource_sid")).isEqualTo(task);
    assertThat(canceled.get("resource_type")).isEqualTo("task");
    assertThat(canceled.get("resource_url")).isEqualTo(SERVER.baseUrl() + ws.path("Tasks/" + task));
    assertThat(canceled.get("actor_type")).isEqualTo("account");
    assertThat(canceled.get("source_ip_address")).isEqualTo("127.0.0.1");
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) canceled.get("event_data");
    assertThat(data).containsEntry("task_sid", task).containsEntry("task_canceled_reason", "gone")
        .containsEntry("task_assignment_status", "canceled").containsEntry("task_age", "0");

    String sid = (String) canceled.get("sid");
    Reply fetched = expect(api().get(ws.path("Events/" + sid)), 200);
    assertThat(fetched.string("event_type")).isEqualTo("task.canceled");
    assertThat(fetched.number("event_date_ms")).isEqualTo(Instant.parse(fetched.string("event_date")).toEpochMilli());
  }

  @Test
  void filtersByTypeResourceAndChannel() {
    Workspace ws = workspace("FIFO");
    String worker = ws.createWorker("Jamie");
    api().post(ws.path("Workers/" + worker), "ActivitySid", ws.activity("Available"));
    ws.createTask("TaskChannel", "sms");

    assertThat(api().get(ws.path("Events"), "WorkerSid", worker).list("events")).extracting(e -> e.get("event_type"))
        .containsExactly("reservation.created", "worker.activity.update", "worker.created");
    assertThat(api().get(ws.path("Events"), "EventType", "task.created", "TaskChannel", "sms").list("events"))
        .hasSize(1);
    assertThat(api().get(ws.path("Events"), "EventType", "task.created", "TaskChannel", "voice").list("events"))
        .isEmpty();
    assertThat(api().get(ws.path("Events"), "EventType", "activity.created").list("events")).hasSize(3);
    assertThat(api().get(ws.path("Events"), "TaskQueueSid", ws.queue("Sample Queue"), "EventType",
        "task-queue.entered").list("events")).hasSize(1);
  }

  @Test
  void listsTheLastFifteenMinutesUnlessToldOtherwise() {
    Workspace ws = workspace("FIFO");
    Instant created = SERVER.clock().instant();
    ws.createTask();
    SERVER.clock().advanceSeconds(16 * 60);

    assertThat(api().get(ws.path("Events")).list("events")).isEmpty();
    assertThat(api().get(ws.path("Events"), "Minutes", "20").list("events")).isNotEmpty();
    assertThat(api().get(ws.path("Events"), "StartDate", created.toString(), "EventType", "task.created")
        .list("events")).hasSize(1);
    expectError(api().get(ws.path("Events"), "Minutes", "5", "StartDate", created.toString()), 400, 20001, "Minutes");
    expectError(api().get(ws.path("Events"), "Minutes", "0"), 400, 20001, "Minutes");
    expectError(api().get(ws.path("Events/EV" + "0".repeat(32))), 404, 20404, "was not found");
  }
}
