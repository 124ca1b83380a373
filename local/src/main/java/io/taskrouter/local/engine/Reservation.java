package io.taskrouter.local.engine;

import io.taskrouter.local.model.ReservationStatus;
import java.time.Instant;

/** An offer of a task to a worker. Only routing creates them (none exist before routing lands). */
public final class Reservation extends Resource {
  final String workspaceSid;
  final String taskSid;
  final String workerSid;
  ReservationStatus status = ReservationStatus.PENDING;

  Reservation(String sid, long sequence, Instant created, String workspaceSid, String taskSid, String workerSid) {
    super(sid, sequence, created);
    this.workspaceSid = workspaceSid;
    this.taskSid = taskSid;
    this.workerSid = workerSid;
  }

  public String workspaceSid() {
    return workspaceSid;
  }

  public String taskSid() {
    return taskSid;
  }

  public String workerSid() {
    return workerSid;
  }

  public ReservationStatus status() {
    return status;
  }
}
