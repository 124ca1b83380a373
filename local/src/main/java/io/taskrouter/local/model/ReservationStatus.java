package io.taskrouter.local.model;

import java.util.Locale;

public enum ReservationStatus {
  PENDING, ACCEPTED, REJECTED, TIMEOUT, CANCELED, RESCINDED, WRAPPING, COMPLETED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * A reservation that still binds its worker: it counts against the worker's channel capacity,
   * and a worker holding one cannot be deleted.
   */
  public boolean holdsWorker() {
    return this == PENDING || this == ACCEPTED || this == WRAPPING;
  }

  /** The worker took the task and has not finished it: what a channel's assigned_tasks counts. */
  public boolean assigned() {
    return this == ACCEPTED || this == WRAPPING;
  }
}
