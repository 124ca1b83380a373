package io.taskrouter.local.engine;

import io.taskrouter.local.model.Event;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One workspace and everything in it, for reading. Its tables are changed only by the lifecycles
 * of this package (one per kind of resource), which keep the cross-resource invariants and write
 * the event log.
 */
public final class WorkspaceState {
  private final Store store;
  final Workspace workspace;
  public final Table<Activity> activities;
  public final Table<TaskChannel> taskChannels;
  public final Table<TaskQueue> taskQueues;
  public final Table<Workflow> workflows;
  public final Table<Worker> workers;
  public final Table<Task> tasks;
  /** Created by routing only ({@link ReservationLifecycle#offer}). */
  public final Table<Reservation> reservations;
  private final EventLog events = new EventLog();
  private final EventRecorder recorder;
  private final WorkspaceRouting routing;

  WorkspaceState(Store store, Workspace workspace) {
    this.store = store;
    this.workspace = workspace;
    this.activities = new Table<>(store::nextChange);
    this.taskChannels = new Table<>(store::nextChange);
    this.taskQueues = new Table<>(store::nextChange);
    this.workflows = new Table<>(store::nextChange);
    this.workers = new Table<>(store::nextChange);
    this.tasks = new Table<>(store::nextChange);
    this.reservations = new Table<>(store::nextChange);
    this.recorder = new EventRecorder(this);
    this.routing = new WorkspaceRouting(this);
  }

  public Workspace workspace() {
    return workspace;
  }

  public Store store() {
    return store;
  }

  public String sid() {
    return workspace.sid;
  }

  /** The owner: rendered as {@code account_sid} on everything the workspace holds. */
  public String accountSid() {
    return workspace.accountSid;
  }

  public Instant now() {
    return store.now();
  }

  public EventLog events() {
    return events;
  }

  EventRecorder record() {
    return recorder;
  }

  /** The workspace's routing core: every lifecycle reports its changes here. */
  public WorkspaceRouting routing() {
    return routing;
  }

  /** Logged, and handed to the outbox, which decides whether the event callback gets it. */
  void appendEvent(Event event) {
    events.append(event);
    store.callbacks().event(this, event);
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
