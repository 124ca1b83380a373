package io.taskrouter.local.engine;

import java.time.Instant;

public final class Activity extends Resource {
  final String workspaceSid;
  String friendlyName;
  /** Fixed at creation, as in the real service. */
  final boolean available;

  Activity(String sid, long sequence, Instant created, String workspaceSid, String friendlyName, boolean available) {
    super(sid, sequence, created);
    this.workspaceSid = workspaceSid;
    this.friendlyName = friendlyName;
    this.available = available;
  }

  public String workspaceSid() {
    return workspaceSid;
  }

  public String friendlyName() {
    return friendlyName;
  }

  public boolean available() {
    return available;
  }
}
