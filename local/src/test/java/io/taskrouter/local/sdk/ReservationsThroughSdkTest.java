package io.taskrouter.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskrouter.sdk.BadRequestException;
import io.taskrouter.sdk.NotFoundException;
import io.taskrouter.sdk.TaskScope;
import io.taskrouter.sdk.WorkerScope;
import io.taskrouter.sdk.WorkspaceScope;
import io.taskrouter.sdk.model.ReservationStatus;
import io.taskrouter.sdk.model.Task;
import io.taskrouter.sdk.model.TaskReservation;
import io.taskrouter.sdk.model.TaskStatus;
import io.taskrouter.sdk.model.WorkerReservation;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reservation operations through the SDK: the waiting task is offered to the available worker,
 * the offer is listed from both sides and answered; a well-formed unknown SID is a 404.
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
  void theWaitingTaskIsOfferedToTheAvailableWorker() {
    List<TaskReservation> offers = taskScope.reservations().list().toList();
    assertThat(offers).singleElement().satisfies(r -> {
      assertThat(r.getWorkerSid()).isEqualTo(workerSid);
      assertThat(r.getReservationStatus()).isEqualTo(ReservationStatus.PENDING);
    });
    assertThat(taskScope.reservations().list(p -> p.reservationStatus(ReservationStatus.ACCEPTED)).toList()).isEmpty();
    assertThat(taskScope.reservations().list(p -> p.workerSid(workerSid)).toList()).hasSize(1);
    assertThat(worker.reservations().list(p -> p.reservationStatus(ReservationStatus.PENDING)).toList())
        .extracting(WorkerReservation::getSid).containsExactly(offers.get(0).getSid());
    assertThat(ws.tasks().fetch(task.getSid()).getAssignmentStatus()).isEqualTo(TaskStatus.RESERVED);
  }

  @Test
  void anAcceptedReservationAssignsTheTaskAndCannotBeAnsweredAgain() {
    String sid = taskScope.reservations().list().toList().get(0).getSid();
    TaskReservation accepted = taskScope.reservations().update(sid, p -> p.reservationStatus(ReservationStatus.ACCEPTED));
    assertThat(accepted.getReservationStatus()).isEqualTo(ReservationStatus.ACCEPTED);
    assertThat(ws.tasks().fetch(task.getSid()).getAssignmentStatus()).isEqualTo(TaskStatus.ASSIGNED);
    assertApiError(() -> worker.reservations().update(sid, p -> p.reservationStatus(ReservationStatus.REJECTED)),
        BadRequestException.class, 400, 20001, "is already in state [accepted] and cannot be updated to [rejected]");
    assertThat(worker.reservations().fetch(sid).getReservationStatus()).isEqualTo(ReservationStatus.ACCEPTED);
  }

  @Test
  void fetchingOrAnsweringAnUnknownReservationOfATaskIsNotFound() {
    assertApiError(() -> taskScope.reservations().fetch(UNKNOWN_RESERVATION), NotFoundException.class, 404, 20404,
        "was not found");
    assertApiError(() -> taskScope.reservations().update(UNKNOWN_RESERVATION, p -> p
        .reservationStatus(ReservationStatus.ACCEPTED)), NotFoundException.class, 404, 20404, "was not found");

    Task unchanged = ws.tasks().fetch(task.getSid());
    assertThat(unchanged.getAssignmentStatus()).isEqualTo(TaskStatus.RESERVED);
    assertThat(taskScope.reservations().list().toList()).singleElement()
        .satisfies(r -> assertThat(r.getReservationStatus()).isEqualTo(ReservationStatus.PENDING));
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
