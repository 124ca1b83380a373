package io.taskrouter.local.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.taskrouter.local.model.ReservationStatus;
import org.jspecify.annotations.Nullable;

public final class Worker extends Resource {
  final String workspaceSid;
  String friendlyName;
  String activitySid;
  /** The attributes JSON object as the client sent it. */
  String attributes;
  Instant dateStatusChanged;
  /** One channel per task channel of the workspace, keyed by task channel SID, in creation order. */
  final Map<String, WorkerChannel> channels = new LinkedHashMap<>();
  /**
   * The reservations that bind the worker now (pending, accepted, wrapping), by SID: kept by
   * {@link ReservationLifecycle} so that capacity checks need not scan every reservation.
   */
  final Map<String, Reservation> held = new LinkedHashMap<>();

  Worker(String sid, long sequence, Instant created, String workspaceSid, String friendlyName,
      String activitySid, String attributes) {
    super(sid, sequence, created);
    this.workspaceSid = workspaceSid;
    this.friendlyName = friendlyName;
    this.activitySid = activitySid;
    this.attributes = attributes;
    this.dateStatusChanged = created;
  }

  public String workspaceSid() {
    return workspaceSid;
  }

  public String friendlyName() {
    return friendlyName;
  }

  public String activitySid() {
    return activitySid;
  }

  public String attributes() {
    return attributes;
  }

  public Instant dateStatusChanged() {
    return dateStatusChanged;
  }

  /** The worker's channels in creation order (a copy). */
  public List<WorkerChannel> channels() {
    return new ArrayList<>(channels.values());
  }

  /** The worker's channel for a task channel, if the task channel exists. */
  public @Nullable WorkerChannel channel(String taskChannelSid) {
    return channels.get(taskChannelSid);
  }

  /** Whether any reservation binds the worker (pending, accepted or wrapping). */
  public boolean holdsReservations() {
    return !held.isEmpty();
  }

  public boolean hasPendingReservations() {
    return held.values().stream().anyMatch(r -> r.status == ReservationStatus.PENDING);
  }

  /** The reservations binding the worker on a task channel: what counts against its capacity there. */
  public int load(String taskChannelSid) {
    return (int) held.values().stream().filter(r -> r.taskChannelSid.equals(taskChannelSid)).count();
  }

  /** The tasks the worker accepted on a task channel and has not completed (accepted or wrapping up). */
  public int assignedTasks(String taskChannelSid) {
    return (int) held.values().stream()
        .filter(r -> r.taskChannelSid.equals(taskChannelSid) && r.status.assigned())
        .count();
  }
}
