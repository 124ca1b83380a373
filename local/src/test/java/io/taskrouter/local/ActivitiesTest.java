package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.support.Reply;
import io.taskrouter.local.support.ServerTest;
import io.taskrouter.local.support.Workspace;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivitiesTest extends ServerTest {

  @Test
  void createsFetchesUpdatesAndDeletes() {
    Workspace ws = workspace("NONE");
    Reply created = expect(api().post(ws.path("Activities"), "FriendlyName", "Break", "Available", "true"), 201);
    String sid = created.sid();
    assertThat(sid).matches("WA[0-9a-f]{32}");
    assertThat(created.get("available")).isEqualTo(true);
    assertThat(created.string("workspace_sid")).isEqualTo(ws.sid);
    assertThat(created.string("url")).isEqualTo(SERVER.baseUrl() + ws.path("Activities/" + sid));

    assertThat(expect(api().get(ws.path("Activities/" + sid)), 200).string("friendly_name")).isEqualTo("Break");
    SERVER.clock().advanceSeconds(5);
    Reply renamed = expect(api().post(ws.path("Activities/" + sid), "FriendlyName", "Lunch"), 200);
    assertThat(renamed.string("friendly_name")).isEqualTo("Lunch");
    assertThat(renamed.string("date_updated")).isNotEqualTo(renamed.string("date_created"));

    expect(api().delete(ws.path("Activities/" + sid)), 204);
    expectError(api().get(ws.path("Activities/" + sid)), 404, 20404, "Activities/" + sid);
  }

  @Test
  void availableDefaultsToFalseAndIsFixedAtCreation() {
    Workspace ws = workspace("NONE");
    String sid = expect(api().post(ws.path("Activities"), "FriendlyName", "Training"), 201).sid();
    assertThat(api().get(ws.path("Activities/" + sid)).get("available")).isEqualTo(false);
    // UpdateActivity has no Available parameter: one sent is not read.
    expect(api().post(ws.path("Activities/" + sid), "Available", "true"), 200);
    assertThat(api().get(ws.path("Activities/" + sid)).get("available")).isEqualTo(false);
  }

  /** The service reads Available loosely: true, 1 or yes (any case) is true, anything else false. */
  @Test
  void availableIsReadAsTheServiceReadsIt() {
    Workspace ws = workspace("NONE");
    Map<String, Boolean> sent = Map.of("true", true, "1", true, "YES", true, "false", false, "maybe", false, "0", false);
    sent.forEach((value, available) -> assertThat(expect(api().post(ws.path("Activities"),
        "FriendlyName", "A " + value, "Available", value), 201).get("available")).as(value).isEqualTo(available));
  }

  @Test
  void filtersByFriendlyNameAndAvailability() {
    Workspace ws = workspace("NONE");
    assertThat(api().get(ws.path("Activities"), "Available", "true").list("activities"))
        .extracting(a -> a.get("friendly_name")).containsExactly("Available");
    assertThat(api().get(ws.path("Activities"), "Available", "false").list("activities"))
        .extracting(a -> a.get("friendly_name")).containsExactly("Offline", "Unavailable");
    assertThat(sids(api().get(ws.path("Activities"), "FriendlyName", "Unavailable"), "activities"))
        .containsExactly(ws.activity("Unavailable"));
  }

  @Test
  void anActivityInUseCannotBeDeleted() {
    Workspace ws = workspace("NONE");
    String offline = ws.activity("Offline");
    String available = ws.activity("Available");
    String unavailable = ws.activity("Unavailable");

    expectError(api().delete(ws.path("Activities/" + offline)), 400, 20001, "default activity");
    api().post(ws.path(""), "DefaultActivitySid", available);
    expectError(api().delete(ws.path("Activities/" + offline)), 400, 20001, "timeout activity");

    String worker = ws.createWorker("Jamie", "ActivitySid", unavailable);
    expectError(api().delete(ws.path("Activities/" + unavailable)), 400, 20001, "1 Worker(s) are in this activity");
    api().post(ws.path("Workers/" + worker), "ActivitySid", available);

    String queue = ws.createQueue("Support", "ReservationActivitySid", unavailable);
    expectError(api().delete(ws.path("Activities/" + unavailable)), 400, 20001, "TaskQueue " + queue);
    api().post(ws.path("TaskQueues/" + queue), "ReservationActivitySid", available);

    expect(api().delete(ws.path("Activities/" + unavailable)), 204);
    assertThat(api().get(ws.path("Activities")).list("activities")).hasSize(2);
  }

  @Test
  void aWorkspaceHoldsAtMostOneHundredActivities() {
    Workspace ws = workspace("NONE");
    for (int i = 3; i < 100; i++) {
      expect(api().post(ws.path("Activities"), "FriendlyName", "A" + i), 201);
    }
    expectError(api().post(ws.path("Activities"), "FriendlyName", "one too many"), 400, 20001, "at most 100");
  }
}
