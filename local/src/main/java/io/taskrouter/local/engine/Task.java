package io.taskrouter.local.engine;

import io.taskrouter.local.model.ReservationStatus;
import io.taskrouter.local.model.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

public final class Task extends Resource {
  final String workspaceSid;
  String attributes;
  String addons = "{}";
  TaskStatus status = TaskStatus.PENDING;
  int priority;
  @Nullable String reason;
  /** Time to live in seconds, counted from creation. */
  final int timeout;
  @Nullable String workflowSid;
  @Nullable String taskQueueSid;
  @Nullable Instant taskQueueEnteredDate;
  String taskChannelSid;
  Instant virtualStartTime;
  @Nullable Boolean ignoreCapacity;
  @Nullable String routingTarget;
  /** When the task became completed or canceled; the service removes such tasks 5 minutes later. */
  @Nullable Instant endedAt;
  /** Every reservation of the task, in the order they were offered. */
  final List<Reservation> reservations = new ArrayList<>();
  /** How many times the task went from pending to reserved: the Max Assignment Count is counted on it. */
  int reservedMoves;

  Task(String sid, long sequence, Instant created, String workspaceSid, String attributes, int timeout,
      String taskChannelSid) {
    super(sid, sequence, created);
    this.workspaceSid = workspaceSid;
    this.attributes = attributes;
    this.timeout = timeout;
    this.taskChannelSid = taskChannelSid;
    this.virtualStartTime = created;
  }

  /** Seconds since creation; kept across re-routing, as the service does. */
  public long ageAt(Instant now) {
    return Math.max(0, Duration.between(dateCreated, now).getSeconds());
  }

  public Instant expiresAt() {
    return dateCreated.plusSeconds(timeout);
  }

  public String workspaceSid() {
    return workspaceSid;
  }

  public String attributes() {
    return attributes;
  }

  public String addons() {
    return addons;
  }

  public TaskStatus status() {
    return status;
  }

  public int priority() {
    return priority;
  }

  public @Nullable String reason() {
    return reason;
  }

  public int timeout() {
    return timeout;
  }

  public @Nullable String workflowSid() {
    return workflowSid;
  }

  public @Nullable String taskQueueSid() {
    return taskQueueSid;
  }

  public @Nullable Instant taskQueueEnteredDate() {
    return taskQueueEnteredDate;
  }

  public String taskChannelSid() {
    return taskChannelSid;
  }

  public Instant virtualStartTime() {
    return virtualStartTime;
  }

  public @Nullable Boolean ignoreCapacity() {
    return ignoreCapacity;
  }

  public @Nullable String routingTarget() {
    return routingTarget;
  }

  public @Nullable Instant endedAt() {
    return endedAt;
  }

  /** The task's reservations in the order they were offered (a copy). */
  public List<Reservation> reservations() {
    return new ArrayList<>(reservations);
  }

  public int reservedMoves() {
    return reservedMoves;
  }

  /** Whether {@code workerSid} already rejected this task or let an offer of it time out. */
  public boolean declinedBy(String workerSid) {
    return reservations.stream().anyMatch(r -> r.workerSid.equals(workerSid)
        && (r.status == ReservationStatus.REJECTED || r.status == ReservationStatus.TIMEOUT));
  }

  boolean hasPendingReservation() {
    return reservations.stream().anyMatch(r -> r.status == ReservationStatus.PENDING);
  }
}
