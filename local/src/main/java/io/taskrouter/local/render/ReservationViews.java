package io.taskrouter.local.render;

import io.taskrouter.local.engine.Reservation;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.model.ResourcePaths;
import io.taskrouter.local.wire.generated.ListMetaSource;
import io.taskrouter.local.wire.generated.TaskReservationListSource;
import io.taskrouter.local.wire.generated.TaskReservationSource;
import io.taskrouter.local.wire.generated.WorkerReservationListSource;
import io.taskrouter.local.wire.generated.WorkerReservationSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reservations as the generated writers read them. The spec has one schema per place a reservation
 * is reached from (its task, its worker); they have the same fields and differ only in the URL.
 */
public final class ReservationViews {
  private ReservationViews() {}

  public record ReservationView(Links urls, WorkspaceState ws, Reservation reservation, boolean underWorker)
      implements TaskReservationSource, WorkerReservationSource {
    @Override public String accountSid() { return ws.accountSid(); }
    @Override public Instant dateCreated() { return reservation.dateCreated(); }
    @Override public Instant dateUpdated() { return reservation.dateUpdated(); }
    @Override public String reservationStatus() { return reservation.status().wire(); }
    @Override public String sid() { return reservation.sid(); }
    @Override public String taskSid() { return reservation.taskSid(); }

    @Override
    public @Nullable String workerName() {
      return ws.workers.find(reservation.workerSid()).map(w -> w.friendlyName()).orElse(null);
    }

    @Override public String workerSid() { return reservation.workerSid(); }
    @Override public String workspaceSid() { return reservation.workspaceSid(); }

    @Override
    public String url() {
      return urls.url(underWorker
          ? ResourcePaths.workerReservation(ws.sid(), reservation.workerSid(), reservation.sid())
          : ResourcePaths.taskReservation(ws.sid(), reservation.taskSid(), reservation.sid()));
    }

    @Override
    public Map<String, String> links() {
      return urls.links(ws.sid())
          .put("task", urls.member(ws.sid(), "Tasks", reservation.taskSid()))
          .put("worker", urls.member(ws.sid(), "Workers", reservation.workerSid()))
          .build();
    }
  }

  public record TaskReservationList(List<ReservationView> reservations, ListMetaSource meta)
      implements TaskReservationListSource {}

  public record WorkerReservationList(List<ReservationView> reservations, ListMetaSource meta)
      implements WorkerReservationListSource {}
}
