package io.taskrouter.local.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

public final class Workflow extends Resource {
  public final String workspaceSid;
  public String friendlyName;
  /** The configuration exactly as the client sent it (the API echoes it back as a string). */
  public String configuration;
  /** The same configuration, parsed and checked: what routing reads. */
  public WorkflowConfiguration parsed;
  public @Nullable String assignmentCallbackUrl;
  public @Nullable String fallbackAssignmentCallbackUrl;
  public int taskReservationTimeout;

  public Workflow(String sid, Instant created, String workspaceSid, String friendlyName,
      String configuration, WorkflowConfiguration parsed) {
    super(sid, created);
    this.workspaceSid = workspaceSid;
    this.friendlyName = friendlyName;
    this.configuration = configuration;
    this.parsed = parsed;
    this.taskReservationTimeout = 120;
  }
}
