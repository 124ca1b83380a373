package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.support.Reply;
import io.taskrouter.local.support.ServerTest;
import io.taskrouter.local.support.Workspace;
import org.junit.jupiter.api.Test;

/**
 * The reservation resources themselves: lists seen from the task and from the worker with their
 * filters, and unknown or malformed SIDs. What reservations do is in {@link ReservationLifecycleTest}.
 */
class ReservationsTest extends ServerTest {
  private static final String RESERVATION = "WR" + "a".repeat(32);

  @Test
  void listsAreFilteredByStatusAndWorker() {
    Workspace ws = workspace("FIFO");
    String worker = ws.createWorker("Jamie", "ActivitySid", ws.activity("Available"));
    String other = ws.createWorker("Alex");
    String task = ws.createTask();

    Reply byTask = expect(api().get(ws.path("Tasks/" + task + "/Reservations")), 200);
    assertThat(byTask.list("reservations")).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("worker_sid", worker).containsEntry("task_sid", task));
    assertThat(byTask.meta().get("key")).isEqualTo("reservations");
    assertThat(byTask.header("ETag")).isNotBlank();
    assertThat(sids(expect(api().get(ws.path("Workers/" + worker + "/Reservations"), "ReservationStatus", "pending"),
        200), "reservations")).isEqualTo(sids(byTask, "reservations"));
    assertThat(expect(api().get(ws.path("Workers/" + worker + "/Reservations"), "ReservationStatus", "accepted"), 200)
        .list("reservations")).isEmpty();
    assertThat(expect(api().get(ws.path("Tasks/" + task + "/Reservations"), "WorkerSid", other), 200)
        .list("reservations")).isEmpty();
    assertThat(expect(api().get(ws.path("Workers/" + other + "/Reservations")), 200).list("reservations")).isEmpty();
  }

  @Test
  void fetchingOrUpdatingAReservationIsNotFound() {
    Workspace ws = workspace("FIFO");
    String worker = ws.createWorker("Jamie");
    String task = ws.createTask();
    expectError(api().get(ws.path("Tasks/" + task + "/Reservations/" + RESERVATION)), 404, 20404,
        "Reservations/" + RESERVATION + " was not found");
    expectError(api().get(ws.path("Workers/" + worker + "/Reservations/" + RESERVATION)), 404, 20404, "was not found");
    expectError(api().post(ws.path("Tasks/" + task + "/Reservations/" + RESERVATION), "ReservationStatus", "accepted"),
        404, 20404, "was not found");
    expectError(api().post(ws.path("Workers/" + worker + "/Reservations/" + RESERVATION),
        "ReservationStatus", "rejected"), 404, 20404, "was not found");
  }

  @Test
  void theParentMustExistAndParametersAreChecked() {
    Workspace ws = workspace("FIFO");
    String task = ws.createTask();
    expectError(api().get(ws.path("Tasks/WT" + "0".repeat(32) + "/Reservations")), 404, 20404, "was not found");
    expectError(api().get(ws.path("Workers/WK" + "0".repeat(32) + "/Reservations")), 404, 20404, "was not found");
    expectError(api().get(ws.path("Tasks/" + task + "/Reservations"), "ReservationStatus", "maybe"), 400, 20001,
        "ReservationStatus");
    expectError(api().get(ws.path("Tasks/" + task + "/Reservations/WT" + "0".repeat(32))), 400, 20001,
        "Sid must be a WR SID");
  }
}
