package io.taskrouter.local.render;

import io.taskrouter.local.engine.Task;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.model.ResourcePaths;
import io.taskrouter.local.wire.generated.ListMetaSource;
import io.taskrouter.local.wire.generated.TaskListSource;
import io.taskrouter.local.wire.generated.TaskSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Tasks as the generated writers read them. */
public final class TaskViews {
  private TaskViews() {}

  public record TaskView(Links urls, WorkspaceState ws, Task task) implements TaskSource {
    @Override public String accountSid() { return ws.accountSid(); }
    @Override public int age() { return (int) task.ageAt(ws.now()); }
    @Override public String assignmentStatus() { return task.status().wire(); }
    @Override public String attributes() { return task.attributes(); }
    @Override public String addons() { return task.addons(); }
    @Override public Instant dateCreated() { return task.dateCreated(); }
    @Override public Instant dateUpdated() { return task.dateUpdated(); }
    @Override public @Nullable Instant taskQueueEnteredDate() { return task.taskQueueEnteredDate(); }
    @Override public int priority() { return task.priority(); }
    @Override public @Nullable String reason() { return task.reason(); }
    @Override public String sid() { return task.sid(); }
    @Override public @Nullable String taskQueueSid() { return task.taskQueueSid(); }
    @Override public @Nullable String taskQueueFriendlyName() { return ws.queueName(task.taskQueueSid()); }
    @Override public String taskChannelSid() { return task.taskChannelSid(); }
    @Override public @Nullable String taskChannelUniqueName() { return ws.channelUniqueName(task.taskChannelSid()); }
    @Override public int timeout() { return task.timeout(); }
    @Override public @Nullable String workflowSid() { return task.workflowSid(); }
    @Override public @Nullable String workflowFriendlyName() { return ws.workflowName(task.workflowSid()); }
    @Override public String workspaceSid() { return task.workspaceSid(); }
    @Override public String url() { return urls.member(ws.sid(), "Tasks", task.sid()); }
    @Override public Instant virtualStartTime() { return task.virtualStartTime(); }
    @Override public @Nullable Boolean ignoreCapacity() { return task.ignoreCapacity(); }
    @Override public @Nullable String routingTarget() { return task.routingTarget(); }

    @Override
    public Map<String, String> links() {
      String queue = task.taskQueueSid();
      String workflow = task.workflowSid();
      return urls.links(ws.sid())
          .put("task_queue", queue == null ? null : urls.member(ws.sid(), "TaskQueues", queue))
          .put("workflow", workflow == null ? null : urls.member(ws.sid(), "Workflows", workflow))
          .under(ResourcePaths.member(ws.sid(), "Tasks", task.sid()), "reservations", "/Reservations")
          .build();
    }
  }

  public record TaskList(List<TaskView> tasks, ListMetaSource meta) implements TaskListSource {}
}
