package io.taskrouter.local.api;

import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.TaskChannel;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.model.Event;
import io.taskrouter.local.render.EventViews.EventList;
import io.taskrouter.local.render.EventViews.EventView;
import io.taskrouter.local.stats.Window;
import io.taskrouter.local.wire.WireResponse;
import io.taskrouter.local.wire.generated.EventListWriter;
import io.taskrouter.local.wire.generated.EventWriter;
import io.taskrouter.local.wire.generated.FetchEventRequest;
import io.taskrouter.local.wire.generated.ListEventRequest;
import io.taskrouter.local.wire.generated.OperationHandlers;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The event log: newest first, within a time window (default: the last 15 minutes). */
interface EventHandlers extends OperationHandlers<Call> {
  /** The log is in order of occurrence; the API lists newest first. */
  ListOrder<Event> NEWEST_FIRST = ListOrder.of(List.of(new ListOrder.Key<>("Occurred", Event::sequence, true)),
      Event::sid);

  private static boolean matches(Optional<String> wanted, @Nullable String actual) {
    return wanted.isEmpty() || Objects.equals(Sids.normalize(wanted.get()), actual);
  }

  @Override
  default WireResponse listEvent(ListEventRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    Window window = StatisticsParams.window(
        new StatisticsParams.WindowParams(request.minutes(), request.startDate(), request.endDate()), call.now());
    Optional<String> channel = References.taskChannel(ws, ListEventRequest.TASK_CHANNEL, request.taskChannel())
        .map(TaskChannel::sid);
    var events = ws.events().between(window.start(), window.end())
        .filter(e -> request.eventType().isEmpty() || e.type().equals(request.eventType().get()))
        .filter(e -> matches(request.reservationSid(), e.refs().reservationSid()))
        .filter(e -> matches(request.taskQueueSid(), e.refs().taskQueueSid()))
        .filter(e -> matches(request.taskSid(), e.refs().taskSid()))
        .filter(e -> matches(request.workerSid(), e.refs().workerSid()))
        .filter(e -> matches(request.workflowSid(), e.refs().workflowSid()))
        .filter(e -> matches(request.sid(), e.sid()))
        .filter(e -> channel.isEmpty() || channel.get().equals(e.refs().taskChannelSid()));
    ListPage.Page<Event> page = ListPage.page(call, EventListWriter.KEY, events, NEWEST_FIRST,
        new ListPage.Paging(request.pageSize(), request.page(), request.pageToken()));
    return WireResponse.ok(EventListWriter.toJson(
        new EventList(page.map(e -> new EventView(call.links(), ws, e)), page.meta())));
  }

  @Override
  default WireResponse fetchEvent(FetchEventRequest request, Call call) {
    WorkspaceState ws = call.workspace(request.workspaceSid());
    Event event = call.found(ws.events().find(Sids.normalize(request.sid())));
    return WireResponse.ok(EventWriter.toJson(new EventView(call.links(), ws, event)));
  }
}
