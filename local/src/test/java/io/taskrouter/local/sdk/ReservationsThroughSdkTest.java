package io.taskrouter.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskrouter.sdk.NotFoundException;
import io.taskrouter.sdk.TaskScope;
import io.taskrouter.sdk.WorkerScope;
import io.taskrouter.sdk.WorkspaceScope;
import io.taskrouter.sdk.model.ReservationStatus;
import io.taskrouter.sdk.model.Task;
import io.taskrouter.sdk.model.TaskStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Routing to workers is not implemented by the local server yet: no reservation is ever created. The
 * reservation operations answer accordingly: empty lists, and 404 for a well-formed unknown SID.
 */
class ReservationsThroughSdkTest extends SdkTest {
  private static final String UNKNOWN_RESERVATION = "WR" + "0123456789abcdef".repeat(2);

  private WorkspaceScope ws;
  private Task task;
  private TaskScope taskScope;
  private String workerSid;
  private WorkerScope worker;

  @BeforeEach
  void anAvailableWorkerAndAWaitingTask() {
    ws = fifoWorkspace();
    String available = activitySid(ws, "Available");
    workerSid = ws.workers().create(p -> p.friendlyName("Jamie").activitySid(available)).getSid();
    worker = ws.worker(workerSid);
    task = ws.tasks().create(p -> p.attributes("{\"type\":\"ticket\"}"));
    taskScope = ws.task(task.getSid());
  }

  @Test
  void aTaskHasNoReservations() {
    assertThat(taskScope.reservations().list().toList()).isEmpty();
    assertThat(taskScope.reservations().list(p -> p.reservationStatus(ReservationStatus.PENDING)).toList()).isEmpty();
    assertThat(taskScope.reservations().list(p -> p.workerSid(workerSid)).toList()).isEmpty();
    assertThat(recorder.of("ListTaskReservation")).hasSize(3).allSatisfy(e -> assertThat(e.status()).isEqualTo(200));
  }

  @Test
  void aWorkerHasNoReservations() {
    assertThat(worker.reservations().list().toList()).isEmpty();
    assertThat(worker.reservations().list(p -> p.reservationStatus(ReservationStatus.ACCEPTED)).toList()).isEmpty();
    assertThat(recorder.of("ListWorkerReservation")).hasSize(2).allSatisfy(e -> assertThat(e.status()).isEqualTo(200));
  }

  @Test
  void fetchingOrAnsweringAnUnknownReservationOfATaskIsNotFound() {
    assertApiError(() -> taskScope.reservations().fetch(UNKNOWN_RESERVATION), NotFoundException.class, 404, 20404,
        "was not found");
    assertApiError(() -> taskScope.reservations().update(UNKNOWN_RESERVATION, p -> p
        .reservationStatus(ReservationStatus.ACCEPTED)), NotFoundException.class, 404, 20404, "was not found");

    Task unchanged = ws.tasks().fetch(task.getSid());
    assertThat(unchanged.getAssignmentStatus()).isEqualTo(TaskStatus.PENDING);
    assertThat(unchanged.getETag()).isEqualTo(task.getETag());
  }

  @Test
  void fetchingOrAnsweringAnUnknownReservationOfAWorkerIsNotFound() {
    assertApiError(() -> worker.reservations().fetch(UNKNOWN_RESERVATION), NotFoundException.class, 404, 20404,
        "was not found");
    assertApiError(() -> worker.reservations().update(UNKNOWN_RESERVATION, p -> p
        .reservationStatus(ReservationStatus.REJECTED)), NotFoundException.class, 404, 20404, "was not found");

    assertThat(ws.workers().fetch(workerSid).getActivityName()).isEqualTo("Available");
  }

  @Test
  void theSdkRefusesAMalformedReservationSidWithoutSendingAnything() {
    recorder.clear();
    assertThatThrownBy(() -> taskScope.reservations().fetch("WT" + "0".repeat(32)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Sid");
    assertThatThrownBy(() -> worker.reservations().update("nope", p -> p.reservationStatus(ReservationStatus.ACCEPTED)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Sid");
    assertThat(recorder.exchanges()).isEmpty();
  }
}
