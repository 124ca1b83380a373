package io.taskrouter.local.model;

import java.time.Instant;

public final class Activity extends Resource {
  public final String workspaceSid;
  public String friendlyName;
  /** Fixed at creation, as in the real service. */
  public final boolean available;

  public Activity(String sid, Instant created, String workspaceSid, String friendlyName, boolean available) {
    super(sid, created);
    this.workspaceSid = workspaceSid;
    this.friendlyName = friendlyName;
    this.available = available;
  }
}
