package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.support.Reply;
import io.taskrouter.local.support.ServerTest;
import io.taskrouter.local.support.StateSnapshot;
import io.taskrouter.local.support.Workspace;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reservations from offer to end, through HTTP: the seed's story (queue Sales with reservation and
 * assignment activities, Jamie made available, a task), then each way a reservation ends and what
 * it does to the task, the worker, the events and the statistics.
 */
class ReservationLifecycleTest extends ServerTest {

  /** The seed's story in a single-tasking workspace (workers move through the queue's activities). */
  private final class Story {
    final Workspace ws;
    final String reserved;
    final String busy;
    final String available;
    final String queue;
    final String workflow;

    Story(String multiTask, String... queueSettings) {
      ws = workspace(api(), "NONE", "MultiTaskEnabled", multiTask);
      reserved = activity("Reserved");
      busy = activity("Busy");
      available = ws.activity("Available");
      queue = ws.createQueue("Sales", concat(new String[] {"TargetWorkers", "skills HAS 'sales'",
          "ReservationActivitySid", reserved, "AssignmentActivitySid", busy}, queueSettings));
      workflow = ws.createWorkflow("Sales", queue);
      expect(api().post(ws.path("Workflows/" + workflow), "TaskReservationTimeout", "30"), 200);
    }

    private String activity(String name) {
      return expect(api().post(ws.path("Activities"), "FriendlyName", name, "Available", "false"), 201).sid();
    }

    String availableWorker(String name) {
      String worker = ws.createWorker(name, "Attributes", "{\"skills\":[\"sales\"]}");
      expect(api().post(ws.path("Workers/" + worker), "ActivitySid", available), 200);
      SERVER.clock().advanceSeconds(1); // the next worker has been idle for less time: offers follow this order
      return worker;
    }

    String task(String... form) {
      Reply created = expect(api().post(ws.path("Tasks"), concat(new String[] {"WorkflowSid", workflow}, form)), 201);
      // The answer shows the task as created; routing reacts right after.
      assertThat(created.string("assignment_status")).isEqualTo("pending");
      return created.sid();
    }

    List<Map<String, Object>> reservations(String task) {
      return expect(api().get(ws.path("Tasks/" + task + "/Reservations")), 200).list("reservations");
    }

    Map<String, Object> onlyPending(String task) {
      List<Map<String, Object>> pending = reservations(task).stream()
          .filter(r -> "pending".equals(r.get("reservation_status"))).toList();
      assertThat(pending).hasSize(1);
      return pending.get(0);
    }

    Reply answer(String task, Map<String, Object> reservation, String... form) {
      return api().post(ws.path("Tasks/" + task + "/Reservations/" + reservation.get("sid")), form);
    }

    String status(String task) {
      return expect(api().get(ws.path("Tasks/" + task)), 200).string("assignment_status");
    }

    String activityOf(String worker) {
      return expect(api().get(ws.path("Workers/" + worker)), 200).string("activity_sid");
    }

    Map<String, Object> cumulative(String path) {
      return expect(api().get(ws.path(path + "CumulativeStatistics")), 200).json();
    }

    List<Map<String, Object>> events(String type) {
      return expect(api().get(ws.path("Events"), "EventType", type, "Minutes", "43200"), 200).list("events");
    }
  }

