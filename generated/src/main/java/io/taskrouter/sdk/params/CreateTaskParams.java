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
 * Options of {@code CreateTask}: Create a task.
 *
 * <p>Immutable. Build one with {@link #builder()}, or pass a {@code Consumer<Builder>} to the
 * resource method. Each setter checks its value at once and {@link Builder#build()} checks that the
 * required options are there: an invalid value is refused with an {@link IllegalArgumentException}
 * that names the parameter, before anything is sent.
 */
public final class CreateTaskParams {
  private final @Nullable Integer timeout;
  private final @Nullable Integer priority;
  private final @Nullable String taskChannel;
  private final @Nullable String workflowSid;
  private final @Nullable String attributes;
  private final @Nullable OffsetDateTime virtualStartTime;
  private final @Nullable String routingTarget;
  private final @Nullable Boolean ignoreCapacity;
  private final @Nullable String taskQueueSid;
  private final Map<String, String> extraParams;

  private CreateTaskParams(Builder builder) {
    this.timeout = builder.timeout;
    this.priority = builder.priority;
    this.taskChannel = builder.taskChannel;
    this.workflowSid = builder.workflowSid;
    this.attributes = builder.attributes;
    this.virtualStartTime = builder.virtualStartTime;
    this.routingTarget = builder.routingTarget;
    this.ignoreCapacity = builder.ignoreCapacity;
    this.taskQueueSid = builder.taskQueueSid;
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
  public static CreateTaskParams of(Consumer<Builder> options) {
    Checks.required("options", options);
    Builder builder = new Builder();
    options.accept(builder);
    return builder.build();
  }

  /** @return a builder holding these options, to derive other options from them */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.timeout = timeout;
    builder.priority = priority;
    builder.taskChannel = taskChannel;
    builder.workflowSid = workflowSid;
    builder.attributes = attributes;
    builder.virtualStartTime = virtualStartTime;
    builder.routingTarget = routingTarget;
    builder.ignoreCapacity = ignoreCapacity;
    builder.taskQueueSid = taskQueueSid;
    builder.extraParams.putAll(extraParams);
    return builder;
  }

  /**
   * Time to live in seconds. A Task still waiting when it expires is canceled (reason {@code Task TTL Exceeded}). Default 86400 (one day), maximum 1209600 (14 days).
   *
   * @return the value of {@code Timeout}, or null when it is not set
   */
  public @Nullable Integer timeout() {
    return timeout;
  }

  /**
   * Routing priority from 0 to 2147483647; higher values are served first. Default 0. A Workflow target that sets a priority overrides it.
   *
   * @return the value of {@code Priority}, or null when it is not set
   */
  public @Nullable Integer priority() {
    return priority;
  }

  /**
   * TaskChannel of the Task, by SID or unique name. Default {@code default}.
   *
   * @return the value of {@code TaskChannel}, or null when it is not set
   */
  public @Nullable String taskChannel() {
    return taskChannel;
  }

  /**
   * Workflow that routes the Task. May be omitted when the Workspace has exactly one Workflow.
   *
   * @return the value of {@code WorkflowSid}, or null when it is not set
   */
  public @Nullable String workflowSid() {
    return workflowSid;
  }

  /**
   * JSON object describing the Task; Workflow filters and target expressions are evaluated against it. At most 4096 characters. Default {@code {}}.
   *
   * @return the value of {@code Attributes}, or null when it is not set
   */
  public @Nullable String attributes() {
    return attributes;
  }

  /**
   * Time used instead of the creation time to order the Task in its queue. Must not be in the future nor before 1900.
   *
   * @return the value of {@code VirtualStartTime}, or null when it is not set
   */
  public @Nullable OffsetDateTime virtualStartTime() {
    return virtualStartTime;
  }

  /**
   * Routes the Task directly to this Worker, TaskQueue or Workflow SID.
   *
   * @return the value of {@code RoutingTarget}, or null when it is not set
   */
  public @Nullable String routingTarget() {
    return routingTarget;
  }

  /**
   * {@code true} lets a Task routed to a specific Worker ignore that Worker's channel capacity (the default in that case); {@code false} respects it.
   *
   * @return the value of {@code IgnoreCapacity}, or null when it is not set
   */
  public @Nullable Boolean ignoreCapacity() {
    return ignoreCapacity;
  }

  /**
   * TaskQueue the Task should be placed in.
   *
   * @return the value of {@code TaskQueueSid}, or null when it is not set
   */
  public @Nullable String taskQueueSid() {
    return taskQueueSid;
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
    if (!(other instanceof CreateTaskParams)) {
      return false;
    }
    CreateTaskParams that = (CreateTaskParams) other;
    return Objects.equals(timeout, that.timeout) && Objects.equals(priority, that.priority) && Objects.equals(taskChannel, that.taskChannel) && Objects.equals(workflowSid, that.workflowSid) && Objects.equals(attributes, that.attributes) && Objects.equals(virtualStartTime, that.virtualStartTime) && Objects.equals(routingTarget, that.routingTarget) && Objects.equals(ignoreCapacity, that.ignoreCapacity) && Objects.equals(taskQueueSid, that.taskQueueSid) && extraParams.equals(that.extraParams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(timeout, priority, taskChannel, workflowSid, attributes, virtualStartTime, routingTarget, ignoreCapacity, taskQueueSid, extraParams);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("CreateTaskParams{");
    Checks.appendIfSet(out, "Timeout", timeout);
    Checks.appendIfSet(out, "Priority", priority);
    Checks.appendIfSet(out, "TaskChannel", taskChannel);
    Checks.appendIfSet(out, "WorkflowSid", workflowSid);
    Checks.appendIfSet(out, "Attributes", attributes);
    Checks.appendIfSet(out, "VirtualStartTime", virtualStartTime);
    Checks.appendIfSet(out, "RoutingTarget", routingTarget);
    Checks.appendIfSet(out, "IgnoreCapacity", ignoreCapacity);
    Checks.appendIfSet(out, "TaskQueueSid", taskQueueSid);
    return out.append(extraParams.isEmpty() ? "" : " extra=" + extraParams.keySet()).append('}').toString();
  }

  /** Sets the options one by one; {@link #build()} gives the immutable {@link CreateTaskParams}. */
  public static final class Builder {
    private @Nullable Integer timeout;
    private @Nullable Integer priority;
    private @Nullable String taskChannel;
    private @Nullable String workflowSid;
    private @Nullable String attributes;
    private @Nullable OffsetDateTime virtualStartTime;
    private @Nullable String routingTarget;
    private @Nullable Boolean ignoreCapacity;
    private @Nullable String taskQueueSid;
    private final Map<String, String> extraParams = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Time to live in seconds. A Task still waiting when it expires is canceled (reason {@code Task TTL Exceeded}). Default 86400 (one day), maximum 1209600 (14 days).
     *
     * @param timeout the value of {@code Timeout}
     * @return this builder
     */
    public Builder timeout(int timeout) {
      this.timeout = Checks.range("Timeout", timeout, 1L, 1209600L);
      return this;
    }

    /**
     * Routing priority from 0 to 2147483647; higher values are served first. Default 0. A Workflow target that sets a priority overrides it.
     *
     * @param priority the value of {@code Priority}
     * @return this builder
     */
    public Builder priority(int priority) {
      this.priority = Checks.range("Priority", priority, 0L, 2147483647L);
      return this;
    }

    /**
     * TaskChannel of the Task, by SID or unique name. Default {@code default}.
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
     * Workflow that routes the Task. May be omitted when the Workspace has exactly one Workflow.
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
     * JSON object describing the Task; Workflow filters and target expressions are evaluated against it. At most 4096 characters. Default {@code {}}.
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
     * JSON object describing the Task; Workflow filters and target expressions are evaluated against it. At most 4096 characters. Default {@code {}}.
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
     * Time used instead of the creation time to order the Task in its queue. Must not be in the future nor before 1900.
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
     * Routes the Task directly to this Worker, TaskQueue or Workflow SID.
     *
     * @param routingTarget the value of {@code RoutingTarget} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder routingTarget(String routingTarget) {
      Checks.given("RoutingTarget", routingTarget);
      this.routingTarget = routingTarget;
      return this;
    }

    /**
     * {@code true} lets a Task routed to a specific Worker ignore that Worker's channel capacity (the default in that case); {@code false} respects it.
     *
     * @param ignoreCapacity the value of {@code IgnoreCapacity}
     * @return this builder
     */
    public Builder ignoreCapacity(boolean ignoreCapacity) {
      this.ignoreCapacity = ignoreCapacity;
      return this;
    }

    /**
     * TaskQueue the Task should be placed in.
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
        case "Timeout":
          throw Checks.knownParam(name, "timeout");
        case "Priority":
          throw Checks.knownParam(name, "priority");
        case "TaskChannel":
          throw Checks.knownParam(name, "taskChannel");
        case "WorkflowSid":
          throw Checks.knownParam(name, "workflowSid");
        case "Attributes":
          throw Checks.knownParam(name, "attributes");
        case "VirtualStartTime":
          throw Checks.knownParam(name, "virtualStartTime");
        case "RoutingTarget":
          throw Checks.knownParam(name, "routingTarget");
        case "IgnoreCapacity":
          throw Checks.knownParam(name, "ignoreCapacity");
        case "TaskQueueSid":
          throw Checks.knownParam(name, "taskQueueSid");
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
    public CreateTaskParams build() {
      return new CreateTaskParams(this);
    }
  }
}
