package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.support.Reply;
import io.taskrouter.local.support.ServerTest;
import io.taskrouter.local.support.Workspace;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TasksTest extends ServerTest {

  @Test
  void createsAPendingTaskInTheOnlyWorkflow() {
    Workspace ws = workspace("FIFO");
    Reply task = expect(api().post(ws.path("Tasks"), "Attributes", "{\"type\":\"ticket\"}", "Priority", "3",
        "Timeout", "600", "TaskChannel", "chat"), 201);
    assertThat(task.sid()).matches("WT[0-9a-f]{32}");
    assertThat(task.string("assignment_status")).isEqualTo("pending");
    assertThat(task.number("age")).isZero();
    assertThat(task.number("priority")).isEqualTo(3);
    assertThat(task.number("timeout")).isEqualTo(600);
    assertThat(task.string("task_channel_unique_name")).isEqualTo("chat");
    assertThat(task.string("task_channel_sid")).isEqualTo(ws.channel("chat"));
    assertThat(task.string("workflow_friendly_name")).isEqualTo("Default Fifo Workflow");
    assertThat(task.string("task_queue_friendly_name")).isEqualTo("Sample Queue");
    assertThat(task.string("task_queue_entered_date")).isEqualTo(task.string("date_created"));
    assertThat(task.string("virtual_start_time")).isEqualTo(task.string("date_created"));
    assertThat(task.get("reason")).isNull();
    assertThat(task.header("ETag")).isEqualTo("0");

    Reply defaults = expect(api().post(ws.path("Tasks")), 201);
    assertThat(defaults.string("attributes")).isEqualTo("{}");
    assertThat(defaults.number("timeout")).isEqualTo(86_400);
    assertThat(defaults.number("priority")).isZero();
    assertThat(defaults.string("task_channel_unique_name")).isEqualTo("default");
  }

  @Test
  void theWorkflowMustBeNamedWhenTheWorkspaceHasNoneOrSeveral() {
    Workspace ws = workspace("NONE");
    expectError(api().post(ws.path("Tasks")), 400, 20001, "WorkflowSid is required");
    String queue = ws.createQueue("Q");
    ws.createWorkflow("One", queue);
    String two = ws.createWorkflow("Two", queue);
    expectError(api().post(ws.path("Tasks")), 400, 20001, "the workspace has 2 workflows");
    assertThat(api().get(ws.path("Tasks")).list("tasks")).isEmpty();
    assertThat(expect(api().post(ws.path("Tasks"), "WorkflowSid", two), 201).string("workflow_sid")).isEqualTo(two);
  }

  @Test
  void routesStraightToAQueueOrAWorker() {
    Workspace ws = workspace("NONE");
    String queue = ws.createQueue("Direct");
    String worker = ws.createWorker("Jamie");
    Reply direct = expect(api().post(ws.path("Tasks"), "TaskQueueSid", queue), 201);
    assertThat(direct.string("task_queue_sid")).isEqualTo(queue);
    assertThat(direct.get("workflow_sid")).isNull();

    Reply targeted = expect(api().post(ws.path("Tasks"), "RoutingTarget", worker), 201);
    assertThat(targeted.string("routing_target")).isEqualTo(worker);
    assertThat(targeted.get("ignore_capacity")).as("defaults to true for a worker target").isEqualTo(true);
    assertThat(targeted.get("task_queue_sid")).isNull();
    assertThat(sids(api().get(ws.path("Tasks"), "RoutingTarget", worker), "tasks")).containsExactly(targeted.sid());

    expectError(api().post(ws.path("Tasks"), "RoutingTarget", "XX" + "0".repeat(32)), 400, 20001, "RoutingTarget");
    expectError(api().post(ws.path("Tasks"), "RoutingTarget", "WK" + "0".repeat(32)), 400, 20001, "does not exist");
  }

  @Test
  void updatesWithIfMatchAndRefusesAStaleRevision() {
    Workspace ws = workspace("FIFO");
    String task = ws.createTask("Attributes", "{\"n\":0}");
    Reply first = expect(api().withHeader("If-Match", "0").post(ws.path("Tasks/" + task), "Attributes", "{\"n\":1}",
        "Priority", "9"), 200);
    assertThat(first.header("ETag")).isEqualTo("1");
    assertThat(first.number("priority")).isEqualTo(9);

    expectError(api().withHeader("If-Match", "0").post(ws.path("Tasks/" + task), "Attributes", "{\"n\":2}"), 412,
        20412, "does not match the current ETag 1");
    Reply unchanged = api().get(ws.path("Tasks/" + task));
    assertThat(unchanged.string("attributes")).isEqualTo("{\"n\":1}");
    assertThat(unchanged.header("ETag")).isEqualTo("1");

    expect(api().post(ws.path("Tasks/" + task), "Attributes", "{\"n\":3}"), 200);
    assertThat(api().get(ws.path("Tasks/" + task)).header("ETag")).as("no If-Match: last writer wins").isEqualTo("2");
  }

  @Test
  void cancelsAWaitingTaskButNeverAFinishedOne() {
    Workspace ws = workspace("FIFO");
    String task = ws.createTask();
    expectError(api().post(ws.path("Tasks/" + task), "AssignmentStatus", "completed"), 400, 20001,
        "because it is not assigned or wrapping");
    expectError(api().post(ws.path("Tasks/" + task), "AssignmentStatus", "wrapping"), 400, 20001,
        "because it's not currently assigned");
    expectError(api().post(ws.path("Tasks/" + task), "AssignmentStatus", "reserved"), 400, 20001,
        "cannot be set through the API");
    expectError(api().post(ws.path("Tasks/" + task), "Reason", "why"), 400, 20001, "Reason");

    Reply canceled = expect(api().post(ws.path("Tasks/" + task), "AssignmentStatus", "canceled",
        "Reason", "customer hung up"), 200);
    assertThat(canceled.string("assignment_status")).isEqualTo("canceled");
    assertThat(canceled.string("reason")).isEqualTo("customer hung up");
    expectError(api().post(ws.path("Tasks/" + task), "AssignmentStatus", "canceled"), 400, 20001,
        "Cannot cancel task " + task + " because it is not pending or reserved");
  }

  @Test
  void theTimeToLiveCancelsAWaitingTaskAndFinishedTasksGoFiveMinutesLater() {
    Workspace ws = workspace("FIFO");
    String task = ws.createTask("Timeout", "60");
    SERVER.clock().advanceSeconds(59);
    assertThat(api().get(ws.path("Tasks/" + task)).string("assignment_status")).isEqualTo("pending");

    SERVER.clock().advanceSeconds(1);
    Reply expired = api().get(ws.path("Tasks/" + task));
    assertThat(expired.string("assignment_status")).isEqualTo("canceled");
    assertThat(expired.string("reason")).isEqualTo("Task TTL Exceeded");
    assertThat(expired.number("age")).isEqualTo(60);

    SERVER.clock().advanceSeconds(299);
    expect(api().get(ws.path("Tasks/" + task)), 200);
    SERVER.clock().advanceSeconds(1);
    expectError(api().get(ws.path("Tasks/" + task)), 404, 20404, "was not found");
  }

  @Test
  void ageGrowsWithTheClock() {
    Workspace ws = workspace("FIFO");
    String task = ws.createTask();
    SERVER.clock().advanceSeconds(125);
    assertThat(api().get(ws.path("Tasks/" + task)).number("age")).isEqualTo(125);
  }

  @Test
  void filtersAndOrdersTasks() {
    Workspace ws = workspace("FIFO");
    String queue = ws.queue("Sample Queue");
    String workflow = ws.workflow("Default Fifo Workflow");
    String low = ws.createTask("Priority", "1", "Attributes", "{\"type\":\"ticket\"}");
    SERVER.clock().advanceSeconds(1);
    String high = ws.createTask("Priority", "5", "Attributes", "{\"type\":\"call\"}");
    SERVER.clock().advanceSeconds(1);
    String canceled = ws.createTask("Priority", "5");
    api().post(ws.path("Tasks/" + canceled), "AssignmentStatus", "canceled");

    assertThat(sids(api().get(ws.path("Tasks")), "tasks")).containsExactly(low, high, canceled);
    assertThat(sids(api().get(ws.path("Tasks"), "Priority", "5"), "tasks")).containsExactly(high, canceled);
    assertThat(sids(api().get(ws.path("Tasks"), "AssignmentStatus", "pending"), "tasks")).containsExactly(low, high);
    assertThat(sids(api().get(ws.path("Tasks"), "AssignmentStatus", "canceled,completed"), "tasks"))
        .containsExactly(canceled);
    assertThat(sids(api().get(ws.path("Tasks"), "AssignmentStatus", "canceled", "AssignmentStatus", "pending"),
        "tasks")).containsExactly(low, high, canceled);
    assertThat(sids(api().get(ws.path("Tasks"), "TaskQueueSid", queue), "tasks")).hasSize(3);
    assertThat(sids(api().get(ws.path("Tasks"), "TaskQueueName", "Nope"), "tasks")).isEmpty();
    assertThat(sids(api().get(ws.path("Tasks"), "WorkflowSid", workflow), "tasks")).hasSize(3);
    assertThat(sids(api().get(ws.path("Tasks"), "WorkflowName", "Default Fifo Workflow"), "tasks")).hasSize(3);
    assertThat(sids(api().get(ws.path("Tasks"), "EvaluateTaskAttributes", "type == 'call'"), "tasks"))
        .containsExactly(high);
    assertThat(sids(api().get(ws.path("Tasks"), "HasAddons", "true"), "tasks")).isEmpty();
    assertThat(sids(api().get(ws.path("Tasks"), "Ordering", "Priority:desc,DateCreated:desc"), "tasks"))
        .containsExactly(canceled, high, low);
    assertThat(sids(api().get(ws.path("Tasks"), "Ordering", "DateCreated:desc"), "tasks"))
        .containsExactly(canceled, high, low);

    expectError(api().get(ws.path("Tasks"), "Ordering", "DateCreated:asc,VirtualStartTime:asc"), 400, 20001,
        "cannot be combined");
    expectError(api().get(ws.path("Tasks"), "AssignmentStatus", "lost"), 400, 20001, "AssignmentStatus");
    expectError(api().get(ws.path("Tasks"), "EvaluateTaskAttributes", "a HAS"), 400, 20001,
        "EvaluateTaskAttributes");
    expectError(api().get(ws.path("Tasks"), "Priority", "high"), 400, 20001, "Priority");
  }

  @Test
  void virtualStartTimeIsSettableButNotInTheFuture() {
    Workspace ws = workspace("FIFO");
    Instant now = SERVER.clock().instant();
    Reply task = expect(api().post(ws.path("Tasks"), "VirtualStartTime", now.minusSeconds(3600).toString()), 201);
    assertThat(Instant.parse(task.string("virtual_start_time"))).isEqualTo(now.minusSeconds(3600));
    expectError(api().post(ws.path("Tasks"), "VirtualStartTime", now.plusSeconds(60).toString()), 400, 20001,
        "VirtualStartTime");
    expectError(api().post(ws.path("Tasks"), "VirtualStartTime", "yesterday"), 400, 20001, "ISO 8601");
  }

  @Test
  void deletesWithIfMatch() {
    Workspace ws = workspace("FIFO");
    String task = ws.createTask();
    expectError(api().withHeader("If-Match", "5").delete(ws.path("Tasks/" + task)), 412, 20412, "ETag 0");
    expect(api().get(ws.path("Tasks/" + task)), 200);
    expect(api().withHeader("If-Match", "0").delete(ws.path("Tasks/" + task)), 204);
    expectError(api().get(ws.path("Tasks/" + task)), 404, 20404, "Tasks/" + task);
  }

  @Test
  void statusAndAttributesOfACompletionGoInSeparateRequests() {
    Workspace ws = workspace("FIFO");
    String task = ws.createTask();
    expectError(api().post(ws.path("Tasks/" + task), "AssignmentStatus", "completed", "Attributes", "{}"), 400, 20001,
        "send two requests");
  }
}
