// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.params;

import io.taskrouter.sdk.internal.Checks;
import io.taskrouter.sdk.internal.JsonText;
import io.taskrouter.sdk.model.QueueOrder;
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
 * Options of {@code CreateTaskQueue}: Create a task queue.
 *
 * <p>Immutable. Build one with {@link #builder()}, or pass a {@code Consumer<Builder>} to the
 * resource method. Each setter checks its value at once and {@link Builder#build()} checks that the
 * required options are there: an invalid value is refused with an {@link IllegalArgumentException}
 * that names the parameter, before anything is sent.
 */
public final class CreateTaskQueueParams {
  private final @Nullable String friendlyName;
  private final @Nullable String targetWorkers;
  private final @Nullable Integer maxReservedWorkers;
  private final @Nullable QueueOrder taskOrder;
  private final @Nullable String reservationActivitySid;
  private final @Nullable String assignmentActivitySid;
  private final Map<String, String> extraParams;

  private CreateTaskQueueParams(Builder builder) {
    this.friendlyName = builder.friendlyName;
    this.targetWorkers = builder.targetWorkers;
    this.maxReservedWorkers = builder.maxReservedWorkers;
    this.taskOrder = builder.taskOrder;
    this.reservationActivitySid = builder.reservationActivitySid;
    this.assignmentActivitySid = builder.assignmentActivitySid;
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
  public static CreateTaskQueueParams of(Consumer<Builder> options) {
    Checks.required("options", options);
    Builder builder = new Builder();
    options.accept(builder);
    return builder.build();
  }

  /** @return a builder holding these options, to derive other options from them */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.friendlyName = friendlyName;
    builder.targetWorkers = targetWorkers;
    builder.maxReservedWorkers = maxReservedWorkers;
    builder.taskOrder = taskOrder;
    builder.reservationActivitySid = reservationActivitySid;
    builder.assignmentActivitySid = assignmentActivitySid;
    builder.extraParams.putAll(extraParams);
    return builder;
  }

  /**
   * Display name of the TaskQueue.
   *
   * @return the value of {@code FriendlyName}, or null when it is not set
   */
  public @Nullable String friendlyName() {
    return friendlyName;
  }

  /**
   * Expression over worker attributes selecting the Workers that belong to the queue, e.g. {@code skills HAS 'billing'}. Default {@code 1==1} (every Worker).
   *
   * @return the value of {@code TargetWorkers}, or null when it is not set
   */
  public @Nullable String targetWorkers() {
    return targetWorkers;
  }

  /**
   * How many Workers may be offered the same Task at the same time, 1 to 50. Default 1.
   *
   * @return the value of {@code MaxReservedWorkers}, or null when it is not set
   */
  public @Nullable Integer maxReservedWorkers() {
    return maxReservedWorkers;
  }

  /**
   * Order of Tasks with equal priority: FIFO (oldest first, the default) or LIFO (newest first).
   *
   * @return the value of {@code TaskOrder}, or null when it is not set
   */
  public @Nullable QueueOrder taskOrder() {
    return taskOrder;
  }

  /**
   * Activity a Worker is moved to when it gets a Reservation from this queue (single-tasking Workspaces only).
   *
   * @return the value of {@code ReservationActivitySid}, or null when it is not set
   */
  public @Nullable String reservationActivitySid() {
    return reservationActivitySid;
  }

  /**
   * Activity a Worker is moved to when it accepts a Task from this queue (single-tasking Workspaces only).
   *
   * @return the value of {@code AssignmentActivitySid}, or null when it is not set
   */
  public @Nullable String assignmentActivitySid() {
    return assignmentActivitySid;
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
    if (!(other instanceof CreateTaskQueueParams)) {
      return false;
    }
    CreateTaskQueueParams that = (CreateTaskQueueParams) other;
    return Objects.equals(friendlyName, that.friendlyName) && Objects.equals(targetWorkers, that.targetWorkers) && Objects.equals(maxReservedWorkers, that.maxReservedWorkers) && Objects.equals(taskOrder, that.taskOrder) && Objects.equals(reservationActivitySid, that.reservationActivitySid) && Objects.equals(assignmentActivitySid, that.assignmentActivitySid) && extraParams.equals(that.extraParams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(friendlyName, targetWorkers, maxReservedWorkers, taskOrder, reservationActivitySid, assignmentActivitySid, extraParams);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("CreateTaskQueueParams{");
    Checks.appendIfSet(out, "FriendlyName", friendlyName);
    Checks.appendIfSet(out, "TargetWorkers", targetWorkers);
    Checks.appendIfSet(out, "MaxReservedWorkers", maxReservedWorkers);
    Checks.appendIfSet(out, "TaskOrder", taskOrder);
    Checks.appendIfSet(out, "ReservationActivitySid", reservationActivitySid);
    Checks.appendIfSet(out, "AssignmentActivitySid", assignmentActivitySid);
    return out.append(extraParams.isEmpty() ? "" : " extra=" + extraParams.keySet()).append('}').toString();
  }

  /** Sets the options one by one; {@link #build()} gives the immutable {@link CreateTaskQueueParams}. */
  public static final class Builder {
    private @Nullable String friendlyName;
    private @Nullable String targetWorkers;
    private @Nullable Integer maxReservedWorkers;
    private @Nullable QueueOrder taskOrder;
    private @Nullable String reservationActivitySid;
    private @Nullable String assignmentActivitySid;
    private final Map<String, String> extraParams = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Display name of the TaskQueue.
     *
     * @param friendlyName the value of {@code FriendlyName} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder friendlyName(String friendlyName) {
      Checks.given("FriendlyName", friendlyName);
      this.friendlyName = friendlyName;
      return this;
    }

    /**
     * Expression over worker attributes selecting the Workers that belong to the queue, e.g. {@code skills HAS 'billing'}. Default {@code 1==1} (every Worker).
     *
     * @param targetWorkers the value of {@code TargetWorkers} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder targetWorkers(String targetWorkers) {
      Checks.given("TargetWorkers", targetWorkers);
      this.targetWorkers = Checks.expression("TargetWorkers", targetWorkers, "worker");
      return this;
    }

    /**
     * How many Workers may be offered the same Task at the same time, 1 to 50. Default 1.
     *
     * @param maxReservedWorkers the value of {@code MaxReservedWorkers}
     * @return this builder
     */
    public Builder maxReservedWorkers(int maxReservedWorkers) {
      this.maxReservedWorkers = Checks.range("MaxReservedWorkers", maxReservedWorkers, 1L, 50L);
      return this;
    }

    /**
     * Order of Tasks with equal priority: FIFO (oldest first, the default) or LIFO (newest first).
     *
     * @param taskOrder the value of {@code TaskOrder} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder taskOrder(QueueOrder taskOrder) {
      Checks.given("TaskOrder", taskOrder);
      this.taskOrder = Checks.known("TaskOrder", taskOrder);
      return this;
    }

    /**
     * Activity a Worker is moved to when it gets a Reservation from this queue (single-tasking Workspaces only).
     *
     * @param reservationActivitySid the value of {@code ReservationActivitySid} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder reservationActivitySid(String reservationActivitySid) {
      Checks.given("ReservationActivitySid", reservationActivitySid);
      this.reservationActivitySid = Checks.pattern("ReservationActivitySid", reservationActivitySid, "^WA[0-9a-fA-F]{32}$");
      return this;
    }

    /**
     * Activity a Worker is moved to when it accepts a Task from this queue (single-tasking Workspaces only).
     *
     * @param assignmentActivitySid the value of {@code AssignmentActivitySid} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder assignmentActivitySid(String assignmentActivitySid) {
      Checks.given("AssignmentActivitySid", assignmentActivitySid);
      this.assignmentActivitySid = Checks.pattern("AssignmentActivitySid", assignmentActivitySid, "^WA[0-9a-fA-F]{32}$");
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
        case "FriendlyName":
          throw Checks.knownParam(name, "friendlyName");
        case "TargetWorkers":
          throw Checks.knownParam(name, "targetWorkers");
        case "MaxReservedWorkers":
          throw Checks.knownParam(name, "maxReservedWorkers");
        case "TaskOrder":
          throw Checks.knownParam(name, "taskOrder");
        case "ReservationActivitySid":
          throw Checks.knownParam(name, "reservationActivitySid");
        case "AssignmentActivitySid":
          throw Checks.knownParam(name, "assignmentActivitySid");
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
    public CreateTaskQueueParams build() {
      Checks.required("FriendlyName", friendlyName);
      return new CreateTaskQueueParams(this);
    }
  }
}
