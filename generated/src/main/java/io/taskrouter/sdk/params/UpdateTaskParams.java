// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.params;

import io.taskrouter.sdk.internal.Checks;
import io.taskrouter.sdk.internal.JsonText;
import io.taskrouter.sdk.model.TaskStatus;
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
 * Options of {@code UpdateTask}: Update a task.
 *
 * <p>Immutable. Build one with {@link #builder()}, or pass a {@code Consumer<Builder>} to the
 * resource method. Each setter checks its value at once and {@link Builder#build()} checks that the
 * required options are there: an invalid value is refused with an {@link IllegalArgumentException}
 * that names the parameter, before anything is sent.
 */
public final class UpdateTaskParams {
  private final @Nullable String ifMatch;
  private final @Nullable String attributes;
  private final @Nullable TaskStatus assignmentStatus;
  private final @Nullable String reason;
  private final @Nullable Integer priority;
  private final @Nullable String taskChannel;
  private final @Nullable OffsetDateTime virtualStartTime;
  private final Map<String, String> extraParams;

  private UpdateTaskParams(Builder builder) {
    this.ifMatch = builder.ifMatch;
    this.attributes = builder.attributes;
    this.assignmentStatus = builder.assignmentStatus;
    this.reason = builder.reason;
    this.priority = builder.priority;
    this.taskChannel = builder.taskChannel;
    this.virtualStartTime = builder.virtualStartTime;
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
  public static UpdateTaskParams of(Consumer<Builder> options) {
    Checks.required("options", options);
    Builder builder = new Builder();
    options.accept(builder);
    return builder.build();
  }

  /** @return a builder holding these options, to derive other options from them */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.ifMatch = ifMatch;
    builder.attributes = attributes;
    builder.assignmentStatus = assignmentStatus;
    builder.reason = reason;
    builder.priority = priority;
    builder.taskChannel = taskChannel;
    builder.virtualStartTime = virtualStartTime;
    builder.extraParams.putAll(extraParams);
    return builder;
  }

  /**
   * Revision (a previously returned {@code ETag} value) the write depends on. If the resource has changed since, nothing is written and the API answers HTTP 412. Without this header the write is unconditional.
   *
   * @return the value of {@code If-Match}, or null when it is not set
   */
  public @Nullable String ifMatch() {
    return ifMatch;
  }

  /**
   * New JSON attributes of the Task; the whole document is replaced. At most 4096 characters.
   *
   * @return the value of {@code Attributes}, or null when it is not set
   */
  public @Nullable String attributes() {
    return attributes;
  }

  /**
   * New status: {@code canceled} (from pending or reserved), {@code wrapping} (from assigned) or {@code completed} (from assigned or wrapping).
   *
   * @return the value of {@code AssignmentStatus}, or null when it is not set
   */
  public @Nullable TaskStatus assignmentStatus() {
    return assignmentStatus;
  }

  /**
   * Free-text reason stored with a cancellation or completion.
   *
   * @return the value of {@code Reason}, or null when it is not set
   */
  public @Nullable String reason() {
    return reason;
  }

  /**
   * New routing priority, 0 to 2147483647.
   *
   * @return the value of {@code Priority}, or null when it is not set
   */
  public @Nullable Integer priority() {
    return priority;
  }

  /**
   * Move the Task to this TaskChannel (SID or unique name).
   *
   * @return the value of {@code TaskChannel}, or null when it is not set
   */
  public @Nullable String taskChannel() {
    return taskChannel;
  }

  /**
   * New time used to order the Task in its queue. Must not be in the future nor before 1900.
   *
   * @return the value of {@code VirtualStartTime}, or null when it is not set
   */
  public @Nullable OffsetDateTime virtualStartTime() {
    return virtualStartTime;
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
    if (!(other instanceof UpdateTaskParams)) {
      return false;
    }
    UpdateTaskParams that = (UpdateTaskParams) other;
    return Objects.equals(ifMatch, that.ifMatch) && Objects.equals(attributes, that.attributes) && Objects.equals(assignmentStatus, that.assignmentStatus) && Objects.equals(reason, that.reason) && Objects.equals(priority, that.priority) && Objects.equals(taskChannel, that.taskChannel) && Objects.equals(virtualStartTime, that.virtualStartTime) && extraParams.equals(that.extraParams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ifMatch, attributes, assignmentStatus, reason, priority, taskChannel, virtualStartTime, extraParams);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("UpdateTaskParams{");
    Checks.appendIfSet(out, "If-Match", ifMatch);
    Checks.appendIfSet(out, "Attributes", attributes);
    Checks.appendIfSet(out, "AssignmentStatus", assignmentStatus);
    Checks.appendIfSet(out, "Reason", reason);
    Checks.appendIfSet(out, "Priority", priority);
    Checks.appendIfSet(out, "TaskChannel", taskChannel);
    Checks.appendIfSet(out, "VirtualStartTime", virtualStartTime);
    return out.append(extraParams.isEmpty() ? "" : " extra=" + extraParams.keySet()).append('}').toString();
  }

  /** Sets the options one by one; {@link #build()} gives the immutable {@link UpdateTaskParams}. */
  public static final class Builder {
    private @Nullable String ifMatch;
    private @Nullable String attributes;
    private @Nullable TaskStatus assignmentStatus;
    private @Nullable String reason;
    private @Nullable Integer priority;
    private @Nullable String taskChannel;
    private @Nullable OffsetDateTime virtualStartTime;
    private final Map<String, String> extraParams = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Revision (a previously returned {@code ETag} value) the write depends on. If the resource has changed since, nothing is written and the API answers HTTP 412. Without this header the write is unconditional.
     *
     * @param ifMatch the value of {@code If-Match}, not blank (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder ifMatch(String ifMatch) {
      Checks.given("If-Match", ifMatch);
      // An empty header value names no revision: sent, it would fail as a mismatch, not as a mistake.
      Checks.notBlank("If-Match", ifMatch);
      this.ifMatch = ifMatch;
      return this;
    }

    /**
     * New JSON attributes of the Task; the whole document is replaced. At most 4096 characters.
     *
     * @param attributes a JSON object, as text; refused when it is not one (or null)
     * @return this builder
     */
    public Builder attributes(String attributes) {
      Checks.given("Attributes", attributes);
      this.attributes = Checks.maxLength("Attributes", JsonText.requireObject("Attributes", attributes), 4096);
      return this;
    }

    /**
     * New JSON attributes of the Task; the whole document is replaced. At most 4096 characters.
     *
     * @param attributes a Map, or any object Moshi can write as a JSON object (not null)
     * @return this builder
     */
    public Builder attributes(Object attributes) {
      Checks.given("Attributes", attributes);
      this.attributes = Checks.maxLength("Attributes", JsonText.writeObject("Attributes", attributes), 4096);
      return this;
    }

    /**
     * New status: {@code canceled} (from pending or reserved), {@code wrapping} (from assigned) or {@code completed} (from assigned or wrapping).
     *
     * @param assignmentStatus the value of {@code AssignmentStatus}: one of {@code canceled}, {@code wrapping}, {@code completed} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder assignmentStatus(TaskStatus assignmentStatus) {
      Checks.given("AssignmentStatus", assignmentStatus);
      this.assignmentStatus = Checks.oneOf("AssignmentStatus", assignmentStatus, "canceled", "wrapping", "completed");
      return this;
    }

    /**
     * Free-text reason stored with a cancellation or completion.
     *
     * @param reason the value of {@code Reason} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder reason(String reason) {
      Checks.given("Reason", reason);
      this.reason = reason;
      return this;
    }

    /**
     * New routing priority, 0 to 2147483647.
     *
     * @param priority the value of {@code Priority}
     * @return this builder
     */
    public Builder priority(int priority) {
      this.priority = Checks.range("Priority", priority, 0L, 2147483647L);
      return this;
    }

    /**
     * Move the Task to this TaskChannel (SID or unique name).
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
     * New time used to order the Task in its queue. Must not be in the future nor before 1900.
     *
     * @param virtualStartTime the value of {@code VirtualStartTime} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder virtualStartTime(OffsetDateTime virtualStartTime) {
      Checks.given("VirtualStartTime", virtualStartTime);
      this.virtualStartTime = virtualStartTime;
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
        case "Attributes":
          throw Checks.knownParam(name, "attributes");
        case "AssignmentStatus":
          throw Checks.knownParam(name, "assignmentStatus");
        case "Reason":
          throw Checks.knownParam(name, "reason");
        case "Priority":
          throw Checks.knownParam(name, "priority");
        case "TaskChannel":
          throw Checks.knownParam(name, "taskChannel");
        case "VirtualStartTime":
          throw Checks.knownParam(name, "virtualStartTime");
        default:
          break;
      }
      if (name.equalsIgnoreCase("If-Match")) {
        throw Checks.knownParam(name, "ifMatch");
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
    public UpdateTaskParams build() {
      return new UpdateTaskParams(this);
    }
  }
}
