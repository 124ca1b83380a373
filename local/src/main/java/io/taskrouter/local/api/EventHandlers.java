package io.taskrouter.local.api;

import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.model.Event;
import io.taskrouter.local.engine.TaskChannel;
import io.taskrouter.local.stats.Window;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The event log: newest first, within a time window (default: the last 15 minutes). */
final class EventHandlers {
  private static final String COLLECTION = "/v1/Workspaces/{WorkspaceSid}/Events";
  /** The log is in order of occurrence; the API lists newest first. */
  private static final ListOrder<Event> NEWEST_FIRST =
      ListOrder.of(List.of(new ListOrder.Key<>("Occurred", Event::sequence, true)), Event::sid);

  private EventHandlers() {}

  static void register(Registry registry) {
    registry.register("GET", COLLECTION, "ListEvent", EventHandlers::list);
    registry.register("GET", COLLECTION + "/{Sid}", "FetchEvent", call -> {
      WorkspaceState ws = call.workspace();
      Event event = call.found(ws.events().find(call.pathSid("Sid", Sids.EVENT)));
      return ApiResponse.ok(call.render().event(ws, event));
    });
  }

  private static ApiResponse list(Call call) {
    WorkspaceState ws = call.workspace();
    Params query = call.query();
    Window window = StatisticsParams.window(query, call.now());
    Optional<String> type = query.string("EventType");
    Optional<String> reservation = query.sid("ReservationSid", Sids.RESERVATION);
    Optional<String> queue = query.sid("TaskQueueSid", Sids.TASK_QUEUE);
    Optional<String> task = query.sid("TaskSid", Sids.TASK);
    Optional<String> worker = query.sid("WorkerSid", Sids.WORKER);
    Optional<String> workflow = query.sid("WorkflowSid", Sids.WORKFLOW);
    Optional<String> sid = query.sid("Sid", Sids.EVENT);
    Optional<TaskChannel> channel = References.taskChannel(query, "TaskChannel", ws);
    var events = ws.events().between(window.start(), window.end())
        .filter(e -> type.isEmpty() || e.type().equals(type.get()))
        .filter(e -> matches(reservation, e.refs().reservationSid()))
        .filter(e -> matches(queue, e.refs().taskQueueSid()))
        .filter(e -> matches(task, e.refs().taskSid()))
        .filter(e -> matches(worker, e.refs().workerSid()))
        .filter(e -> matches(workflow, e.refs().workflowSid()))
        .filter(e -> matches(sid, e.sid()))
        .filter(e -> matches(channel.map(c -> c.sid()), e.refs().taskChannelSid()));
    return ApiResponse.ok(ListPage.render(call, "events", events, NEWEST_FIRST, e -> call.render().event(ws, e)));
  }

  private static boolean matches(Optional<String> wanted, @Nullable String actual) {
    return wanted.isEmpty() || Objects.equals(wanted.get(), actual);
  }
}
