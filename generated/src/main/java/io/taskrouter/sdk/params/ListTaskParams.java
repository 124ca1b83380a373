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
 * Options of {@code ListTask}: List tasks.
 *
 * <p>Immutable. Build one with {@link #builder()}, or pass a {@code Consumer<Builder>} to the
 * resource method. Each setter checks its value at once and {@link Builder#build()} checks that the
 * required options are there: an invalid value is refused with an {@link IllegalArgumentException}
 * that names the parameter, before anything is sent.
 */
public final class ListTaskParams {
  private final @Nullable Integer priority;
  private final @Nullable List<TaskStatus> assignmentStatus;
  private final @Nullable String workflowSid;
  private final @Nullable String workflowName;
  private final @Nullable String taskQueueSid;
  private final @Nullable String taskQueueName;
  private final @Nullable String evaluateTaskAttributes;
  private final @Nullable String routingTarget;
  private final @Nullable String ordering;
  private final @Nullable Boolean hasAddons;
  private final @Nullable Long pageSize;
  private final @Nullable String pageToken;
  private final Map<String, String> extraParams;

  private ListTaskParams(Builder builder) {
    this.priority = builder.priority;
    this.assignmentStatus = builder.assignmentStatus;
    this.workflowSid = builder.workflowSid;
    this.workflowName = builder.workflowName;
    this.taskQueueSid = builder.taskQueueSid;
    this.taskQueueName = builder.taskQueueName;
    this.evaluateTaskAttributes = builder.evaluateTaskAttributes;
    this.routingTarget = builder.routingTarget;
    this.ordering = builder.ordering;
    this.hasAddons = builder.hasAddons;
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
  public static ListTaskParams of(Consumer<Builder> options) {
    Checks.required("options", options);
    Builder builder = new Builder();
    options.accept(builder);
    return builder.build();
  }

  /** @return a builder holding these options, to derive other options from them */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.priority = priority;
    builder.assignmentStatus = assignmentStatus;
    builder.workflowSid = workflowSid;
    builder.workflowName = workflowName;
    builder.taskQueueSid = taskQueueSid;
    builder.taskQueueName = taskQueueName;
    builder.evaluateTaskAttributes = evaluateTaskAttributes;
    builder.routingTarget = routingTarget;
    builder.ordering = ordering;
    builder.hasAddons = hasAddons;
    builder.pageSize = pageSize;
    builder.pageToken = pageToken;
    builder.extraParams.putAll(extraParams);
    return builder;
  }

  /**
   * Only tasks with exactly this priority.
   *
   * @return the value of {@code Priority}, or null when it is not set
   */
  public @Nullable Integer priority() {
    return priority;
  }

  /**
   * Only tasks in one of these statuses. Several are sent as the name repeated; the service also reads one value holding several separated by commas.
   *
   * @return the value of {@code AssignmentStatus}, or null when it is not set
   */
  public @Nullable List<TaskStatus> assignmentStatus() {
    return assignmentStatus;
  }

  /**
   * Only tasks routed by this Workflow.
   *
   * @return the value of {@code WorkflowSid}, or null when it is not set
   */
  public @Nullable String workflowSid() {
    return workflowSid;
  }

  /**
   * Only tasks routed by the Workflow with this friendly name.
   *
   * @return the value of {@code WorkflowName}, or null when it is not set
   */
  public @Nullable String workflowName() {
    return workflowName;
  }

  /**
   * Only tasks currently in this TaskQueue.
   *
   * @return the value of {@code TaskQueueSid}, or null when it is not set
   */
  public @Nullable String taskQueueSid() {
    return taskQueueSid;
  }

  /**
   * Only tasks currently in the TaskQueue with this friendly name.
   *
   * @return the value of {@code TaskQueueName}, or null when it is not set
   */
  public @Nullable String taskQueueName() {
    return taskQueueName;
  }

  /**
   * TaskRouter expression evaluated against each Task's attributes, e.g. {@code language == 'fr'}; only matching tasks are returned.
   *
   * @return the value of {@code EvaluateTaskAttributes}, or null when it is not set
   */
  public @Nullable String evaluateTaskAttributes() {
    return evaluateTaskAttributes;
  }

  /**
   * Only tasks that were given this routing target (a Worker or TaskQueue SID).
   *
   * @return the value of {@code RoutingTarget}, or null when it is not set
   */
  public @Nullable String routingTarget() {
    return routingTarget;
  }

  /**
   * Sort order: {@code DateCreated}, {@code Priority} or {@code VirtualStartTime}, each followed by {@code :asc} or {@code :desc}, several separated by commas. {@code DateCreated} and {@code VirtualStartTime} cannot be combined. Default {@code DateCreated:asc}.
   *
   * @return the value of {@code Ordering}, or null when it is not set
   */
  public @Nullable String ordering() {
    return ordering;
  }

  /**
   * {@code true} returns only tasks carrying add-on data, {@code false} only tasks without.
   *
   * @return the value of {@code HasAddons}, or null when it is not set
   */
  public @Nullable Boolean hasAddons() {
    return hasAddons;
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
    if (!(other instanceof ListTaskParams)) {
      return false;
    }
    ListTaskParams that = (ListTaskParams) other;
    return Objects.equals(priority, that.priority) && Objects.equals(assignmentStatus, that.assignmentStatus) && Objects.equals(workflowSid, that.workflowSid) && Objects.equals(workflowName, that.workflowName) && Objects.equals(taskQueueSid, that.taskQueueSid) && Objects.equals(taskQueueName, that.taskQueueName) && Objects.equals(evaluateTaskAttributes, that.evaluateTaskAttributes) && Objects.equals(routingTarget, that.routingTarget) && Objects.equals(ordering, that.ordering) && Objects.equals(hasAddons, that.hasAddons) && Objects.equals(pageSize, that.pageSize) && Objects.equals(pageToken, that.pageToken) && extraParams.equals(that.extraParams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(priority, assignmentStatus, workflowSid, workflowName, taskQueueSid, taskQueueName, evaluateTaskAttributes, routingTarget, ordering, hasAddons, pageSize, pageToken, extraParams);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("ListTaskParams{");
    Checks.appendIfSet(out, "Priority", priority);
    Checks.appendIfSet(out, "AssignmentStatus", assignmentStatus);
    Checks.appendIfSet(out, "WorkflowSid", workflowSid);
    Checks.appendIfSet(out, "WorkflowName", workflowName);
    Checks.appendIfSet(out, "TaskQueueSid", taskQueueSid);
    Checks.appendIfSet(out, "TaskQueueName", taskQueueName);
    Checks.appendIfSet(out, "EvaluateTaskAttributes", evaluateTaskAttributes);
    Checks.appendIfSet(out, "RoutingTarget", routingTarget);
    Checks.appendIfSet(out, "Ordering", ordering);
    Checks.appendIfSet(out, "HasAddons", hasAddons);
    Checks.appendIfSet(out, "PageSize", pageSize);
    Checks.appendIfSet(out, "PageToken", pageToken);
    return out.append(extraParams.isEmpty() ? "" : " extra=" + extraParams.keySet()).append('}').toString();
  }

  /** Sets the options one by one; {@link #build()} gives the immutable {@link ListTaskParams}. */
  public static final class Builder {
    private @Nullable Integer priority;
    private @Nullable List<TaskStatus> assignmentStatus;
    private @Nullable String workflowSid;
    private @Nullable String workflowName;
    private @Nullable String taskQueueSid;
    private @Nullable String taskQueueName;
    private @Nullable String evaluateTaskAttributes;
    private @Nullable String routingTarget;
    private @Nullable String ordering;
    private @Nullable Boolean hasAddons;
    private @Nullable Long pageSize;
    private @Nullable String pageToken;
    private final Map<String, String> extraParams = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Only tasks with exactly this priority.
     *
     * @param priority the value of {@code Priority}
     * @return this builder
     */
    public Builder priority(int priority) {
      this.priority = priority;
      return this;
    }

    /**
     * Only tasks in one of these statuses. Several are sent as the name repeated; the service also reads one value holding several separated by commas.
     * Sent as the name {@code AssignmentStatus} repeated, once per value.
     *
     * @param assignmentStatus the values: at least one, none of them null (leave the option unset to send none)
     * @return this builder
     */
    public Builder assignmentStatus(List<TaskStatus> assignmentStatus) {
      Checks.given("AssignmentStatus", assignmentStatus);
      this.assignmentStatus = Checks.listItems("AssignmentStatus", Checks.atLeastOne("AssignmentStatus", new ArrayList<>(assignmentStatus)));
      return this;
    }

    /**
     * Only tasks in one of these statuses. Several are sent as the name repeated; the service also reads one value holding several separated by commas.
     * Sent as the name {@code AssignmentStatus} repeated, once per value.
     *
     * @param assignmentStatus the values: at least one, none of them null
     * @return this builder
     */
    public Builder assignmentStatus(TaskStatus... assignmentStatus) {
      return assignmentStatus(Arrays.asList(Checks.given("AssignmentStatus", assignmentStatus)));
    }

    /**
     * Only tasks routed by this Workflow.
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
     * Only tasks routed by the Workflow with this friendly name.
     *
     * @param workflowName the value of {@code WorkflowName} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder workflowName(String workflowName) {
      Checks.given("WorkflowName", workflowName);
      this.workflowName = workflowName;
      return this;
    }

    /**
     * Only tasks currently in this TaskQueue.
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
     * Only tasks currently in the TaskQueue with this friendly name.
     *
     * @param taskQueueName the value of {@code TaskQueueName} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder taskQueueName(String taskQueueName) {
      Checks.given("TaskQueueName", taskQueueName);
      this.taskQueueName = taskQueueName;
      return this;
    }

    /**
     * TaskRouter expression evaluated against each Task's attributes, e.g. {@code language == 'fr'}; only matching tasks are returned.
     *
     * @param evaluateTaskAttributes the value of {@code EvaluateTaskAttributes} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder evaluateTaskAttributes(String evaluateTaskAttributes) {
      Checks.given("EvaluateTaskAttributes", evaluateTaskAttributes);
      this.evaluateTaskAttributes = Checks.expression("EvaluateTaskAttributes", evaluateTaskAttributes, "task");
      return this;
    }

    /**
     * Only tasks that were given this routing target (a Worker or TaskQueue SID).
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
     * Sort order: {@code DateCreated}, {@code Priority} or {@code VirtualStartTime}, each followed by {@code :asc} or {@code :desc}, several separated by commas. {@code DateCreated} and {@code VirtualStartTime} cannot be combined. Default {@code DateCreated:asc}.
     *
     * @param ordering the value of {@code Ordering} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder ordering(String ordering) {
      Checks.given("Ordering", ordering);
      this.ordering = ordering;
      return this;
    }

    /**
     * {@code true} returns only tasks carrying add-on data, {@code false} only tasks without.
     *
     * @param hasAddons the value of {@code HasAddons}
     * @return this builder
     */
    public Builder hasAddons(boolean hasAddons) {
      this.hasAddons = hasAddons;
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
        case "Priority":
          throw Checks.knownParam(name, "priority");
        case "AssignmentStatus":
          throw Checks.knownParam(name, "assignmentStatus");
        case "WorkflowSid":
          throw Checks.knownParam(name, "workflowSid");
        case "WorkflowName":
          throw Checks.knownParam(name, "workflowName");
        case "TaskQueueSid":
          throw Checks.knownParam(name, "taskQueueSid");
        case "TaskQueueName":
          throw Checks.knownParam(name, "taskQueueName");
        case "EvaluateTaskAttributes":
          throw Checks.knownParam(name, "evaluateTaskAttributes");
        case "RoutingTarget":
          throw Checks.knownParam(name, "routingTarget");
        case "Ordering":
          throw Checks.knownParam(name, "ordering");
        case "HasAddons":
          throw Checks.knownParam(name, "hasAddons");
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
    public ListTaskParams build() {
      return new ListTaskParams(this);
    }
  }
}
