package io.taskrouter.local.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

public final class TaskQueue extends Resource {
  public final String workspaceSid;
  public String friendlyName;
  /** Expression over worker attributes deciding who belongs to the queue. */
  public String targetWorkers;
  public int maxReservedWorkers;
  public String taskOrder;
  public @Nullable String reservationActivitySid;
  public @Nullable String assignmentActivitySid;

  public TaskQueue(String sid, Instant created, String workspaceSid, String friendlyName) {
    super(sid, created);
    this.workspaceSid = workspaceSid;
    this.friendlyName = friendlyName;
    this.targetWorkers = "1==1";
    this.maxReservedWorkers = 1;
    this.taskOrder = "FIFO";
  }
}
