package io.taskrouter.local.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

public final class Worker extends Resource {
  public final String workspaceSid;
  public String friendlyName;
  public String activitySid;
  /** The attributes JSON object as the client sent it. */
  public String attributes;
  public Instant dateStatusChanged;
  /** One channel per task channel of the workspace, keyed by task channel SID, in creation order. */
  public final Map<String, WorkerChannel> channels = new LinkedHashMap<>();

  public Worker(String sid, Instant created, String workspaceSid, String friendlyName,
      String activitySid, String attributes) {
    super(sid, created);
    this.workspaceSid = workspaceSid;
    this.friendlyName = friendlyName;
    this.activitySid = activitySid;
    this.attributes = attributes;
    this.dateStatusChanged = created;
  }
}
