// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.params;

import io.taskrouter.sdk.internal.Checks;
import io.taskrouter.sdk.internal.JsonText;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Options of {@code ListEvent}: List events.
 *
 * <p>Immutable. Build one with {@link #builder()}, or pass a {@code Consumer<Builder>} to the
 * resource method. Each setter checks its value at once and {@link Builder#build()} checks that the
 * required options are there: an invalid value is refused with an {@link IllegalArgumentException}
 * that names the parameter, before anything is sent.
 */
public final class ListEventParams {
  private final @Nullable OffsetDateTime endDate;
  private final @Nullable String eventType;
  private final @Nullable Integer minutes;
  private final @Nullable String reservationSid;
  private final @Nullable OffsetDateTime startDate;
  private final @Nullable String taskQueueSid;
  private final @Nullable String taskSid;
  private final @Nullable String workerSid;
  private final @Nullable String workflowSid;
  private final @Nullable String taskChannel;
  private final @Nullable String sid;
  private final @Nullable Long pageSize;
  private final @Nullable String pageToken;
  private final Map<String, String> extraParams;

  private ListEventParams(Builder builder) {
    this.endDate = builder.endDate;
    this.eventType = builder.eventType;
    this.minutes = builder.minutes;
    this.reservationSid = builder.reservationSid;
    this.startDate = builder.startDate;
    this.taskQueueSid = builder.taskQueueSid;
    this.taskSid = builder.taskSid;
    this.workerSid = builder.workerSid;
    this.workflowSid = builder.workflowSid;
    this.taskChannel = builder.taskChannel;
    this.sid = builder.sid;
    this.pageSize = builder.pageSize;
    this.pageToken = builder.pageToken;
    this.extraParams = Collections.unmodifiableMap(new LinkedHashMap<>(builder.extraParams));
  }

  /** @return a builder with no option set */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds the options that {@code options} sets on a new builder.
   *
   * @param options sets the options
   * @return the options, checked
   */
  public static ListEventParams of(Consumer<Builder> options) {
    Checks.required("options", options);
    Builder builder = new Builder();
    options.accept(builder);
    return builder.build();
  }

  /** @return a builder holding these options, to derive other options from them */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.endDate = endDate;
    builder.eventType = eventType;
    builder.minutes = minutes;
    builder.reservationSid = reservationSid;
    builder.startDate = startDate;
    builder.taskQueueSid = taskQueueSid;
    builder.taskSid = taskSid;
    builder.workerSid = workerSid;
    builder.workflowSid = workflowSid;
    builder.taskChannel = taskChannel;
    builder.sid = sid;
    builder.pageSize = pageSize;
    builder.pageToken = pageToken;
    builder.extraParams.putAll(extraParams);
    return builder;
  }

  /**
   * Only events that occurred at or before this time (ISO 8601).
   *
   * @return the value of {@code EndDate}, or null when it is not set
   */
  public @Nullable OffsetDateTime endDate() {
    return endDate;
  }

  /**
   * Only events of this type, for example {@code task.created} or {@code reservation.accepted}.
   *
   * @return the value of {@code EventType}, or null when it is not set
   */
  public @Nullable String eventType() {
    return eventType;
  }

  /**
   * Only events from this many minutes back until now. Default 15, from 1 to 43200 (the 30 days of events kept). Cannot be combined with {@code StartDate}/{@code EndDate}.
   *
   * @return the value of {@code Minutes}, or null when it is not set
   */
  public @Nullable Integer minutes() {
    return minutes;
  }

  /**
   * Only events about this Reservation.
   *
   * @return the value of {@code ReservationSid}, or null when it is not set
   */
  public @Nullable String reservationSid() {
    return reservationSid;
  }

  /**
   * Only events that occurred at or after this time (ISO 8601). Events are kept 30 days.
   *
   * @return the value of {@code StartDate}, or null when it is not set
   */
  public @Nullable OffsetDateTime startDate() {
    return startDate;
  }

  /**
   * Only events about this TaskQueue.
   *
   * @return the value of {@code TaskQueueSid}, or null when it is not set
   */
  public @Nullable String taskQueueSid() {
    return taskQueueSid;
  }

  /**
   * Only events about this Task.
   *
   * @return the value of {@code TaskSid}, or null when it is not set
   */
  public @Nullable String taskSid() {
    return taskSid;
  }

  /**
   * Only events about this Worker.
   *
   * @return the value of {@code WorkerSid}, or null when it is not set
   */
  public @Nullable String workerSid() {
    return workerSid;
  }

  /**
   * Only events about this Workflow.
   *
   * @return the value of {@code WorkflowSid}, or null when it is not set
   */
  public @Nullable String workflowSid() {
    return workflowSid;
  }

  /**
   * Only events of Tasks on this TaskChannel (SID or unique name).
   *
   * @return the value of {@code TaskChannel}, or null when it is not set
   */
  public @Nullable String taskChannel() {
    return taskChannel;
  }

  /**
   * Only the event with this SID.
   *
   * @return the value of {@code Sid}, or null when it is not set
   */
  public @Nullable String sid() {
    return sid;
  }

  /**
   * Number of records per page, from 1 to 1000. The API uses 50 when omitted.
   *
   * @return the value of {@code PageSize}, or null when it is not set
   */
  public @Nullable Long pageSize() {
    return pageSize;
  }

  /**
   * Opaque position token issued by the API inside the paging URLs of {@code meta}.
   *
   * @return the value of {@code PageToken}, or null when it is not set
   */
  public @Nullable String pageToken() {
    return pageToken;
  }

  /** @return parameters this version of the SDK does not know, sent as they are */
  public Map<String, String> extraParams() {
    return extraParams;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ListEventParams)) {
      return false;
    }
    ListEventParams that = (ListEventParams) other;
    return Objects.equals(endDate, that.endDate) && Objects.equals(eventType, that.eventType) && Objects.equals(minutes, that.minutes) && Objects.equals(reservationSid, that.reservationSid) && Objects.equals(startDate, that.startDate) && Objects.equals(taskQueueSid, that.taskQueueSid) && Objects.equals(taskSid, that.taskSid) && Objects.equals(workerSid, that.workerSid) && Objects.equals(workflowSid, that.workflowSid) && Objects.equals(taskChannel, that.taskChannel) && Objects.equals(sid, that.sid) && Objects.equals(pageSize, that.pageSize) && Objects.equals(pageToken, that.pageToken) && extraParams.equals(that.extraParams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(endDate, eventType, minutes, reservationSid, startDate, taskQueueSid, taskSid, workerSid, workflowSid, taskChannel, sid, pageSize, pageToken, extraParams);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("ListEventParams{");
    Checks.appendIfSet(out, "EndDate", endDate);
    Checks.appendIfSet(out, "EventType", eventType);
    Checks.appendIfSet(out, "Minutes", minutes);
    Checks.appendIfSet(out, "ReservationSid", reservationSid);
    Checks.appendIfSet(out, "StartDate", startDate);
    Checks.appendIfSet(out, "TaskQueueSid", taskQueueSid);
    Checks.appendIfSet(out, "TaskSid", taskSid);
    Checks.appendIfSet(out, "WorkerSid", workerSid);
    Checks.appendIfSet(out, "WorkflowSid", workflowSid);
    Checks.appendIfSet(out, "TaskChannel", taskChannel);
    Checks.appendIfSet(out, "Sid", sid);
    Checks.appendIfSet(out, "PageSize", pageSize);
    Checks.appendIfSet(out, "PageToken", pageToken);
    return out.append(extraParams.isEmpty() ? "" : " extra=" + extraParams.keySet()).append('}').toString();
  }

  /** Sets the options one by one; {@link #build()} gives the immutable {@link ListEventParams}. */
  public static final class Builder {
    private @Nullable OffsetDateTime endDate;
    private @Nullable String eventType;
    private @Nullable Integer minutes;
    private @Nullable String reservationSid;
    private @Nullable OffsetDateTime startDate;
    private @Nullable String taskQueueSid;
    private @Nullable String taskSid;
    private @Nullable String workerSid;
    private @Nullable String workflowSid;
    private @Nullable String taskChannel;
    private @Nullable String sid;
    private @Nullable Long pageSize;
    private @Nullable String pageToken;
    private final Map<String, String> extraParams = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Only events that occurred at or before this time (ISO 8601).
     *
     * @param endDate the value of {@code EndDate} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder endDate(OffsetDateTime endDate) {
      Checks.given("EndDate", endDate);
      this.endDate = endDate;
      return this;
    }

    /**
     * Only events of this type, for example {@code task.created} or {@code reservation.accepted}.
     *
     * @param eventType the value of {@code EventType} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder eventType(String eventType) {
      Checks.given("EventType", eventType);
      this.eventType = eventType;
      return this;
    }

    /**
     * Only events from this many minutes back until now. Default 15, from 1 to 43200 (the 30 days of events kept). Cannot be combined with {@code StartDate}/{@code EndDate}.
     *
     * @param minutes the value of {@code Minutes}
     * @return this builder
     */
    public Builder minutes(int minutes) {
      this.minutes = Checks.range("Minutes", minutes, 1L, 43200L);
      return this;
    }

    /**
     * Only events about this Reservation.
     *
     * @param reservationSid the value of {@code ReservationSid} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder reservationSid(String reservationSid) {
      Checks.given("ReservationSid", reservationSid);
      this.reservationSid = Checks.pattern("ReservationSid", reservationSid, "^WR[0-9a-fA-F]{32}$");
      return this;
    }

    /**
     * Only events that occurred at or after this time (ISO 8601). Events are kept 30 days.
     *
     * @param startDate the value of {@code StartDate} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder startDate(OffsetDateTime startDate) {
      Checks.given("StartDate", startDate);
      this.startDate = startDate;
      return this;
    }

    /**
     * Only events about this TaskQueue.
     *
     * @param taskQueueSid the value of {@code TaskQueueSid} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder taskQueueSid(String taskQueueSid) {
      Checks.given("TaskQueueSid", taskQueueSid);
      this.taskQueueSid = Checks.pattern("TaskQueueSid", taskQueueSid, "^WQ[0-9a-fA-F]{32}$");
      return this;
    }

    /**
     * Only events about this Task.
     *
     * @param taskSid the value of {@code TaskSid} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder taskSid(String taskSid) {
      Checks.given("TaskSid", taskSid);
      this.taskSid = Checks.pattern("TaskSid", taskSid, "^WT[0-9a-fA-F]{32}$");
      return this;
    }

    /**
     * Only events about this Worker.
     *
     * @param workerSid the value of {@code WorkerSid} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder workerSid(String workerSid) {
      Checks.given("WorkerSid", workerSid);
      this.workerSid = Checks.pattern("WorkerSid", workerSid, "^WK[0-9a-fA-F]{32}$");
      return this;
    }

    /**
     * Only events about this Workflow.
     *
     * @param workflowSid the value of {@code WorkflowSid} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder workflowSid(String workflowSid) {
      Checks.given("WorkflowSid", workflowSid);
      this.workflowSid = Checks.pattern("WorkflowSid", workflowSid, "^WW[0-9a-fA-F]{32}$");
      return this;
    }

    /**
     * Only events of Tasks on this TaskChannel (SID or unique name).
     *
     * @param taskChannel the value of {@code TaskChannel} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder taskChannel(String taskChannel) {
      Checks.given("TaskChannel", taskChannel);
      this.taskChannel = taskChannel;
      return this;
    }

    /**
     * Only the event with this SID.
     *
     * @param sid the value of {@code Sid} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder sid(String sid) {
      Checks.given("Sid", sid);
      this.sid = Checks.pattern("Sid", sid, "^EV[0-9a-fA-F]{32}$");
      return this;
    }

    /**
     * Number of records per page, from 1 to 1000. The API uses 50 when omitted.
     *
     * @param pageSize the value of {@code PageSize}
     * @return this builder
     */
    public Builder pageSize(long pageSize) {
      this.pageSize = Checks.range("PageSize", pageSize, 1L, 1000L);
      return this;
    }

    /**
     * Opaque position token issued by the API inside the paging URLs of {@code meta}.
     *
     * @param pageToken the value of {@code PageToken} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder pageToken(String pageToken) {
      Checks.given("PageToken", pageToken);
      this.pageToken = pageToken;
      return this;
    }

    /**
     * Adds a parameter this version of the SDK does not know yet; it is sent as given. A parameter
     * the SDK knows is refused (its setter checks it, and it would be sent twice).
     *
     * @param name the wire name, as the API spells it (PascalCase)
     * @param value the value, as text
     * @return this builder
     * @throws IllegalArgumentException when the operation has a setter for {@code name}, naming it
     */
    public Builder extraParam(String name, String value) {
      Checks.notBlank("extra parameter name", name);
      // Exact case: query and form names are case-sensitive on the wire (header names are not).
      switch (name) {
        case "EndDate":
          throw Checks.knownParam(name, "endDate");
        case "EventType":
          throw Checks.knownParam(name, "eventType");
        case "Minutes":
          throw Checks.knownParam(name, "minutes");
        case "ReservationSid":
          throw Checks.knownParam(name, "reservationSid");
        case "StartDate":
          throw Checks.knownParam(name, "startDate");
        case "TaskQueueSid":
          throw Checks.knownParam(name, "taskQueueSid");
        case "TaskSid":
          throw Checks.knownParam(name, "taskSid");
        case "WorkerSid":
          throw Checks.knownParam(name, "workerSid");
        case "WorkflowSid":
          throw Checks.knownParam(name, "workflowSid");
        case "TaskChannel":
          throw Checks.knownParam(name, "taskChannel");
        case "Sid":
          throw Checks.knownParam(name, "sid");
        case "PageSize":
          throw Checks.knownParam(name, "pageSize");
        case "PageToken":
          throw Checks.knownParam(name, "pageToken");
        case "Page":
          throw Checks.internalParam(name);
        default:
          break;
      }
      extraParams.put(name, Checks.given(name, value));
      return this;
    }

    /**
     * Checks that every required option is set.
     *
     * @return the options
     * @throws IllegalArgumentException naming the first required option that is missing
     */
    public ListEventParams build() {
      return new ListEventParams(this);
    }
  }
}
