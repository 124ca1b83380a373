package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.support.Reply;
import io.taskrouter.local.support.ServerTest;
import io.taskrouter.local.support.Workspace;
import org.junit.jupiter.api.Test;

class WorkersTest extends ServerTest {

  @Test
  void createsAWorkerInTheDefaultActivityWithAttributes() {
    Workspace ws = workspace("NONE");
    Reply created = expect(api().post(ws.path("Workers"), "FriendlyName", "Jamie",
        "Attributes", "{\"skills\":[\"support\"]}"), 201);
    assertThat(created.sid()).matches("WK[0-9a-f]{32}");
    assertThat(created.string("activity_name")).isEqualTo("Offline");
    assertThat(created.get("available")).isEqualTo(false);
    assertThat(created.string("attributes")).isEqualTo("{\"skills\":[\"support\"]}");
    assertThat(created.string("date_status_changed")).isEqualTo(created.string("date_created"));
    assertThat(created.header("ETag")).isEqualTo("0");

    Reply plain = expect(api().post(ws.path("Workers"), "FriendlyName", "Alex"), 201);
    assertThat(plain.string("attributes")).isEqualTo("{}");
  }

  @Test
  void changingTheActivityChangesAvailabilityAndTheStatusDate() {
    Workspace ws = workspace("NONE");
    String worker = ws.createWorker("Jamie");
    SERVER.clock().advanceSeconds(30);
    Reply updated = expect(api().post(ws.path("Workers/" + worker), "ActivitySid", ws.activity("Available"),
        "FriendlyName", "Jamie R"), 200);
    assertThat(updated.get("available")).isEqualTo(true);
    assertThat(updated.string("activity_name")).isEqualTo("Available");
    assertThat(updated.string("friendly_name")).isEqualTo("Jamie R");
    assertThat(java.time.Instant.parse(updated.string("date_status_changed")))
        .isEqualTo(java.time.Instant.parse(updated.string("date_created")).plusSeconds(30));
    assertThat(updated.header("ETag")).isEqualTo("1");
  }

  @Test
  void ifMatchProtectsUpdatesAndDeletes() {
    Workspace ws = workspace("NONE");
    String worker = ws.createWorker("Jamie");
    expect(api().withHeader("If-Match", "0").post(ws.path("Workers/" + worker), "Attributes", "{\"a\":1}"), 200);
    expectError(api().withHeader("If-Match", "0").post(ws.path("Workers/" + worker), "Attributes", "{\"a\":2}"),
        412, 20412, "does not match the current ETag 1");
    assertThat(api().get(ws.path("Workers/" + worker)).string("attributes")).isEqualTo("{\"a\":1}");
    expectError(api().withHeader("If-Match", "\"7\"").delete(ws.path("Workers/" + worker)), 412, 20412, "ETag 1");
    expect(api().withHeader("If-Match", "\"1\"").delete(ws.path("Workers/" + worker)), 204);
  }

  @Test
  void filtersWorkers() {
    Workspace ws = workspace("NONE");
    String available = ws.activity("Available");
    String queue = ws.createQueue("English", "TargetWorkers", "language == 'en'");
    String jamie = ws.createWorker("Jamie", "Attributes", "{\"language\":\"en\"}", "ActivitySid", available);
    SERVER.clock().advanceSeconds(1);
    String alex = ws.createWorker("Alex", "Attributes", "{\"language\":\"fr\"}");

    assertThat(sids(api().get(ws.path("Workers"), "Available", "true"), "workers")).containsExactly(jamie);
    assertThat(sids(api().get(ws.path("Workers"), "ActivityName", "Offline"), "workers")).containsExactly(alex);
    assertThat(sids(api().get(ws.path("Workers"), "ActivitySid", available), "workers")).containsExactly(jamie);
    assertThat(sids(api().get(ws.path("Workers"), "FriendlyName", "Alex"), "workers")).containsExactly(alex);
    assertThat(sids(api().get(ws.path("Workers"), "TaskQueueSid", queue), "workers")).containsExactly(jamie);
    assertThat(sids(api().get(ws.path("Workers"), "TaskQueueName", "English"), "workers")).containsExactly(jamie);
    assertThat(sids(api().get(ws.path("Workers"), "TargetWorkersExpression", "language == 'fr'"), "workers"))
        .containsExactly(alex);
    assertThat(sids(api().get(ws.path("Workers"), "TargetWorkersExpression", "1==1"), "workers"))
        .containsExactly(jamie, alex);
    assertThat(sids(api().get(ws.path("Workers"), "Ordering", "DateCreated:desc"), "workers"))
        .containsExactly(alex, jamie);
    assertThat(sids(api().get(ws.path("Workers"), "TargetWorkersExpression", "language IN ['fr', 'de']"), "workers"))
        .containsExactly(alex);
    expectError(api().get(ws.path("Workers"), "TargetWorkersExpression", "skills HAS"), 400, 20001,
        "TargetWorkersExpression");
    assertThat(api().get(ws.path("Workers")).header("ETag")).isNotBlank();
  }

