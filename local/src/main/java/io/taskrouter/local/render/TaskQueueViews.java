package io.taskrouter.local.render;

import io.taskrouter.local.engine.TaskQueue;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.model.ResourcePaths;
import io.taskrouter.local.wire.generated.ListMetaSource;
import io.taskrouter.local.wire.generated.TaskQueueListSource;
import io.taskrouter.local.wire.generated.TaskQueueSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Task queues as the generated writers read them. */
public final class TaskQueueViews {
  private TaskQueueViews() {}

  public record TaskQueueView(Links urls, WorkspaceState ws, TaskQueue queue) implements TaskQueueSource {
    @Override public String accountSid() { return ws.accountSid(); }
    @Override public @Nullable String assignmentActivitySid() { return queue.assignmentActivitySid(); }
    @Override public @Nullable String assignmentActivityName() { return ws.activityName(queue.assignmentActivitySid()); }
    @Override public Instant dateCreated() { return queue.dateCreated(); }
    @Override public Instant dateUpdated() { return queue.dateUpdated(); }
    @Override public String friendlyName() { return queue.friendlyName(); }
    @Override public int maxReservedWorkers() { return queue.maxReservedWorkers(); }
    @Override public @Nullable String reservationActivitySid() { return queue.reservationActivitySid(); }
    @Override public @Nullable String reservationActivityName() { return ws.activityName(queue.reservationActivitySid()); }
    @Override public String sid() { return queue.sid(); }
    @Override public String targetWorkers() { return queue.targetWorkers(); }
    @Override public String taskOrder() { return queue.taskOrder(); }
    @Override public String url() { return urls.member(ws.sid(), "TaskQueues", queue.sid()); }
    @Override public String workspaceSid() { return queue.workspaceSid(); }

    @Override
    public Map<String, String> links() {
      return urls.links(ws.sid())
          .put("assignment_activity", urls.activity(ws.sid(), queue.assignmentActivitySid()))
          .put("reservation_activity", urls.activity(ws.sid(), queue.reservationActivitySid()))
          .under(ResourcePaths.member(ws.sid(), "TaskQueues", queue.sid()), "statistics", "/Statistics",
              "real_time_statistics", "/RealTimeStatistics", "cumulative_statistics", "/CumulativeStatistics")
          .under(ResourcePaths.collection(ws.sid(), "TaskQueues"), "list_statistics", "/Statistics")
          .build();
    }
  }

  public record TaskQueueList(List<TaskQueueView> taskQueues, ListMetaSource meta) implements TaskQueueListSource {}
}
