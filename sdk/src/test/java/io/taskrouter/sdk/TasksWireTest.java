package io.taskrouter.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.model.Task;
import io.taskrouter.sdk.model.TaskStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class TasksWireTest extends MockApi {

  @Test
  void createSendsEveryFormFieldAndParsesTheTask() {
    respondWithETag(201, fixture("task.json"), "0");

    Task task = client.workspace(WS).tasks().create(p -> p
        .timeout(3600)
        .priority(7)
        .taskChannel("voice")
        .workflowSid(WW)
        .attributes(Map.of("type", "call"))
        .virtualStartTime(OffsetDateTime.parse("2026-11-24T16:00:00+01:00"))
        .routingTarget(WK)
        .ignoreCapacity("true")
        .taskQueueSid(WQ));

    RecordedRequest request = take();
    assertRequest(request, "POST", "/v1/Workspaces/" + WS + "/Tasks");
    assertThat(form(request)).containsExactly(
        Map.entry("Timeout", List.of("3600")),
        Map.entry("Priority", List.of("7")),
        Map.entry("TaskChannel", List.of("voice")),
        Map.entry("WorkflowSid", List.of(WW)),
        Map.entry("Attributes", List.of("{\"type\":\"call\"}")),
        Map.entry("VirtualStartTime", List.of("2026-11-24T15:00:00Z")),
        Map.entry("RoutingTarget", List.of(WK)),
        Map.entry("IgnoreCapacity", List.of("true")),
        Map.entry("TaskQueueSid", List.of(WQ)));

    assertThat(task.getSid()).isEqualTo(WT);
    assertThat(task.getAge()).isEqualTo(25200);
    assertThat(task.getAssignmentStatus()).isEqualTo(TaskStatus.PENDING);
    assertThat(task.getPriority()).isEqualTo(7);
    assertThat(task.getTimeout()).isEqualTo(3600);
    assertThat(task.getDateCreated()).isEqualTo(OffsetDateTime.parse("2026-11-24T15:00:00Z"));
    assertThat(task.getAttributesAsMap()).containsEntry("customer_value", "gold")
        .containsEntry("languages", List.of("en", "es"));
    assertThat(task.getLinks()).containsKey("reservations");
    assertThat(task.getReason()).isNull();
    assertThat(task.getIgnoreCapacity()).isFalse();
    assertThat(task.getETag()).isEqualTo("0");
  }

  @Test
  void createWithNoOptionsSendsAnEmptyForm() {
    respondWithETag(201, fixture("task.json"), "0");

    client.workspace(WS).tasks().create();

    RecordedRequest request = take();
    assertRequest(request, "POST", "/v1/Workspaces/" + WS + "/Tasks");
    assertThat(form(request)).isEmpty();
  }
}
