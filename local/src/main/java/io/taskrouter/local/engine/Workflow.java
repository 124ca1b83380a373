package io.taskrouter.local.engine;

import io.taskrouter.local.model.WorkflowConfiguration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

public final class Workflow extends Resource {
  final String workspaceSid;
  String friendlyName;
  /** The configuration exactly as the client sent it (the API echoes it back as a string). */
  String configuration;
  /** The same configuration, parsed and checked: what routing reads. */
  WorkflowConfiguration parsed;
  @Nullable String assignmentCallbackUrl;
  @Nullable String fallbackAssignmentCallbackUrl;
  int taskReservationTimeout;

  Workflow(String sid, long sequence, Instant created, String workspaceSid, String friendlyName,
      String configuration, WorkflowConfiguration parsed) {
    super(sid, sequence, created);
    this.workspaceSid = workspaceSid;
    this.friendlyName = friendlyName;
    this.configuration = configuration;
    this.parsed = parsed;
    this.taskReservationTimeout = 120;
  }

  public String workspaceSid() {
    return workspaceSid;
  }

  public String friendlyName() {
    return friendlyName;
  }

  public String configuration() {
    return configuration;
  }

  public WorkflowConfiguration parsed() {
    return parsed;
  }

  public @Nullable String assignmentCallbackUrl() {
    return assignmentCallbackUrl;
  }

  public @Nullable String fallbackAssignmentCallbackUrl() {
    return fallbackAssignmentCallbackUrl;
  }

  public int taskReservationTimeout() {
    return taskReservationTimeout;
  }
}
