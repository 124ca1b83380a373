package io.taskrouter.local.model;

import java.util.Locale;
import java.util.Optional;

/** A task's assignment_status. */
public enum TaskStatus {
  PENDING, RESERVED, ASSIGNED, WRAPPING, COMPLETED, CANCELED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A task that still takes part in routing and real-time statistics. */
  public boolean active() {
    return this != COMPLETED && this != CANCELED;
  }

  /** Waiting for a worker: counts for "longest waiting task" and can be canceled. */
  public boolean waiting() {
    return this == PENDING || this == RESERVED;
  }

  public static Optional<TaskStatus> fromWire(String value) {
    for (TaskStatus status : values()) {
      if (status.wire().equals(value)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
