package io.taskrouter.local.engine;

import io.taskrouter.local.model.ReservationStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An offer of a task to a worker, made by routing through {@link ReservationLifecycle#offer}. */
public final class Reservation extends Resource {
  final String workspaceSid;
  final String taskSid;
  final String workerSid;
  /** The queue the task was offered from; null for a task routed straight to a worker. */
  final @Nullable String taskQueueSid;
  final @Nullable String workflowSid;
  final String taskChannelSid;
  /** When the offer times out if nobody answers it. */
  final Instant timeoutAt;
  /**
   * The worker's activity before the offer moved it into the queue's reservation activity, or
   * null when the offer did not move it: where a rejection without WorkerActivitySid returns it.
   */
  @Nullable String activityBeforeOffer;
  ReservationStatus status = ReservationStatus.PENDING;

  Reservation(String sid, long sequence, Instant created, Task task, String workerSid, @Nullable String taskQueueSid,
      Instant timeoutAt) {
    super(sid, sequence, created);
    this.workspaceSid = task.workspaceSid;
    this.taskSid = task.sid;
    this.workerSid = workerSid;
    this.taskQueueSid = taskQueueSid;
    this.workflowSid = task.workflowSid;
    this.taskChannelSid = task.taskChannelSid;
    this.timeoutAt = timeoutAt;
  }

  public String workspaceSid() {
    return workspaceSid;
  }

  public String taskSid() {
    return taskSid;
  }

  public String workerSid() {
    return workerSid;
  }

  public @Nullable String taskQueueSid() {
    return taskQueueSid;
  }

  public @Nullable String workflowSid() {
    return workflowSid;
  }

  public String taskChannelSid() {
    return taskChannelSid;
  }

  public Instant timeoutAt() {
    return timeoutAt;
  }

  public ReservationStatus status() {
    return status;
  }
}
