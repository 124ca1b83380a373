package io.taskrouter.local.engine;

import io.taskrouter.local.model.Activity;
import io.taskrouter.local.model.Reservation;
import io.taskrouter.local.model.ResourcePaths;
import io.taskrouter.local.model.Task;
import io.taskrouter.local.model.TaskChannel;
import io.taskrouter.local.model.TaskQueue;
import io.taskrouter.local.model.Worker;
import io.taskrouter.local.model.WorkerChannel;
import io.taskrouter.local.model.Workflow;
import io.taskrouter.local.model.Workspace;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One workspace and everything in it. Adding and removing resources goes through here so that
 * the cross-resource invariants hold in one place: every worker has one channel per task channel,
 * and every creation and deletion is in the event log.
 */
public final class WorkspaceState {
  private final Store store;
  public final Workspace workspace;
  public final Table<Activity> activities = new Table<>();
  public final Table<TaskChannel> taskChannels = new Table<>();
  public final Table<TaskQueue> taskQueues = new Table<>();
  public final Table<Workflow> workflows = new Table<>();
  public final Table<Worker> workers = new Table<>();
  public final Table<Task> tasks = new Table<>();
  /** Filled by routing only; empty until routing lands. */
  public final Table<Reservation> reservations = new Table<>();
  private final EventLog events = new EventLog();
  private final EventRecorder recorder;

  WorkspaceState(Store store, Workspace workspace) {
    this.store = store;
    this.workspace = workspace;
    this.recorder = new EventRecorder(this);
  }

  public Store store() {
    return store;
  }

  public String sid() {
    return workspace.sid;
  }

  public Instant now() {
    return store.now();
  }

  public EventLog events() {
    return events;
  }

  public EventRecorder record() {
    return recorder;
  }

  void appendEvent(io.taskrouter.local.model.Event event) {
    events.append(event);
  }

  // ---- adding and removing ------------------------------------------------------------------

  public void addActivity(Activity activity) {
    activities.add(activity);
    recorder.resource("activity.created", EventRecorder.ACTIVITY, activity.sid,
        ResourcePaths.member(sid(), "Activities", activity.sid), "Activity " + activity.friendlyName + " created");
  }

  public void removeActivity(Activity activity) {
    activities.remove(activity.sid);
    recorder.resource("activity.deleted", EventRecorder.ACTIVITY, activity.sid,
        ResourcePaths.member(sid(), "Activities", activity.sid), "Activity " + activity.friendlyName + " deleted");
  }

  /** Adds the channel and gives every worker a channel for it. */
  public void addTaskChannel(TaskChannel channel) {
    taskChannels.add(channel);
    for (Worker worker : workers.list()) {
      addWorkerChannel(worker, channel);
    }
    recorder.resource("task-channel.created", EventRecorder.TASK_CHANNEL, channel.sid,
        ResourcePaths.member(sid(), "TaskChannels", channel.sid), "TaskChannel " + channel.uniqueName + " created");
  }

  public void removeTaskChannel(TaskChannel channel) {
    taskChannels.remove(channel.sid);
    for (Worker worker : workers.list()) {
      worker.channels.remove(channel.sid);
    }
    recorder.resource("task-channel.deleted", EventRecorder.TASK_CHANNEL, channel.sid,
        ResourcePaths.member(sid(), "TaskChannels", channel.sid), "TaskChannel " + channel.uniqueName + " deleted");
  }

  public void addTaskQueue(TaskQueue queue) {
    taskQueues.add(queue);
    recorder.queue("task-queue.created", queue, "TaskQueue " + queue.friendlyName + " created");
  }

  public void removeTaskQueue(TaskQueue queue) {
    taskQueues.remove(queue.sid);
    recorder.queue("task-queue.deleted", queue, "TaskQueue " + queue.friendlyName + " deleted");
  }

  public void addWorkflow(Workflow workflow) {
    workflows.add(workflow);
    recorder.workflow("workflow.created", workflow, "Workflow " + workflow.friendlyName + " created");
  }

  public void removeWorkflow(Workflow workflow) {
    workflows.remove(workflow.sid);
    recorder.workflow("workflow.deleted", workflow, "Workflow " + workflow.friendlyName + " deleted");
  }

  /** Adds the worker with one channel per task channel of the workspace. */
  public void addWorker(Worker worker) {
    workers.add(worker);
    for (TaskChannel channel : taskChannels.list()) {
      addWorkerChannel(worker, channel);
    }
    recorder.worker("worker.created", worker, "Worker " + worker.friendlyName + " created", Map.of());
  }

  public void removeWorker(Worker worker) {
    workers.remove(worker.sid);
    recorder.worker("worker.deleted", worker, "Worker " + worker.friendlyName + " deleted", Map.of());
  }

  private void addWorkerChannel(Worker worker, TaskChannel channel) {
    WorkerChannel workerChannel = new WorkerChannel(store.newSid(Sids.WORKER_CHANNEL), now(), sid(),
        worker.sid, channel.sid);
    worker.channels.put(channel.sid, workerChannel);
  }

  // ---- lookups ------------------------------------------------------------------------------

  /** A task channel by SID or unique name: the API accepts both wherever a channel is named. */
  public Optional<TaskChannel> taskChannel(String sidOrUniqueName) {
    if (Sids.hasShape(sidOrUniqueName, Sids.TASK_CHANNEL)) {
      return taskChannels.find(sidOrUniqueName);
    }
    return taskChannels.stream().filter(c -> c.uniqueName.equals(sidOrUniqueName)).findFirst();
  }

  public @Nullable String activityName(@Nullable String activitySid) {
    return activitySid == null ? null : activities.find(activitySid).map(a -> a.friendlyName).orElse(null);
  }

  public boolean activityAvailable(String activitySid) {
    return activities.find(activitySid).map(a -> a.available).orElse(false);
  }

  public @Nullable String queueName(@Nullable String queueSid) {
    return queueSid == null ? null : taskQueues.find(queueSid).map(q -> q.friendlyName).orElse(null);
  }

  public @Nullable String workflowName(@Nullable String workflowSid) {
    return workflowSid == null ? null : workflows.find(workflowSid).map(w -> w.friendlyName).orElse(null);
  }

  public @Nullable String channelUniqueName(String taskChannelSid) {
    return taskChannels.find(taskChannelSid).map(c -> c.uniqueName).orElse(null);
  }
}
