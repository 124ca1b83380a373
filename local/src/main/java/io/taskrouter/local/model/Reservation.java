package io.taskrouter.local.model;

import java.time.Instant;

/** An offer of a task to a worker. Only routing creates them (none exist before routing lands). */
public final class Reservation extends Resource {
  public final String workspaceSid;
  public final String taskSid;
  public final String workerSid;
  public ReservationStatus status = ReservationStatus.PENDING;

  public Reservation(String sid, Instant created, String workspaceSid, String taskSid, String workerSid) {
    super(sid, created);
    this.workspaceSid = workspaceSid;
    this.taskSid = taskSid;
    this.workerSid = workerSid;
  }
}
