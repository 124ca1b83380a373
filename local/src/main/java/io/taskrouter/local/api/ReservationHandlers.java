package io.taskrouter.local.api;

import io.taskrouter.local.engine.Activity;
import io.taskrouter.local.engine.Reservation;
import io.taskrouter.local.engine.ReservationLifecycle;
import io.taskrouter.local.engine.ReservationLifecycle.WorkerMove;
import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.render.ReservationViews.ReservationView;
import io.taskrouter.local.render.ReservationViews.TaskReservationList;
import io.taskrouter.local.render.ReservationViews.WorkerReservationList;
import io.taskrouter.local.wire.ParamSpec;
import io.taskrouter.local.wire.WireResponse;
import io.taskrouter.local.wire.generated.FetchTaskReservationRequest;
import io.taskrouter.local.wire.generated.FetchWorkerReservationRequest;
import io.taskrouter.local.wire.generated.ListTaskReservationRequest;
import io.taskrouter.local.wire.generated.ListWorkerReservationRequest;
import io.taskrouter.local.wire.generated.OperationHandlers;
import io.taskrouter.local.wire.generated.TaskReservationListWriter;
import io.taskrouter.local.wire.generated.TaskReservationWriter;
import io.taskrouter.local.wire.generated.UpdateTaskReservationRequest;
import io.taskrouter.local.wire.generated.UpdateWorkerReservationRequest;
import io.taskrouter.local.wire.generated.WorkerReservationListWriter;
import io.taskrouter.local.wire.generated.WorkerReservationWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reservations, seen from a task or from a worker. Only routing creates them; an update answers a
 * pending one ({@code ReservationStatus} accepted or rejected, or an {@code Instruction}), and is
 * refused as the service refuses it once the reservation is no longer pending.
 *
 * <p>Instructions without telephony: {@code accept} and {@code reject} do what they say;
 * {@code conference} and {@code dequeue} accept (the call they would set up is taken as
 * connected); {@code call} and {@code redirect} accept when {@code CallAccept} /
 * {@code RedirectAccept} is true, and are refused otherwise, as only the call's own TwiML would
 * then answer the reservation and the server places no calls. Their telephony parameters are
 * ignored.
 */
interface ReservationHandlers extends OperationHandlers<Call> {

  /** The task's reservations, after checking the task exists (404 otherwise). */
  private static Predicate<Reservation> ofTask(Call call, WorkspaceState ws, String taskSid) {
    String sid = call.found(ws.tasks.find(Sids.normalize(taskSid))).sid();
    return r -> sid.equals(r.taskSid());
  }

  private static Predicate<Reservation> ofWorker(Call call, WorkspaceState ws, String workerSid) {
    String sid = call.found(ws.workers.find(Sids.normalize(workerSid))).sid();
    return r -> sid.equals(r.workerSid());
  }

  private static Reservation find(Call call, WorkspaceState ws, Predicate<Reservation> owner, String sid) {
    return call.found(ws.reservations.find(Sids.normalize(sid)).filter(owner));
  }

  private static Stream<Reservation> select(WorkspaceState ws, Predicate<Reservation> owner, Optional<String> status) {
    return ws.reservations.stream().filter(owner)
        .filter(r -> status.isEmpty() || r.status().wire().equals(status.get()));
  }

  /** What the two update operations share (their records differ in telephony parameters only). */
  record Answering(Optional<String> ifMatch, Optional<String> status, Optional<String> instruction,
      Optional<Boolean> callAccept, Optional<Boolean> redirectAccept, Optional<String> workerActivitySid,
      ParamSpec statusParam, ParamSpec instructionParam, ParamSpec activityParam) {}

  enum Answer { ACCEPT, REJECT }

  private static void update(WorkspaceState ws, Reservation reservation, Answering request) {
    Optional<Answer> answer = answer(request);
    Optional<Activity> activity = References.activity(ws, request.activityParam(), request.workerActivitySid());
    Call.checkIfMatch(request.ifMatch(), reservation);
    answer.ifPresent(a -> {
      if (a == Answer.ACCEPT) {
        ReservationLifecycle.accept(ws, reservation, activity.orElse(null));
      } else {
        ReservationLifecycle.reject(ws, reservation, activity.<WorkerMove>map(WorkerMove.To::new)
            .orElseGet(WorkerMove.Back::new));
      }
    });
  }

