package io.taskrouter.local.model;

import java.util.Locale;

public enum ReservationStatus {
  PENDING, ACCEPTED, REJECTED, TIMEOUT, CANCELED, RESCINDED, WRAPPING, COMPLETED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A reservation that still binds its worker: a worker holding one cannot be deleted. */
  public boolean holdsWorker() {
    return this == PENDING || this == ACCEPTED;
  }
}