  @Test
  void theSeedStoryIsReservedAcceptedAndCompleted() {
    Story story = new Story("false");
    String jamie = story.availableWorker("Jamie");
    String task = story.task("Attributes", "{\"type\":\"sales\"}");

    Map<String, Object> reservation = story.onlyPending(task);
    assertThat(reservation).containsEntry("worker_sid", jamie).containsEntry("worker_name", "Jamie");
    assertThat(story.status(task)).isEqualTo("reserved");
    assertThat(story.activityOf(jamie)).isEqualTo(story.reserved);
    Map<String, Object> live = expect(api().get(story.ws.path("RealTimeStatistics")), 200).json();
    assertThat(live.get("tasks_by_status")).isEqualTo(Map.of("pending", 0.0, "reserved", 1.0, "assigned", 0.0,
        "wrapping", 0.0));

    SERVER.clock().advanceSeconds(10);
    Reply accepted = expect(story.answer(task, reservation, "ReservationStatus", "accepted"), 200);
    assertThat(accepted.string("reservation_status")).isEqualTo("accepted");
    assertThat(story.status(task)).isEqualTo("assigned");
    assertThat(story.activityOf(jamie)).isEqualTo(story.busy);
    SERVER.clock().advanceSeconds(60);
    assertThat(story.reservations(task)).as("the answered reservation's timer finds nothing to do").singleElement()
        .satisfies(r -> assertThat(r).containsEntry("reservation_status", "accepted"));
    assertThat(story.activityOf(jamie)).isEqualTo(story.busy);

    expect(api().post(story.ws.path("Tasks/" + task), "AssignmentStatus", "completed"), 200);
    Reply byWorker = expect(api().get(story.ws.path("Workers/" + jamie + "/Reservations/" + reservation.get("sid"))),
        200);
    assertThat(byWorker.string("reservation_status")).isEqualTo("completed");
    assertThat(story.activityOf(jamie)).as("completion moves nobody").isEqualTo(story.busy);

    for (String path : List.of("", "TaskQueues/" + story.queue + "/", "Workflows/" + story.workflow + "/",
        "Workers/")) {
      Map<String, Object> stats = story.cumulative(path);
      assertThat(stats).as(path).containsEntry("reservations_created", 1.0).containsEntry("reservations_accepted", 1.0)
          .containsEntry("reservations_rejected", 0.0);
      if (!path.equals("Workers/")) {
        assertThat(stats).as(path).containsEntry("avg_task_acceptance_time", 10.0);
        assertThat(stats.get("wait_duration_until_accepted")).as(path)
            .isEqualTo(Map.of("avg", 10.0, "min", 10.0, "max", 10.0, "total", 10.0));
      }
    }
    assertThat(story.cumulative("TaskQueues/" + story.queue + "/").get("wait_duration_in_queue_until_accepted"))
        .isEqualTo(Map.of("avg", 10.0, "min", 10.0, "max", 10.0, "total", 10.0));

    Map<String, Object> created = story.events("reservation.created").get(0);
    assertThat(created).containsEntry("resource_type", "reservation").containsEntry("resource_sid", reservation.get("sid"))
        .containsEntry("actor_type", "workspace");
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) created.get("event_data");
    assertThat(data).containsEntry("reservation_sid", reservation.get("sid")).containsEntry("task_sid", task)
        .containsEntry("worker_sid", jamie).containsEntry("worker_name", "Jamie")
        .containsEntry("task_queue_sid", story.queue).containsEntry("workflow_sid", story.workflow)
        .containsEntry("task_assignment_status", "reserved").containsKeys("task_attributes", "worker_attributes",
            "task_age", "task_priority", "task_channel_unique_name", "worker_activity_sid");
    assertThat(story.events("reservation.accepted").get(0)).containsEntry("actor_type", "account");
    assertThat(story.events("reservation.completed")).hasSize(1);
    assertThat(expect(api().get(story.ws.path("Events"), "ReservationSid", (String) reservation.get("sid"),
        "Minutes", "43200"), 200).list("events")).extracting(e -> e.get("event_type"))
        .as("newest first").containsExactly("reservation.completed", "reservation.accepted", "reservation.created");
  }

  static Stream<Arguments> rejections() {
    return Stream.of(
        Arguments.of("without WorkerActivitySid the worker returns to the activity it had", false),
        Arguments.of("with WorkerActivitySid the worker goes there", true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejections")
  void aRejectionOffersTheTaskToTheNextWorker(String name, boolean withActivity) {
    Story story = new Story("false");
    String jamie = story.availableWorker("Jamie");
    String alex = story.availableWorker("Alex");
    String task = story.task();
    Map<String, Object> first = story.onlyPending(task);
    assertThat(first).containsEntry("worker_sid", jamie);

    String unavailable = story.ws.activity("Unavailable");
    Reply rejected = expect(withActivity
        ? story.answer(task, first, "ReservationStatus", "rejected", "WorkerActivitySid", unavailable)
        : story.answer(task, first, "ReservationStatus", "rejected"), 200);
    assertThat(rejected.string("reservation_status")).isEqualTo("rejected");

    assertThat(story.activityOf(jamie)).isEqualTo(withActivity ? unavailable : story.available);
    assertThat(story.onlyPending(task)).containsEntry("worker_sid", alex);
    assertThat(story.status(task)).isEqualTo("reserved");
    assertThat(expect(api().get(story.ws.path("Workers/" + jamie + "/Statistics")), 200).json().get("cumulative"))
        .asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("reservations_rejected", 1.0)
        .containsEntry("reservations_created", 1.0);
  }

  @Test
  void aWorkerWhoseAttributesNowMatchTheQueueIsOfferedTheWaitingTask() {
    Story story = new Story("false");
    String jamie = story.ws.createWorker("Jamie", "ActivitySid", story.available, "Attributes", "{\"skills\":[]}");
    String task = story.task();
    assertThat(story.reservations(task)).isEmpty();
    expect(api().post(story.ws.path("Workers/" + jamie), "Attributes", "{\"skills\":[\"sales\"]}"), 200);
    assertThat(story.onlyPending(task)).containsEntry("worker_sid", jamie);
  }

  @Test
  void anUnansweredReservationTimesOutAndTheTaskIsOfferedAgain() {
    Story story = new Story("false");
    String jamie = story.availableWorker("Jamie");
    String task = story.task();
    Map<String, Object> first = story.onlyPending(task);

    SERVER.clock().advanceSeconds(29);
    assertThat(story.onlyPending(task)).containsEntry("sid", first.get("sid"));
    SERVER.clock().advanceSeconds(1);
    assertThat(story.reservations(task)).singleElement().satisfies(r ->
        assertThat(r).containsEntry("reservation_status", "timeout"));
    assertThat(story.activityOf(jamie)).as("the workspace's timeout activity").isEqualTo(story.ws.activity("Offline"));
    assertThat(story.status(task)).isEqualTo("pending");

    String alex = story.availableWorker("Alex");
    assertThat(story.onlyPending(task)).containsEntry("worker_sid", alex);
    assertThat(story.cumulative("")).containsEntry("reservations_timed_out", 1.0).containsEntry("reservations_created",
        2.0);
    // Answering the timed-out reservation is refused the way the service refuses it.
    expectError(story.answer(task, first, "ReservationStatus", "accepted"), 400, 20001,
        "Reservation " + first.get("sid") + " is already in state [timeout] and cannot be updated to [accepted]");
  }

  @Test
  void twoWorkersAreOfferedAtOnceAndTheFirstAcceptanceRescindsTheOther() {
    Story story = new Story("false", "MaxReservedWorkers", "2");
    String jamie = story.availableWorker("Jamie");
    String alex = story.availableWorker("Alex");
    String task = story.task();
    List<Map<String, Object>> offers = story.reservations(task);
    assertThat(offers).extracting(r -> r.get("worker_sid")).containsExactly(jamie, alex);
    assertThat(offers).allSatisfy(r -> assertThat(r).containsEntry("reservation_status", "pending"));

    expect(story.answer(task, offers.get(0), "Instruction", "accept"), 200);
    assertThat(story.reservations(task)).extracting(r -> r.get("reservation_status"))
        .containsExactly("accepted", "rescinded");
    assertThat(story.activityOf(alex)).as("back where the offer found it").isEqualTo(story.available);
    assertThat(story.status(task)).isEqualTo("assigned");

    String before = snapshot(story);
    expectError(story.answer(task, offers.get(1), "ReservationStatus", "accepted"), 410, 20001,
        "is already in state [rescinded] and cannot be updated to [accepted]");
    expectError(story.answer(task, offers.get(0), "ReservationStatus", "accepted"), 400, 20001,
        "Reservation " + offers.get(0).get("sid") + " is already in state [accepted] and cannot be updated to [accepted]");
    assertThat(snapshot(story)).as("refusals change nothing").isEqualTo(before);
    assertThat(story.cumulative("")).containsEntry("reservations_rescinded", 1.0);
  }

  private String snapshot(Story story) {
    return StateSnapshot.take(api(), story.ws);
  }

  static Stream<Arguments> endsOfAWaitingTask() {
    return Stream.of(
        Arguments.of("canceled through the API", "cancel"),
        Arguments.of("canceled by its TTL", "ttl"),
        Arguments.of("deleted", "delete"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endsOfAWaitingTask")
  void aTaskThatEndsWhileReservedCancelsItsPendingReservation(String name, String how) {
    Story story = new Story("false");
    String jamie = story.availableWorker("Jamie");
    String task = story.task("Timeout", "20");
    Map<String, Object> reservation = story.onlyPending(task);
    switch (how) {
      case "cancel" -> expect(api().post(story.ws.path("Tasks/" + task), "AssignmentStatus", "canceled"), 200);
      case "ttl" -> SERVER.clock().advanceSeconds(20);
      default -> expect(api().delete(story.ws.path("Tasks/" + task)), 204);
    }
    assertThat(story.events("reservation.canceled")).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("resource_sid", reservation.get("sid")));
    assertThat(story.activityOf(jamie)).isEqualTo(story.available);
    assertThat(story.cumulative("")).containsEntry("reservations_canceled", 1.0);
    expect(api().delete(story.ws.path("Workers/" + jamie)), 204);
  }

  @Test
  void aWorkerLeavesForAnUnavailableActivityOnlyByRejectingItsPendingReservations() {
    Story story = new Story("false");
    String jamie = story.availableWorker("Jamie");
    String task = story.task();
    Map<String, Object> reservation = story.onlyPending(task);
    String unavailable = story.ws.activity("Unavailable");

    String before = snapshot(story);
    expectError(api().post(story.ws.path("Workers/" + jamie), "ActivitySid", unavailable), 400, 20001,
        "RejectPendingReservations");
    expectError(api().delete(story.ws.path("Workers/" + jamie)), 400, 20001, "pending, accepted or wrapping Reservation");
    assertThat(snapshot(story)).isEqualTo(before);

    expect(api().post(story.ws.path("Workers/" + jamie), "ActivitySid", unavailable, "RejectPendingReservations",
        "true"), 200);
    assertThat(story.reservations(task)).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("sid", reservation.get("sid"))
            .containsEntry("reservation_status", "rejected"));
    assertThat(story.activityOf(jamie)).isEqualTo(unavailable);
    assertThat(story.status(task)).isEqualTo("pending");
  }

  @Test
  void aMultitaskingWorkerTakesTasksUpToItsChannelCapacity() {
    Story story = new Story("true");
    String jamie = story.availableWorker("Jamie");
    expect(api().post(story.ws.path("Workers/" + jamie + "/Channels/default"), "Capacity", "2"), 200);
    String first = story.task();
    String second = story.task();
    String third = story.task();
    assertThat(List.of(story.status(first), story.status(second), story.status(third)))
        .containsExactly("reserved", "reserved", "pending");
    assertThat(story.activityOf(jamie)).as("multitasking moves nobody").isEqualTo(story.available);

    expect(story.answer(first, story.onlyPending(first), "ReservationStatus", "accepted"), 200);
    expect(story.answer(second, story.onlyPending(second), "ReservationStatus", "accepted"), 200);
    Reply channel = expect(api().get(story.ws.path("Workers/" + jamie + "/Channels/default")), 200);
    assertThat(channel.number("assigned_tasks")).isEqualTo(2);
    assertThat(channel.number("available_capacity_percentage")).isZero();
    assertThat(story.status(third)).isEqualTo("pending");
    assertThat(story.activityOf(jamie)).isEqualTo(story.available);

    expect(api().post(story.ws.path("Tasks/" + first), "AssignmentStatus", "wrapping"), 200);
    assertThat(story.status(third)).as("wrapping up still holds the capacity").isEqualTo("pending");
    expect(api().post(story.ws.path("Tasks/" + first), "AssignmentStatus", "completed"), 200);
    assertThat(story.onlyPending(third)).containsEntry("worker_sid", jamie);
    assertThat(story.events("reservation.wrapup")).hasSize(1);
  }

  static Stream<Arguments> instructions() {
    return Stream.of(
        Arguments.of(new String[] {"Instruction", "conference", "To", "client:jamie"}, 200, "accepted"),
        Arguments.of(new String[] {"Instruction", "dequeue", "DequeueFrom", "+15550100"}, 200, "accepted"),
        Arguments.of(new String[] {"Instruction", "call", "CallAccept", "true", "CallUrl", "https://example.com/t"},
            200, "accepted"),
        Arguments.of(new String[] {"Instruction", "reject"}, 200, "rejected"),
        Arguments.of(new String[] {"Instruction", "call", "CallUrl", "https://example.com/t"}, 400, "CallAccept=true"),
        Arguments.of(new String[] {"Instruction", "redirect"}, 400, "RedirectAccept=true"),
        Arguments.of(new String[] {"Instruction", "hold"}, 400, "Instruction"),
        Arguments.of(new String[] {"ReservationStatus", "timeout"}, 400, "only be set to accepted or rejected"),
        Arguments.of(new String[] {"ReservationStatus", "completed"}, 400, "complete its Task"),
        Arguments.of(new String[] {"ReservationStatus", "accepted", "Instruction", "reject"}, 400, "contradicts"),
        Arguments.of(new String[] {"ReservationStatus", "accepted", "WorkerActivitySid", "WA" + "0".repeat(32)}, 400,
            "WorkerActivitySid"));
  }

  @ParameterizedTest
  @MethodSource("instructions")
  void updatesAnswerAsTheServiceWouldWithoutTelephony(String[] form, int status, String outcome) {
    Story story = new Story("false");
    story.availableWorker("Jamie");
    String task = story.task();
    Map<String, Object> reservation = story.onlyPending(task);
    Reply reply = story.answer(task, reservation, form);
    if (status == 200) {
      assertThat(expect(reply, 200).string("reservation_status")).isEqualTo(outcome);
    } else {
      expectError(reply, status, 20001, outcome);
      assertThat(story.onlyPending(task)).containsEntry("sid", reservation.get("sid"));
    }
  }

  @Test
  void anUpdateWithAnOutdatedRevisionIsRefused() {
    Story story = new Story("false");
    String jamie = story.availableWorker("Jamie");
    String task = story.task();
    String path = story.ws.path("Workers/" + jamie + "/Reservations/" + story.onlyPending(task).get("sid"));
    String etag = expect(api().get(path), 200).header("ETag");
    expectError(api().withHeader("If-Match", etag + "1").post(path, "ReservationStatus", "accepted"), 412, 20412,
        "If-Match");
    Reply accepted = expect(api().withHeader("If-Match", etag).post(path, "ReservationStatus", "accepted"), 200);
    assertThat(accepted.header("ETag")).isNotEqualTo(etag);
  }

  private static String[] concat(String[] first, String[] second) {
    String[] all = new String[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}
