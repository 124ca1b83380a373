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

  /**
   * A task as the answer shows it, copied when made (strings, instants and numbers, all immutable):
   * it may be written after the engine has moved on, on another thread.
   */
  public record TaskView(
      String accountSid, int age, String assignmentStatus, String attributes, String addons,
      Instant dateCreated, Instant dateUpdated, @Nullable Instant taskQueueEnteredDate, int priority,
      @Nullable String reason, String sid, @Nullable String taskQueueSid, @Nullable String taskQueueFriendlyName,
      String taskChannelSid, @Nullable String taskChannelUniqueName, int timeout, @Nullable String workflowSid,
      @Nullable String workflowFriendlyName, String workspaceSid, Instant virtualStartTime,
      @Nullable Boolean ignoreCapacity, @Nullable String routingTarget, Links urls) implements TaskSource {

    public static TaskView of(Links urls, WorkspaceState ws, Task task) {
      return new TaskView(ws.accountSid(), (int) task.ageAt(ws.now()), task.status().wire(), task.attributes(),
          task.addons(), task.dateCreated(), task.dateUpdated(), task.taskQueueEnteredDate(), task.priority(),
          task.reason(), task.sid(), task.taskQueueSid(), ws.queueName(task.taskQueueSid()), task.taskChannelSid(),
          ws.channelUniqueName(task.taskChannelSid()), task.timeout(), task.workflowSid(),
          ws.workflowName(task.workflowSid()), task.workspaceSid(), task.virtualStartTime(), task.ignoreCapacity(),
          task.routingTarget(), urls);
    }

    @Override public String url() { return urls.member(workspaceSid, "Tasks", sid); }

    @Override
    public Map<String, String> links() {
      return urls.links(workspaceSid)
          .put("task_queue", taskQueueSid == null ? null : urls.member(workspaceSid, "TaskQueues", taskQueueSid))
          .put("workflow", workflowSid == null ? null : urls.member(workspaceSid, "Workflows", workflowSid))
          .under(ResourcePaths.member(workspaceSid, "Tasks", sid), "reservations", "/Reservations")
          .build();
    }
  }

  public record TaskList(List<TaskView> tasks, ListMetaSource meta) implements TaskListSource {}
}