  /** What the update asks for: from ReservationStatus or Instruction (they must agree), if either is given. */
  private static Optional<Answer> answer(Answering request) {
    Optional<Answer> byStatus = request.status().map(status -> switch (status) {
      case "accepted" -> Answer.ACCEPT;
      case "rejected" -> Answer.REJECT;
      default -> throw References.invalid(request.statusParam(), "a reservation can only be set to accepted or "
          + "rejected, got '" + status + "'" + (status.equals("wrapping") || status.equals("completed")
          ? "; wrap up or complete its Task (AssignmentStatus) instead" : ""));
    });
    Optional<Answer> byInstruction = request.instruction().map(instruction -> {
      return switch (instruction) {
        case "accept", "conference", "dequeue" -> Answer.ACCEPT;
        case "reject" -> Answer.REJECT;
        case "call" -> acceptOnlyIf(request, request.callAccept(), "CallAccept", instruction);
        default -> acceptOnlyIf(request, request.redirectAccept(), "RedirectAccept", instruction);
      };
    });
    if (byStatus.isPresent() && byInstruction.isPresent() && byStatus.get() != byInstruction.get()) {
      throw References.invalid(request.instructionParam(), "contradicts ReservationStatus; send one of them");
    }
    return byStatus.or(() -> byInstruction);
  }

  private static Answer acceptOnlyIf(Answering request, Optional<Boolean> flag, String flagName, String instruction) {
    if (flag.orElse(false)) {
      return Answer.ACCEPT;
    }
    throw References.invalid(request.instructionParam(), instruction + " without " + flagName + "=true leaves the "
        + "reservation to the call's TwiML, and the local server places no calls; send " + flagName
        + "=true to accept it");
  }

  @Override
  default WireResponse listTaskReservation(ListTaskReservationRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    Optional<String> worker = request.workerSid().map(Sids::normalize);
    var reservations = select(ws, ofTask(call, ws, request.taskSid()), request.reservationStatus())
        .filter(r -> worker.isEmpty() || r.workerSid().equals(worker.get()));
    ListPage.Page<Reservation> page = ListPage.page(call, TaskReservationListWriter.KEY, reservations,
        ListOrder.creation(), new ListPage.Paging(request.pageSize(), request.page(), request.pageToken()));
    return WireResponse.ok(TaskReservationListWriter.toJson(new TaskReservationList(
        page.map(r -> new ReservationView(call.links(), ws, r, false)), page.meta()))).withETag(ws.reservations.version());
  }

  @Override
  default WireResponse listWorkerReservation(ListWorkerReservationRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    var reservations = select(ws, ofWorker(call, ws, request.workerSid()), request.reservationStatus());
    ListPage.Page<Reservation> page = ListPage.page(call, WorkerReservationListWriter.KEY, reservations,
        ListOrder.creation(), new ListPage.Paging(request.pageSize(), request.page(), request.pageToken()));
    return WireResponse.ok(WorkerReservationListWriter.toJson(new WorkerReservationList(
        page.map(r -> new ReservationView(call.links(), ws, r, true)), page.meta()))).withETag(ws.reservations.version());
  }

  @Override
  default WireResponse fetchTaskReservation(FetchTaskReservationRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    Reservation reservation = find(call, ws, ofTask(call, ws, request.taskSid()), request.sid());
    return Call.ok(TaskReservationWriter.toJson(new ReservationView(call.links(), ws, reservation, false)), reservation);
  }

  @Override
  default WireResponse fetchWorkerReservation(FetchWorkerReservationRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    Reservation reservation = find(call, ws, ofWorker(call, ws, request.workerSid()), request.sid());
    return Call.ok(WorkerReservationWriter.toJson(new ReservationView(call.links(), ws, reservation, true)),
        reservation);
  }

  @Override
  default WireResponse updateTaskReservation(UpdateTaskReservationRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    Reservation reservation = find(call, ws, ofTask(call, ws, request.taskSid()), request.sid());
    update(ws, reservation, new Answering(request.ifMatch(), request.reservationStatus(), request.instruction(),
        request.callAccept(), request.redirectAccept(), request.workerActivitySid(),
        UpdateTaskReservationRequest.RESERVATION_STATUS, UpdateTaskReservationRequest.INSTRUCTION,
        UpdateTaskReservationRequest.WORKER_ACTIVITY_SID));
    return Call.ok(TaskReservationWriter.toJson(new ReservationView(call.links(), ws, reservation, false)), reservation);
  }

  @Override
  default WireResponse updateWorkerReservation(UpdateWorkerReservationRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    Reservation reservation = find(call, ws, ofWorker(call, ws, request.workerSid()), request.sid());
    update(ws, reservation, new Answering(request.ifMatch(), request.reservationStatus(), request.instruction(),
        request.callAccept(), request.redirectAccept(), request.workerActivitySid(),
        UpdateWorkerReservationRequest.RESERVATION_STATUS, UpdateWorkerReservationRequest.INSTRUCTION,
        UpdateWorkerReservationRequest.WORKER_ACTIVITY_SID));
    return Call.ok(WorkerReservationWriter.toJson(new ReservationView(call.links(), ws, reservation, true)),
        reservation);
  }
}
