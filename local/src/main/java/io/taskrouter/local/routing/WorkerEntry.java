package io.taskrouter.local.routing;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** The index's record of a worker. Fields that order it in sets change only while it is out. */
final class WorkerEntry {

  /** Longest idle first, then SID. */
  static final Comparator<WorkerEntry> LONGEST_IDLE =
      (a, b) -> {
        int byIdle = a.idleSince.compareTo(b.idleSince);
        return byIdle != 0 ? byIdle : a.sid.compareTo(b.sid);
      };

  /** A reservation the worker holds, as capacity sees it. */
  record Hold(String channel, HoldStatus status) {}

  /** Reservations held per channel: every status, and accepted ones (assigned tasks). */
  static final class Load {
    int held;
    int accepted;
  }

  final String sid;
  String friendlyName = "";
  Map<String, ?> attributes = Map.of();
  String activitySid = "";
  String activityName = "";
  boolean available;
  Map<String, WorkerSpec.Channel> channels = Map.of();
  Instant idleSince = Instant.EPOCH;
  final Map<String, Hold> holds = new HashMap<>();
  final Map<String, Load> loads = new HashMap<>();
  final TreeMap<String, QueueEntry> queues = new TreeMap<>();
  /** The channel keys it is listed under in its queues' ready sets, sorted. */
  List<String> readyKeys = List.of();

  WorkerEntry(WorkerSpec spec) {
    this.sid = spec.sid();
    apply(spec);
  }

  /** Takes every field but the SID from {@code spec}; holds and memberships stay. */
  void apply(WorkerSpec spec) {
    this.friendlyName = spec.friendlyName();
    this.attributes = spec.attributes();
    this.activitySid = spec.activitySid();
    this.activityName = spec.activityName();
    this.available = spec.available();
    this.channels = spec.channels();
    this.idleSince = spec.idleSince();
  }

  Load load(String channel) {
    Load load = loads.get(channel);
    return load == null ? new Load() : load;
  }

  void hold(String taskSid, String channel, HoldStatus status) {
    Hold previous = holds.put(taskSid, new Hold(channel, status));
    Load load = loads.computeIfAbsent(channel, c -> new Load());
    if (previous == null) {
      load.held++;
    } else if (previous.status() == HoldStatus.ACCEPTED) {
      load.accepted--;
    }
    if (status == HoldStatus.ACCEPTED) {
      load.accepted++;
    }
  }

  @Nullable Hold release(String taskSid) {
    Hold hold = holds.remove(taskSid);
    if (hold != null) {
      Load load = loads.get(hold.channel());
      load.held--;
      if (hold.status() == HoldStatus.ACCEPTED) {
        load.accepted--;
      }
    }
    return hold;
  }

  /** Whether the worker can take one more task on the channel (capacity and channel switch). */
  boolean hasRoom(boolean multitasking, String channel) {
    if (!multitasking) {
      return holds.isEmpty();
    }
    WorkerSpec.Channel spec = channels.get(channel);
    return spec != null && spec.available() && load(channel).held < spec.configuredCapacity();
  }
}
