package io.taskrouter.local.model;

import java.time.Instant;

public final class TaskChannel extends Resource {
  public final String workspaceSid;
  public String friendlyName;
  public final String uniqueName;
  public boolean channelOptimizedRouting;

  public TaskChannel(String sid, Instant created, String workspaceSid, String friendlyName,
      String uniqueName, boolean channelOptimizedRouting) {
    super(sid, created);
    this.workspaceSid = workspaceSid;
    this.friendlyName = friendlyName;
    this.uniqueName = uniqueName;
    this.channelOptimizedRouting = channelOptimizedRouting;
  }
}
