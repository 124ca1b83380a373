package io.taskrouter.local.engine;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

public final class Workspace extends Resource {
  /** The account that created the workspace: the only one that can see it and what it holds. */
  final String accountSid;
  String friendlyName;
  @Nullable String eventCallbackUrl;
  @Nullable String eventsFilter;
  boolean multiTaskEnabled;
  String prioritizeQueueOrder;
  @Nullable String defaultActivitySid;
  @Nullable String timeoutActivitySid;

  Workspace(String sid, long sequence, Instant created, String accountSid, String friendlyName,
      boolean multiTaskEnabled, String prioritizeQueueOrder) {
    super(sid, sequence, created);
    this.accountSid = accountSid;
    this.friendlyName = friendlyName;
    this.multiTaskEnabled = multiTaskEnabled;
    this.prioritizeQueueOrder = prioritizeQueueOrder;
  }

  public String accountSid() {
    return accountSid;
  }

  public String friendlyName() {
    return friendlyName;
  }

  public @Nullable String eventCallbackUrl() {
    return eventCallbackUrl;
  }

  public @Nullable String eventsFilter() {
    return eventsFilter;
  }

  public boolean multiTaskEnabled() {
    return multiTaskEnabled;
  }

  public String prioritizeQueueOrder() {
    return prioritizeQueueOrder;
  }

  public @Nullable String defaultActivitySid() {
    return defaultActivitySid;
  }

  public @Nullable String timeoutActivitySid() {
    return timeoutActivitySid;
  }
}
