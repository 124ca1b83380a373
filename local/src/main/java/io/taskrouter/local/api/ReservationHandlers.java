package io.taskrouter.local.api;

import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.engine.Reservation;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reservations, seen from a task or from a worker. Only routing creates reservations, and routing
 * is not there yet: so lists are truthfully empty and every fetch or update is a 404. The lookups
 * and filters are the real ones; the routing issue adds the status transitions to {@link #update}.
 */
final class ReservationHandlers {
  private static final String[] STATUSES =
      {"pending", "accepted", "rejected", "timeout", "canceled", "rescinded", "wrapping", "completed"};

  /** The two places reservations are reached from. */
  private enum Scope {
    TASK("Tasks", "TaskSid", Sids.TASK, "Task"),
    WORKER("Workers", "WorkerSid", Sids.WORKER, "Worker");

    final String segment;
    final String param;
    final String prefix;
    final String noun;

    Scope(String segment, String param, String prefix, String noun) {
      this.segment = segment;
      this.param = param;
      this.prefix = prefix;
      this.noun = noun;
    }

    /** Checks the parent exists (404 otherwise) and selects its reservations. */
    Predicate<Reservation> owner(Call call, WorkspaceState ws) {
      String sid = call.pathSid(param, prefix);
      if (this == TASK) {
        call.found(ws.tasks.find(sid));
      } else {
        call.found(ws.workers.find(sid));
      }
      return r -> sid.equals(this == TASK ? r.taskSid() : r.workerSid());
    }
  }

  private ReservationHandlers() {}

  static void register(Registry registry) {
    for (Scope scope : Scope.values()) {
      String collection = "/v1/Workspaces/{WorkspaceSid}/" + scope.segment + "/{" + scope.param + "}/Reservations";
      registry.register("GET", collection, "List" + scope.noun + "Reservation", call -> list(call, scope));
      registry.register("GET", collection + "/{Sid}", "Fetch" + scope.noun + "Reservation", call -> {
        WorkspaceState ws = call.workspace();
        Reservation reservation = find(call, ws, scope);
        return ApiResponse.ok(call.render().reservation(ws, reservation, scope == Scope.WORKER))
            .withETag(reservation.revision());
      });
      registry.register("POST", collection + "/{Sid}", "Update" + scope.noun + "Reservation",
          call -> update(call, scope));
    }
  }

  private static ApiResponse list(Call call, Scope scope) {
    WorkspaceState ws = call.workspace();
    Predicate<Reservation> owner = scope.owner(call, ws);
    Optional<String> status = call.query().oneOf("ReservationStatus", STATUSES);
    Optional<String> workerSid = scope == Scope.TASK ? call.query().sid("WorkerSid", Sids.WORKER) : Optional.empty();
    return ApiResponse.ok(ListPage.render(call, "reservations", ws.reservations.stream()
            .filter(owner)
            .filter(r -> status.isEmpty() || r.status().wire().equals(status.get()))
            .filter(r -> workerSid.isEmpty() || r.workerSid().equals(workerSid.get())),
        ListOrder.creation(),
        r -> call.render().reservation(ws, r, scope == Scope.WORKER)))
        .withETag(ws.reservations.version());
  }

  private static ApiResponse update(Call call, Scope scope) {
    WorkspaceState ws = call.workspace();
    Reservation reservation = find(call, ws, scope);
    call.checkIfMatch(reservation);
    // Unreachable until routing creates reservations: find() above answers 404 for every SID.
    throw ApiException.badRequest("Reservation " + reservation.sid() + " cannot be updated before routing exists");
  }

  private static Reservation find(Call call, WorkspaceState ws, Scope scope) {
    Predicate<Reservation> owner = scope.owner(call, ws);
    String sid = call.pathSid("Sid", Sids.RESERVATION);
    return call.found(ws.reservations.find(sid).filter(owner));
  }
}
