package io.taskrouter.local.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

public final class Workspace extends Resource {
  public String friendlyName;
  public @Nullable String eventCallbackUrl;
  public @Nullable String eventsFilter;
  public boolean multiTaskEnabled;
  public String prioritizeQueueOrder;
  public @Nullable String defaultActivitySid;
  public @Nullable String timeoutActivitySid;

  public Workspace(String sid, Instant created, String friendlyName, boolean multiTaskEnabled,
      String prioritizeQueueOrder) {
    super(sid, created);
    this.friendlyName = friendlyName;
    this.multiTaskEnabled = multiTaskEnabled;
    this.prioritizeQueueOrder = prioritizeQueueOrder;
  }
}