  @Test
  void rejectPendingReservationsNeedsAnUnavailableActivity() {
    Workspace ws = workspace("NONE");
    String worker = ws.createWorker("Jamie");
    expectError(api().post(ws.path("Workers/" + worker), "RejectPendingReservations", "true",
        "ActivitySid", ws.activity("Available")), 400, 20001, "RejectPendingReservations");
    assertThat(api().get(ws.path("Workers/" + worker)).string("activity_name")).isEqualTo("Offline");
    expect(api().post(ws.path("Workers/" + worker), "RejectPendingReservations", "true",
        "ActivitySid", ws.activity("Unavailable")), 200);
  }

  @Test
  void workerChannelsAreListedFetchedAndUpdated() {
    Workspace ws = workspace("NONE");
    String worker = ws.createWorker("Jamie");
    Reply list = expect(api().get(ws.path("Workers/" + worker + "/Channels")), 200);
    assertThat(list.list("channels")).hasSize(5).allSatisfy(c -> {
      assertThat(((Number) c.get("configured_capacity")).intValue()).isEqualTo(1);
      assertThat(((Number) c.get("available_capacity_percentage")).intValue()).isEqualTo(100);
      assertThat(((Number) c.get("assigned_tasks")).intValue()).isZero();
      assertThat(c.get("available")).isEqualTo(true);
      assertThat((String) c.get("sid")).matches("WC[0-9a-f]{32}");
    });
    String voiceChannel = (String) list.list("channels").get(0).get("sid");

    Reply byName = expect(api().get(ws.path("Workers/" + worker + "/Channels/voice")), 200);
    assertThat(byName.sid()).isEqualTo(voiceChannel);
    Reply updated = expect(api().post(ws.path("Workers/" + worker + "/Channels/" + voiceChannel),
        "Capacity", "3", "Available", "false"), 200);
    assertThat(updated.number("configured_capacity")).isEqualTo(3);
    assertThat(updated.get("available")).isEqualTo(false);
    assertThat(updated.string("url")).isEqualTo(SERVER.baseUrl() + ws.path("Workers/" + worker + "/Channels/"
        + voiceChannel));
    Reply zero = expect(api().post(ws.path("Workers/" + worker + "/Channels/voice"), "Capacity", "0"), 200);
    assertThat(zero.number("available_capacity_percentage")).isZero();

    expectError(api().post(ws.path("Workers/" + worker + "/Channels/voice"), "Capacity", "-1"), 400, 20001, "Capacity");
    expectError(api().get(ws.path("Workers/" + worker + "/Channels/fax")), 404, 20404, "was not found");
  }

  @Test
  void refusesBadAttributesAndUnknownActivities() {
    Workspace ws = workspace("NONE");
    expectError(api().post(ws.path("Workers"), "FriendlyName", "J", "Attributes", "{\"a\":"), 400, 20001, "Attributes");
    expectError(api().post(ws.path("Workers"), "FriendlyName", "J", "Attributes", "[1,2]"), 400, 20001,
        "must be a JSON object");
    expectError(api().post(ws.path("Workers"), "FriendlyName", "J", "ActivitySid", "WA" + "1".repeat(32)), 400, 20001,
        "does not exist");
    expectError(api().post(ws.path("Workers"), "FriendlyName", "J", "ActivitySid", "WQ" + "1".repeat(32)), 400, 20001,
        "ActivitySid");
    expectError(api().post(ws.path("Workers"), "FriendlyName", "x".repeat(65)), 400, 20001, "FriendlyName");
    assertThat(api().get(ws.path("Workers")).list("workers")).isEmpty();
  }
}
