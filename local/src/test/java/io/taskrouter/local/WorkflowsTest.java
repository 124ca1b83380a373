package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.support.Reply;
import io.taskrouter.local.support.ServerTest;
import io.taskrouter.local.support.Workspace;
import org.junit.jupiter.api.Test;

class WorkflowsTest extends ServerTest {

  private static String config(String filters, String defaultQueue) {
    return "{\"task_routing\":{\"filters\":[" + filters + "],\"default_filter\":{\"queue\":\"" + defaultQueue + "\"}}}";
  }

  @Test
  void createsFetchesUpdatesAndDeletes() {
    Workspace ws = workspace("NONE");
    String queue = ws.createQueue("Support");
    String configuration = config("", queue);
    Reply created = expect(api().post(ws.path("Workflows"), "FriendlyName", "Router", "Configuration", configuration,
        "AssignmentCallbackUrl", "https://example.com/assign", "TaskReservationTimeout", "30"), 201);
    assertThat(created.sid()).matches("WW[0-9a-f]{32}");
    assertThat(created.string("configuration")).isEqualTo(configuration);
    assertThat(created.string("document_content_type")).isEqualTo("application/json");
    assertThat(created.string("assignment_callback_url")).isEqualTo("https://example.com/assign");
    assertThat(created.get("fallback_assignment_callback_url")).isNull();
    assertThat(created.number("task_reservation_timeout")).isEqualTo(30);

    Reply updated = expect(api().post(ws.path("Workflows/" + created.sid()), "FriendlyName", "Renamed",
        "FallbackAssignmentCallbackUrl", "https://example.com/fallback", "AssignmentCallbackUrl", ""), 200);
    assertThat(updated.string("friendly_name")).isEqualTo("Renamed");
    assertThat(updated.get("assignment_callback_url")).isNull();
    assertThat(updated.string("fallback_assignment_callback_url")).isEqualTo("https://example.com/fallback");
    assertThat(sids(api().get(ws.path("Workflows"), "FriendlyName", "Renamed"), "workflows"))
        .containsExactly(created.sid());

    expect(api().delete(ws.path("Workflows/" + created.sid())), 204);
    expectError(api().get(ws.path("Workflows/" + created.sid())), 404, 20404, "was not found");
  }

  @Test
  void refusesConfigurationsTheServiceWouldRefuse() {
    Workspace ws = workspace("NONE");
    String queue = ws.createQueue("Support");
    String missing = "WQ" + "0".repeat(32);
    expectError(api().post(ws.path("Workflows"), "FriendlyName", "W", "Configuration", "{not json"), 400, 20001,
        "Configuration must be a JSON object");
    expectError(api().post(ws.path("Workflows"), "FriendlyName", "W", "Configuration", "{}"), 400, 20001,
        "task_routing must be an object");
    expectError(api().post(ws.path("Workflows"), "FriendlyName", "W", "Configuration", config("", missing)), 400,
        20001, "TaskQueue " + missing + ", which does not exist");
    expectError(api().post(ws.path("Workflows"), "FriendlyName", "W", "Configuration",
        config("{\"expression\":\"1==1\",\"targets\":[]}", queue)), 400, 20001, "non-empty targets");
    expectError(api().post(ws.path("Workflows"), "FriendlyName", "W", "Configuration",
        config("{\"targets\":[{\"queue\":\"" + queue + "\"}]}", queue)), 400, 20001, "needs an expression");
    expectError(api().post(ws.path("Workflows"), "FriendlyName", "W"), 400, 20001,
        "Configuration is required");
    expectError(api().post(ws.path("Workflows"), "FriendlyName", "W", "Configuration", config("", queue),
        "TaskReservationTimeout", "86401"), 400, 20001, "TaskReservationTimeout");
    assertThat(api().get(ws.path("Workflows")).list("workflows")).isEmpty();
  }

  @Test
  void routesEachTaskToTheFirstMatchingFilterElseTheDefault() {
    Workspace ws = workspace("NONE");
    String gold = ws.createQueue("Gold");
    String other = ws.createQueue("Other");
    // Legacy spellings (friendly_name, task_queue_sid, priority as a string) appear in published examples.
    String workflow = expect(api().post(ws.path("Workflows"), "FriendlyName", "Tiered", "Configuration",
        config("{\"friendly_name\":\"Gold\",\"expression\":\"customer_value == 'Gold'\","
            + "\"targets\":[{\"task_queue_sid\":\"" + gold + "\",\"priority\":\"7\"}]}", other)), 201).sid();

    Reply goldTask = expect(api().post(ws.path("Tasks"), "WorkflowSid", workflow,
        "Attributes", "{\"customer_value\":\"Gold\"}"), 201);
    assertThat(goldTask.string("task_queue_sid")).isEqualTo(gold);
    assertThat(goldTask.string("task_queue_friendly_name")).isEqualTo("Gold");
    assertThat(goldTask.number("priority")).as("the target's priority overrides").isEqualTo(7);
    Reply plainTask = expect(api().post(ws.path("Tasks"), "WorkflowSid", workflow,
        "Attributes", "{\"customer_value\":\"Silver\"}", "Priority", "2"), 201);
    assertThat(plainTask.string("task_queue_sid")).isEqualTo(other);
    assertThat(plainTask.number("priority")).isEqualTo(2);

    // Attributes changed while pending: routed again, keeping its age.
    SERVER.clock().advanceSeconds(10);
    Reply moved = expect(api().post(ws.path("Tasks/" + plainTask.sid()),
        "Attributes", "{\"customer_value\":\"Gold\"}"), 200);
    assertThat(moved.string("task_queue_sid")).isEqualTo(gold);
    assertThat(moved.number("age")).isEqualTo(10);
  }

  @Test
  void reEvaluateTasksMovesPendingTasksToTheNewConfiguration() {
    Workspace ws = workspace("NONE");
    String first = ws.createQueue("First");
    String second = ws.createQueue("Second");
    String workflow = ws.createWorkflow("Router", first);
    String task = ws.createTask("WorkflowSid", workflow);

    expect(api().post(ws.path("Workflows/" + workflow), "Configuration", config("", second)), 200);
    assertThat(api().get(ws.path("Tasks/" + task)).string("task_queue_sid")).as("not re-evaluated").isEqualTo(first);

    expect(api().post(ws.path("Workflows/" + workflow), "Configuration", config("", second),
        "ReEvaluateTasks", "true"), 200);
    assertThat(api().get(ws.path("Tasks/" + task)).string("task_queue_sid")).isEqualTo(second);
  }

  @Test
  void aWorkflowWithOpenTasksCannotBeDeleted() {
    Workspace ws = workspace("FIFO");
    String workflow = ws.workflow("Default Fifo Workflow");
    String task = ws.createTask();
    expectError(api().delete(ws.path("Workflows/" + workflow)), 400, 20001, "Workflow " + workflow);
    expect(api().delete(ws.path("Tasks/" + task)), 204);
    expect(api().delete(ws.path("Workflows/" + workflow)), 204);
  }
}
