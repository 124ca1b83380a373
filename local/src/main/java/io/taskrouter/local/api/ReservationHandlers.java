package io.taskrouter.local.api;

import io.taskrouter.local.engine.Reservation;
import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.render.ReservationViews.ReservationView;
import io.taskrouter.local.render.ReservationViews.TaskReservationList;
import io.taskrouter.local.render.ReservationViews.WorkerReservationList;
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
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reservations, seen from a task or from a worker. Only routing creates reservations, and routing
 * is not there yet: so lists are truthfully empty and every fetch or update is a 404. The lookups
 * and filters are the real ones; the routing issue adds the status transitions to the updates.
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

  private static WireResponse update(Reservation reservation, Optional<String> ifMatch) {
    Call.checkIfMatch(ifMatch, reservation);
    // Unreachable until routing creates reservations: find() answers 404 for every SID.
    throw ApiException.badRequest("Reservation " + reservation.sid() + " cannot be updated before routing exists");
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
    return update(find(call, ws, ofTask(call, ws, request.taskSid()), request.sid()), request.ifMatch());
  }

  @Override
  default WireResponse updateWorkerReservation(UpdateWorkerReservationRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    return update(find(call, ws, ofWorker(call, ws, request.workerSid()), request.sid()), request.ifMatch());
  }
}
