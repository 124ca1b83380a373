package io.taskrouter.local.engine;

import java.time.Instant;

/** A worker's capacity on one task channel. */
public final class WorkerChannel extends Resource {
  final String workspaceSid;
  final String workerSid;
  final String taskChannelSid;
  int capacity;
  boolean available;

  WorkerChannel(String sid, long sequence, Instant created, String workspaceSid, String workerSid,
      String taskChannelSid) {
    super(sid, sequence, created);
    this.workspaceSid = workspaceSid;
    this.workerSid = workerSid;
    this.taskChannelSid = taskChannelSid;
    // Default capacity is not documented; 1 is what a new worker can take on every channel.
    this.capacity = 1;
    this.available = true;
  }

  public String workspaceSid() {
    return workspaceSid;
  }

  public String workerSid() {
    return workerSid;
  }

  public String taskChannelSid() {
    return taskChannelSid;
  }

  public int capacity() {
    return capacity;
  }

  public boolean available() {
    return available;
  }
}
