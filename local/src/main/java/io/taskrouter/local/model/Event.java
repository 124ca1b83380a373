package io.taskrouter.local.model;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened in a workspace. Besides feeding the Events API, the log is the single
 * source of cumulative statistics: counters are counted from events in the window, never kept apart.
 */
public record Event(
    String sid,
    /** The event's place in the store's creation order: lists of events are ordered by it. */
    long sequence,
    Instant date,
    String type,
    String description,
    String resourceType,
    String resourceSid,
    String resourcePath,
    Actor actor,
    /** snake_case keys with string values, as the REST API shows them. */
    Map<String, String> data,
    Refs refs) {

  /** Who caused the event: the account (through the API) or the workspace itself (timers). */
  public record Actor(String type, String sid, @Nullable String urlPath, String source,
      @Nullable String sourceIpAddress) {}

  /** The SIDs an event is filtered by in the Events list and grouped by in statistics. */
  public record Refs(
      @Nullable String taskSid,
      @Nullable String workerSid,
      @Nullable String workflowSid,
      @Nullable String taskQueueSid,
      @Nullable String reservationSid,
      @Nullable String taskChannelSid,
      @Nullable String taskChannelUniqueName) {

    public static Refs none() {
      return new Refs(null, null, null, null, null, null, null);
    }
  }
}
