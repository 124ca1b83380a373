package io.taskrouter.local.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What routing needs to know of a task.
 *
 * @param attributes the task's attributes, JSON-like (read, never changed)
 * @param priority the task's current priority (a step's priority, once applied, is the task's)
 * @param createdAt when the task was created: its age, kept across re-routing, counts from here
 * @param virtualStart the {@code virtual_start_time} queues order by
 * @param channel the task channel's unique name ({@code default}, {@code voice}, ...)
 * @param ignoreCapacity offer even to workers whose channel capacity is used up
 */
public record RoutingTask(
    String sid,
    Map<String, ?> attributes,
    int priority,
    Instant createdAt,
    Instant virtualStart,
    String channel,
    boolean ignoreCapacity) {

  /** A task with the defaults of a fresh one: virtual start = creation, channel {@code default}. */
  public static RoutingTask of(String sid, Map<String, ?> attributes, int priority, Instant createdAt) {
    return new RoutingTask(sid, attributes, priority, createdAt, createdAt, "default", false);
  }

  /** The task's age at {@code now}. */
  public Duration ageAt(Instant now) {
    return Duration.between(createdAt, now);
  }

  /** The same task with another priority. */
  public RoutingTask withPriority(int newPriority) {
    return new RoutingTask(sid, attributes, newPriority, createdAt, virtualStart, channel, ignoreCapacity);
  }
}
