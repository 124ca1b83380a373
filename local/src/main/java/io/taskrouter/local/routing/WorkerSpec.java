package io.taskrouter.local.routing;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What routing needs to know of a worker.
 *
 * @param available whether its activity is an available one
 * @param channels its worker channels by task channel unique name (multitasking; ignored in a
 *     single-tasking workspace)
 * @param idleSince where it starts in the longest-idle order (see {@link RoutingIndex})
 */
public record WorkerSpec(
    String sid,
    String friendlyName,
    Map<String, ?> attributes,
    String activitySid,
    String activityName,
    boolean available,
    Map<String, Channel> channels,
    Instant idleSince) {

  public WorkerSpec {
    channels = new TreeMap<>(channels);
  }

  /** A worker channel: its {@code configured_capacity} and whether it is {@code available}. */
  public record Channel(int configuredCapacity, boolean available) {
    public Channel {
      if (configuredCapacity < 0) {
        throw new IllegalArgumentException(
            "configured_capacity must be 0 or more, but was " + configuredCapacity);
      }
    }
  }
}
