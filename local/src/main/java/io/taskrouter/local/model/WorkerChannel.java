package io.taskrouter.local.model;

import java.time.Instant;

/** A worker's capacity on one task channel. */
public final class WorkerChannel extends Resource {
  public final String workspaceSid;
  public final String workerSid;
  public final String taskChannelSid;
  public int capacity;
  public boolean available;

  public WorkerChannel(String sid, Instant created, String workspaceSid, String workerSid,
      String taskChannelSid) {
    super(sid, created);
    this.workspaceSid = workspaceSid;
    this.workerSid = workerSid;
    this.taskChannelSid = taskChannelSid;
    // Default capacity is not documented; 1 is what a new worker can take on every channel.
    this.capacity = 1;
    this.available = true;
  }
}
