package io.taskrouter.local.model;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

public final class Task extends Resource {
  public final String workspaceSid;
  public String attributes;
  public String addons = "{}";
  public TaskStatus status = TaskStatus.PENDING;
  public int priority;
  public @Nullable String reason;
  /** Time to live in seconds, counted from creation. */
  public final int timeout;
  public @Nullable String workflowSid;
  public @Nullable String taskQueueSid;
  public @Nullable Instant taskQueueEnteredDate;
  public String taskChannelSid;
  public Instant virtualStartTime;
  public @Nullable Boolean ignoreCapacity;
  public @Nullable String routingTarget;
  /** When the task became completed or canceled; the service removes such tasks 5 minutes later. */
  public @Nullable Instant endedAt;

  public Task(String sid, Instant created, String workspaceSid, String attributes, int timeout,
      String taskChannelSid) {
    super(sid, created);
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
}
