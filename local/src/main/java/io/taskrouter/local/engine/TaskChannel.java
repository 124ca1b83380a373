package io.taskrouter.local.engine;

import java.time.Instant;

public final class TaskChannel extends Resource {
  final String workspaceSid;
  String friendlyName;
  final String uniqueName;
  boolean channelOptimizedRouting;

  TaskChannel(String sid, long sequence, Instant created, String workspaceSid, String friendlyName,
      String uniqueName, boolean channelOptimizedRouting) {
    super(sid, sequence, created);
    this.workspaceSid = workspaceSid;
    this.friendlyName = friendlyName;
    this.uniqueName = uniqueName;
    this.channelOptimizedRouting = channelOptimizedRouting;
  }

  public String workspaceSid() {
    return workspaceSid;
  }

  public String friendlyName() {
    return friendlyName;
  }

  public String uniqueName() {
    return uniqueName;
  }

  public boolean channelOptimizedRouting() {
    return channelOptimizedRouting;
  }
}
