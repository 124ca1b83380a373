package io.taskrouter.local.engine;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

public final class TaskQueue extends Resource {
  final String workspaceSid;
  String friendlyName;
  /** Expression over worker attributes deciding who belongs to the queue. */
  String targetWorkers;
  int maxReservedWorkers;
  String taskOrder;
  @Nullable String reservationActivitySid;
  @Nullable String assignmentActivitySid;

  TaskQueue(String sid, long sequence, Instant created, String workspaceSid, String friendlyName) {
    super(sid, sequence, created);
    this.workspaceSid = workspaceSid;
    this.friendlyName = friendlyName;
    this.targetWorkers = "1==1";
    this.maxReservedWorkers = 1;
    this.taskOrder = "FIFO";
  }

  /**
   * A queue the workspace does not hold, that no worker and no task belongs to: what statistics
   * report for a SID they are asked about but cannot find (all zeros). It is never stored.
   */
  public static TaskQueue unknown(String sid, WorkspaceState ws) {
    TaskQueue queue = new TaskQueue(sid, -1, ws.now(), ws.sid(), "");
    queue.targetWorkers = "1==0";
    return queue;
  }

  public String workspaceSid() {
    return workspaceSid;
  }

  public String friendlyName() {
    return friendlyName;
  }

  public String targetWorkers() {
    return targetWorkers;
  }

  public int maxReservedWorkers() {
    return maxReservedWorkers;
  }

  public String taskOrder() {
    return taskOrder;
  }

  public @Nullable String reservationActivitySid() {
    return reservationActivitySid;
  }

  public @Nullable String assignmentActivitySid() {
    return assignmentActivitySid;
  }
}
