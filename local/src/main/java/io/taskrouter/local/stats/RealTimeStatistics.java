package io.taskrouter.local.stats;

import io.taskrouter.local.engine.Routing;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.engine.Activity;
import io.taskrouter.local.engine.Task;
import io.taskrouter.local.engine.TaskQueue;
import io.taskrouter.local.engine.Worker;
import io.taskrouter.local.engine.WorkerChannel;
import io.taskrouter.local.engine.Workflow;
import io.taskrouter.local.render.Fields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Real-time statistics: a snapshot counted from the stored tasks and workers at this instant,
 * optionally for one task channel (its SID). Nothing is cached or estimated.
 */
public final class RealTimeStatistics {
  private RealTimeStatistics() {}

  public static Fields workspace(WorkspaceState ws, Optional<String> channelSid) {
    List<Worker> workers = ws.workers.list();
    Fields fields = new Fields().put("activity_statistics", activityStatistics(ws, workers));
    new TaskCounts(tasks(ws, channelSid), ws.now()).putInto(fields);
    return fields.put("total_workers", workers.size());
  }

  public static Fields workflow(WorkspaceState ws, Workflow workflow, Optional<String> channelSid) {
    Fields fields = new Fields();
    new TaskCounts(tasks(ws, channelSid).stream().filter(t -> workflow.sid().equals(t.workflowSid())).toList(), ws.now())
        .putInto(fields);
    return fields;
  }

  /**
   * A queue's figures: its tasks, and its eligible workers (those its target_workers expression
   * selects); available ones are in an available activity, and, for a channel, have that channel
   * enabled with some capacity.
   */
  public static Fields queue(WorkspaceState ws, TaskQueue queue, Optional<String> channelSid) {
    List<Worker> eligible = ws.workers.stream().filter(w -> Routing.isMember(ws, queue, w)).toList();
    long available = eligible.stream()
        .filter(w -> ws.activityAvailable(w.activitySid()))
        .filter(w -> channelSid.isEmpty() || usable(w.channel(channelSid.get())))
        .count();
    TaskCounts counts = new TaskCounts(
        tasks(ws, channelSid).stream().filter(t -> queue.sid().equals(t.taskQueueSid())).toList(), ws.now());
    Optional<Task> longestInQueue = counts.longestWaiting(
        t -> t.taskQueueEnteredDate() == null ? t.dateCreated() : t.taskQueueEnteredDate());
    Fields fields = new Fields().put("activity_statistics", activityStatistics(ws, eligible));
    counts.putInto(fields);
    return fields
        .put("longest_relative_task_age_in_queue", longestInQueue.map(t -> secondsInQueue(ws, t)).orElse(0L))
        .put("longest_relative_task_sid_in_queue", longestInQueue.map(t -> t.sid()).orElse(null))
        .put("total_available_workers", available)
        .put("total_eligible_workers", eligible.size());
  }

  public static Fields workers(WorkspaceState ws, List<Worker> workers) {
    return new Fields()
        .put("activity_statistics", activityStatistics(ws, workers))
        .put("total_workers", workers.size());
  }

  /** One entry per activity of the workspace, with how many of {@code workers} are in it now. */
  static List<Map<String, @Nullable Object>> activityStatistics(WorkspaceState ws, List<Worker> workers) {
    List<Map<String, @Nullable Object>> result = new ArrayList<>();
    for (Activity activity : ws.activities.list()) {
      result.add(new Fields()
          .put("sid", activity.sid())
          .put("friendly_name", activity.friendlyName())
          .put("workers", workers.stream().filter(w -> w.activitySid().equals(activity.sid())).count())
          .map());
    }
    return result;
  }

  private static List<Task> tasks(WorkspaceState ws, Optional<String> channelSid) {
    return ws.tasks.stream().filter(t -> channelSid.isEmpty() || t.taskChannelSid().equals(channelSid.get())).toList();
  }

  private static boolean usable(@Nullable WorkerChannel channel) {
    return channel != null && channel.available() && channel.capacity() > 0;
  }

  private static long secondsInQueue(WorkspaceState ws, Task task) {
    if (task.taskQueueEnteredDate() == null) {
      return task.ageAt(ws.now());
    }
    return Math.max(0, java.time.Duration.between(task.taskQueueEnteredDate(), ws.now()).getSeconds());
  }
}
