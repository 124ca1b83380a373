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
 * Options of {@code UpdateWorkflow}: Update a workflow.
 *
 * <p>Immutable. Build one with {@link #builder()}, or pass a {@code Consumer<Builder>} to the
 * resource method. Each setter checks its value at once and {@link Builder#build()} checks that the
 * required options are there: an invalid value is refused with an {@link IllegalArgumentException}
 * that names the parameter, before anything is sent.
 */
public final class UpdateWorkflowParams {
  private final @Nullable String friendlyName;
  private final @Nullable String assignmentCallbackUrl;
  private final @Nullable String fallbackAssignmentCallbackUrl;
  private final @Nullable String configuration;
  private final @Nullable Integer taskReservationTimeout;
  private final @Nullable Boolean reEvaluateTasks;
  private final Map<String, String> extraParams;

  private UpdateWorkflowParams(Builder builder) {
    this.friendlyName = builder.friendlyName;
    this.assignmentCallbackUrl = builder.assignmentCallbackUrl;
    this.fallbackAssignmentCallbackUrl = builder.fallbackAssignmentCallbackUrl;
    this.configuration = builder.configuration;
    this.taskReservationTimeout = builder.taskReservationTimeout;
    this.reEvaluateTasks = builder.reEvaluateTasks;
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
  public static UpdateWorkflowParams of(Consumer<Builder> options) {
    Checks.required("options", options);
    Builder builder = new Builder();
    options.accept(builder);
    return builder.build();
  }

  /** @return a builder holding these options, to derive other options from them */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.friendlyName = friendlyName;
    builder.assignmentCallbackUrl = assignmentCallbackUrl;
    builder.fallbackAssignmentCallbackUrl = fallbackAssignmentCallbackUrl;
    builder.configuration = configuration;
    builder.taskReservationTimeout = taskReservationTimeout;
    builder.reEvaluateTasks = reEvaluateTasks;
    builder.extraParams.putAll(extraParams);
    return builder;
  }

  /**
   * New display name of the Workflow.
   *
   * @return the value of {@code FriendlyName}, or null when it is not set
   */
  public @Nullable String friendlyName() {
    return friendlyName;
  }

  /**
   * URL that receives a POST each time this Workflow creates a Reservation; its answer may carry an assignment instruction.
   *
   * @return the value of {@code AssignmentCallbackUrl}, or null when it is not set
   */
  public @Nullable String assignmentCallbackUrl() {
    return assignmentCallbackUrl;
  }

  /**
   * URL called instead when the assignment callback fails or does not answer in time.
   *
   * @return the value of {@code FallbackAssignmentCallbackUrl}, or null when it is not set
   */
  public @Nullable String fallbackAssignmentCallbackUrl() {
    return fallbackAssignmentCallbackUrl;
  }

  /**
   * New JSON routing configuration; replaces the current one.
   *
   * @return the value of {@code Configuration}, or null when it is not set
   */
  public @Nullable String configuration() {
    return configuration;
  }

  /**
   * Seconds a Reservation may stay pending before it times out. Default 120, maximum 86400.
   *
   * @return the value of {@code TaskReservationTimeout}, or null when it is not set
   */
  public @Nullable Integer taskReservationTimeout() {
    return taskReservationTimeout;
  }

  /**
   * {@code true} routes the Workflow's pending Tasks again under the updated configuration.
   *
   * @return the value of {@code ReEvaluateTasks}, or null when it is not set
   */
  public @Nullable Boolean reEvaluateTasks() {
    return reEvaluateTasks;
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
    if (!(other instanceof UpdateWorkflowParams)) {
      return false;
    }
    UpdateWorkflowParams that = (UpdateWorkflowParams) other;
    return Objects.equals(friendlyName, that.friendlyName) && Objects.equals(assignmentCallbackUrl, that.assignmentCallbackUrl) && Objects.equals(fallbackAssignmentCallbackUrl, that.fallbackAssignmentCallbackUrl) && Objects.equals(configuration, that.configuration) && Objects.equals(taskReservationTimeout, that.taskReservationTimeout) && Objects.equals(reEvaluateTasks, that.reEvaluateTasks) && extraParams.equals(that.extraParams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(friendlyName, assignmentCallbackUrl, fallbackAssignmentCallbackUrl, configuration, taskReservationTimeout, reEvaluateTasks, extraParams);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("UpdateWorkflowParams{");
    Checks.appendIfSet(out, "FriendlyName", friendlyName);
    Checks.appendIfSet(out, "AssignmentCallbackUrl", assignmentCallbackUrl);
    Checks.appendIfSet(out, "FallbackAssignmentCallbackUrl", fallbackAssignmentCallbackUrl);
    Checks.appendIfSet(out, "Configuration", configuration);
    Checks.appendIfSet(out, "TaskReservationTimeout", taskReservationTimeout);
    Checks.appendIfSet(out, "ReEvaluateTasks", reEvaluateTasks);
    return out.append(extraParams.isEmpty() ? "" : " extra=" + extraParams.keySet()).append('}').toString();
  }

  /** Sets the options one by one; {@link #build()} gives the immutable {@link UpdateWorkflowParams}. */
  public static final class Builder {
    private @Nullable String friendlyName;
    private @Nullable String assignmentCallbackUrl;
    private @Nullable String fallbackAssignmentCallbackUrl;
    private @Nullable String configuration;
    private @Nullable Integer taskReservationTimeout;
    private @Nullable Boolean reEvaluateTasks;
    private final Map<String, String> extraParams = new LinkedHashMap<>();

    private Builder() {}

    /**
     * New display name of the Workflow.
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
     * URL that receives a POST each time this Workflow creates a Reservation; its answer may carry an assignment instruction.
     *
     * @param assignmentCallbackUrl the value of {@code AssignmentCallbackUrl} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder assignmentCallbackUrl(String assignmentCallbackUrl) {
      Checks.given("AssignmentCallbackUrl", assignmentCallbackUrl);
      this.assignmentCallbackUrl = assignmentCallbackUrl;
      return this;
    }

    /**
     * URL called instead when the assignment callback fails or does not answer in time.
     *
     * @param fallbackAssignmentCallbackUrl the value of {@code FallbackAssignmentCallbackUrl} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder fallbackAssignmentCallbackUrl(String fallbackAssignmentCallbackUrl) {
      Checks.given("FallbackAssignmentCallbackUrl", fallbackAssignmentCallbackUrl);
      this.fallbackAssignmentCallbackUrl = fallbackAssignmentCallbackUrl;
      return this;
    }

    /**
     * New JSON routing configuration; replaces the current one.
     *
     * @param configuration a JSON object, as text; refused when it is not one (or null)
     * @return this builder
     */
    public Builder configuration(String configuration) {
      Checks.given("Configuration", configuration);
      this.configuration = Checks.document("Configuration", JsonText.requireObject("Configuration", configuration), "workflow-configuration");
      return this;
    }

    /**
     * New JSON routing configuration; replaces the current one.
     *
     * @param configuration a Map, or any object Moshi can write as a JSON object (not null)
     * @return this builder
     */
    public Builder configuration(Object configuration) {
      Checks.given("Configuration", configuration);
      this.configuration = Checks.document("Configuration", JsonText.writeObject("Configuration", configuration), "workflow-configuration");
      return this;
    }

    /**
     * Seconds a Reservation may stay pending before it times out. Default 120, maximum 86400.
     *
     * @param taskReservationTimeout the value of {@code TaskReservationTimeout}
     * @return this builder
     */
    public Builder taskReservationTimeout(int taskReservationTimeout) {
      this.taskReservationTimeout = Checks.range("TaskReservationTimeout", taskReservationTimeout, 1L, 86400L);
      return this;
    }

    /**
     * {@code true} routes the Workflow's pending Tasks again under the updated configuration.
     *
     * @param reEvaluateTasks the value of {@code ReEvaluateTasks}
     * @return this builder
     */
    public Builder reEvaluateTasks(boolean reEvaluateTasks) {
      this.reEvaluateTasks = reEvaluateTasks;
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
        case "AssignmentCallbackUrl":
          throw Checks.knownParam(name, "assignmentCallbackUrl");
        case "FallbackAssignmentCallbackUrl":
          throw Checks.knownParam(name, "fallbackAssignmentCallbackUrl");
        case "Configuration":
          throw Checks.knownParam(name, "configuration");
        case "TaskReservationTimeout":
          throw Checks.knownParam(name, "taskReservationTimeout");
        case "ReEvaluateTasks":
          throw Checks.knownParam(name, "reEvaluateTasks");
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
    public UpdateWorkflowParams build() {
      return new UpdateWorkflowParams(this);
    }
  }
}
