package io.taskrouter.local.routing;

/**
 * The state of a reservation as capacity sees it: every one of these counts against the worker's
 * channel capacity (and in a single-tasking workspace makes the worker busy); only {@code
 * ACCEPTED} counts as an assigned task.
 */
public enum HoldStatus {
  PENDING,
  ACCEPTED,
  WRAPPING
}
