package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.support.Reply;
import io.taskrouter.local.support.ServerTest;
import io.taskrouter.local.support.Workspace;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkspacesTest extends ServerTest {

  @Test
  void createsAWorkspaceWithTheDefaultActivitiesAndChannels() {
    Reply created = expect(api().post("/v1/Workspaces", "FriendlyName", "Support",
        "EventCallbackUrl", "https://example.com/events", "PrioritizeQueueOrder", "LIFO"), 201);

    String sid = created.sid();
    assertThat(sid).matches("WS[0-9a-f]{32}");
    assertThat(created.string("friendly_name")).isEqualTo("Support");
    assertThat(created.string("account_sid")).isEqualTo(TaskRouterLocal.DEFAULT_ACCOUNT_SID);
    assertThat(created.string("date_created")).isEqualTo("2026-11-24T15:00:00Z").isEqualTo(created.string("date_updated"));
    assertThat(created.string("event_callback_url")).isEqualTo("https://example.com/events");
    assertThat(created.get("events_filter")).isNull();
    assertThat(created.get("multi_task_enabled")).isEqualTo(true);
    assertThat(created.string("prioritize_queue_order")).isEqualTo("LIFO");
    assertThat(created.string("default_activity_name")).isEqualTo("Offline");
    assertThat(created.string("timeout_activity_name")).isEqualTo("Offline");
    assertThat(created.string("timeout_activity_sid")).isEqualTo(created.string("default_activity_sid"));
    assertThat(created.string("url")).isEqualTo(SERVER.baseUrl() + "/v1/Workspaces/" + sid);
    @SuppressWarnings("unchecked")
    Map<String, Object> links = (Map<String, Object>) created.get("links");
    assertThat(links).containsEntry("tasks", SERVER.baseUrl() + "/v1/Workspaces/" + sid + "/Tasks")
        .containsKeys("activities", "task_channels", "task_queues", "workers", "workflows", "events", "statistics",
            "real_time_statistics", "cumulative_statistics");

    Reply activities = api().get("/v1/Workspaces/" + sid + "/Activities");
    assertThat(activities.list("activities")).extracting(a -> a.get("friendly_name") + "/" + a.get("available"))
        .containsExactly("Offline/false", "Available/true", "Unavailable/false");
    Reply channels = api().get("/v1/Workspaces/" + sid + "/TaskChannels");
    assertThat(channels.list("channels")).extracting(c -> c.get("unique_name"))
        .containsExactly("voice", "sms", "chat", "video", "default");
    assertThat(api().get("/v1/Workspaces/" + sid + "/TaskQueues").list("task_queues")).isEmpty();
    assertThat(api().get("/v1/Workspaces/" + sid + "/Workflows").list("workflows")).isEmpty();
  }

  @Test
  void theFifoTemplateAddsAQueueForEveryoneAndAWorkflowToIt() {
    Workspace ws = workspace("FIFO");

    Map<String, Object> queue = api().get(ws.path("TaskQueues")).list("task_queues").get(0);
    assertThat(queue.get("friendly_name")).isEqualTo("Sample Queue");
    assertThat(queue.get("target_workers")).isEqualTo("1==1");
    assertThat(queue.get("task_order")).isEqualTo("FIFO");
    Map<String, Object> workflow = api().get(ws.path("Workflows")).list("workflows").get(0);
    assertThat(workflow.get("friendly_name")).isEqualTo("Default Fifo Workflow");
    assertThat((String) workflow.get("configuration")).contains("\"default_filter\":{\"queue\":\"" + queue.get("sid"));
    assertThat(((Number) workflow.get("task_reservation_timeout")).intValue()).isEqualTo(120);

    Reply task = expect(api().post(ws.path("Tasks"), "Attributes", "{\"type\":\"ticket\"}"), 201);
    assertThat(task.string("task_queue_sid")).isEqualTo(queue.get("sid"));
    assertThat(task.string("workflow_sid")).isEqualTo(workflow.get("sid"));
  }

  @Test
  void fetchesListsAndFiltersByFriendlyName() {
    Workspace first = workspace("NONE");
    Workspace second = workspace("FIFO");

    assertThat(expect(api().get("/v1/Workspaces/" + first.sid), 200).sid()).isEqualTo(first.sid);
    assertThat(sids(api().get("/v1/Workspaces"), "workspaces")).containsExactly(first.sid, second.sid);
    assertThat(sids(api().get("/v1/Workspaces", "FriendlyName", "Test FIFO"), "workspaces")).containsExactly(second.sid);
    assertThat(sids(api().get("/v1/Workspaces", "FriendlyName", "nobody"), "workspaces")).isEmpty();
  }

  @Test
  void updatesEverySettingAndMovesDateUpdated() {
    Workspace ws = workspace("NONE");
    String available = ws.activity("Available");
    String unavailable = ws.activity("Unavailable");
    SERVER.clock().advanceSeconds(90);

    Reply updated = expect(api().post(ws.path(""), "FriendlyName", "Renamed", "DefaultActivitySid", available,
        "TimeoutActivitySid", unavailable, "EventCallbackUrl", "http://localhost/cb", "EventsFilter", "task.created",
        "PrioritizeQueueOrder", "LIFO"), 200);

    assertThat(updated.string("friendly_name")).isEqualTo("Renamed");
    assertThat(updated.string("default_activity_sid")).isEqualTo(available);
    assertThat(updated.string("default_activity_name")).isEqualTo("Available");
    assertThat(updated.string("timeout_activity_name")).isEqualTo("Unavailable");
    assertThat(updated.string("event_callback_url")).isEqualTo("http://localhost/cb");
    assertThat(updated.string("events_filter")).isEqualTo("task.created");
    assertThat(updated.string("prioritize_queue_order")).isEqualTo("LIFO");
    assertThat(updated.string("date_updated")).isNotEqualTo(updated.string("date_created"));

    Reply cleared = expect(api().post(ws.path(""), "EventCallbackUrl", ""), 200);
    assertThat(cleared.get("event_callback_url")).isNull();
    Reply worker = expect(api().post(ws.path("Workers"), "FriendlyName", "Jamie"), 201);
    assertThat(worker.string("activity_sid")).as("new workers start in the default activity").isEqualTo(available);
  }

  @Test
  void multitaskingCannotBeTurnedOffOnceOn() {
    Workspace ws = workspace("NONE");
    expectError(api().post(ws.path(""), "MultiTaskEnabled", "false"), 400, 20001, "MultiTaskEnabled");

    String single = expect(api().post("/v1/Workspaces", "FriendlyName", "Single", "MultiTaskEnabled", "false"), 201)
        .sid();
    assertThat(expect(api().post("/v1/Workspaces/" + single, "MultiTaskEnabled", "true"), 200)
        .get("multi_task_enabled")).isEqualTo(true);
  }

  @Test
  void deletingAWorkspaceDeletesEverythingInIt() {
    Workspace ws = workspace("FIFO");
    String task = ws.createTask();

    expect(api().delete(ws.path("")), 204);

    expectError(api().get(ws.path("")), 404, 20404, "/Workspaces/" + ws.sid + " was not found");
    expectError(api().get(ws.path("Tasks/" + task)), 404, 20404, "was not found");
    assertThat(api().get("/v1/Workspaces").list("workspaces")).isEmpty();
  }

  @Test
  void refusesAnUnknownTemplate() {
    expectError(api().post("/v1/Workspaces", "FriendlyName", "X", "Template", "ROUND_ROBIN"), 400, 20001,
        "Template");
    assertThat(api().get("/v1/Workspaces").list("workspaces")).isEmpty();
  }
}
