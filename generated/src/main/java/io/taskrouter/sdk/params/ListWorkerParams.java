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
 * Options of {@code ListWorker}: List workers.
 *
 * <p>Immutable. Build one with {@link #builder()}, or pass a {@code Consumer<Builder>} to the
 * resource method. Each setter checks its value at once and {@link Builder#build()} checks that the
 * required options are there: an invalid value is refused with an {@link IllegalArgumentException}
 * that names the parameter, before anything is sent.
 */
public final class ListWorkerParams {
  private final @Nullable String activityName;
  private final @Nullable String activitySid;
  private final @Nullable Boolean available;
  private final @Nullable String friendlyName;
  private final @Nullable String targetWorkersExpression;
  private final @Nullable String taskQueueName;
  private final @Nullable String taskQueueSid;
  private final @Nullable String ordering;
  private final @Nullable Long pageSize;
  private final @Nullable String pageToken;
  private final Map<String, String> extraParams;

  private ListWorkerParams(Builder builder) {
    this.activityName = builder.activityName;
    this.activitySid = builder.activitySid;
    this.available = builder.available;
    this.friendlyName = builder.friendlyName;
    this.targetWorkersExpression = builder.targetWorkersExpression;
    this.taskQueueName = builder.taskQueueName;
    this.taskQueueSid = builder.taskQueueSid;
    this.ordering = builder.ordering;
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
  public static ListWorkerParams of(Consumer<Builder> options) {
    Checks.required("options", options);
    Builder builder = new Builder();
    options.accept(builder);
    return builder.build();
  }

  /** @return a builder holding these options, to derive other options from them */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.activityName = activityName;
    builder.activitySid = activitySid;
    builder.available = available;
    builder.friendlyName = friendlyName;
    builder.targetWorkersExpression = targetWorkersExpression;
    builder.taskQueueName = taskQueueName;
    builder.taskQueueSid = taskQueueSid;
    builder.ordering = ordering;
    builder.pageSize = pageSize;
    builder.pageToken = pageToken;
    builder.extraParams.putAll(extraParams);
    return builder;
  }

  /**
   * Only workers currently in the Activity with this friendly name.
   *
   * @return the value of {@code ActivityName}, or null when it is not set
   */
  public @Nullable String activityName() {
    return activityName;
  }

  /**
   * Only workers currently in this Activity.
   *
   * @return the value of {@code ActivitySid}, or null when it is not set
   */
  public @Nullable String activitySid() {
    return activitySid;
  }

  /**
   * {@code true} returns only workers whose current Activity is available, {@code false} only the others.
   *
   * @return the value of {@code Available}, or null when it is not set
   */
  public @Nullable Boolean available() {
    return available;
  }

  /**
   * Only the worker whose friendly name equals this value.
   *
   * @return the value of {@code FriendlyName}, or null when it is not set
   */
  public @Nullable String friendlyName() {
    return friendlyName;
  }

  /**
   * Expression over worker attributes, e.g. {@code skills HAS 'support'}; only matching workers are returned.
   *
   * @return the value of {@code TargetWorkersExpression}, or null when it is not set
   */
  public @Nullable String targetWorkersExpression() {
    return targetWorkersExpression;
  }

  /**
   * Only workers eligible for the TaskQueue with this friendly name.
   *
   * @return the value of {@code TaskQueueName}, or null when it is not set
   */
  public @Nullable String taskQueueName() {
    return taskQueueName;
  }

  /**
   * Only workers eligible for this TaskQueue.
   *
   * @return the value of {@code TaskQueueSid}, or null when it is not set
   */
  public @Nullable String taskQueueSid() {
    return taskQueueSid;
  }

  /**
   * Sort order of the result, given as {@code <field>:asc} or {@code <field>:desc}.
   *
   * @return the value of {@code Ordering}, or null when it is not set
   */
  public @Nullable String ordering() {
    return ordering;
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
    if (!(other instanceof ListWorkerParams)) {
      return false;
    }
    ListWorkerParams that = (ListWorkerParams) other;
    return Objects.equals(activityName, that.activityName) && Objects.equals(activitySid, that.activitySid) && Objects.equals(available, that.available) && Objects.equals(friendlyName, that.friendlyName) && Objects.equals(targetWorkersExpression, that.targetWorkersExpression) && Objects.equals(taskQueueName, that.taskQueueName) && Objects.equals(taskQueueSid, that.taskQueueSid) && Objects.equals(ordering, that.ordering) && Objects.equals(pageSize, that.pageSize) && Objects.equals(pageToken, that.pageToken) && extraParams.equals(that.extraParams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(activityName, activitySid, available, friendlyName, targetWorkersExpression, taskQueueName, taskQueueSid, ordering, pageSize, pageToken, extraParams);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("ListWorkerParams{");
    Checks.appendIfSet(out, "ActivityName", activityName);
    Checks.appendIfSet(out, "ActivitySid", activitySid);
    Checks.appendIfSet(out, "Available", available);
    Checks.appendIfSet(out, "FriendlyName", friendlyName);
    Checks.appendIfSet(out, "TargetWorkersExpression", targetWorkersExpression);
    Checks.appendIfSet(out, "TaskQueueName", taskQueueName);
    Checks.appendIfSet(out, "TaskQueueSid", taskQueueSid);
    Checks.appendIfSet(out, "Ordering", ordering);
    Checks.appendIfSet(out, "PageSize", pageSize);
    Checks.appendIfSet(out, "PageToken", pageToken);
    return out.append(extraParams.isEmpty() ? "" : " extra=" + extraParams.keySet()).append('}').toString();
  }

  /** Sets the options one by one; {@link #build()} gives the immutable {@link ListWorkerParams}. */
  public static final class Builder {
    private @Nullable String activityName;
    private @Nullable String activitySid;
    private @Nullable Boolean available;
    private @Nullable String friendlyName;
    private @Nullable String targetWorkersExpression;
    private @Nullable String taskQueueName;
    private @Nullable String taskQueueSid;
    private @Nullable String ordering;
    private @Nullable Long pageSize;
    private @Nullable String pageToken;
    private final Map<String, String> extraParams = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Only workers currently in the Activity with this friendly name.
     *
     * @param activityName the value of {@code ActivityName} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder activityName(String activityName) {
      Checks.given("ActivityName", activityName);
      this.activityName = activityName;
      return this;
    }

    /**
     * Only workers currently in this Activity.
     *
     * @param activitySid the value of {@code ActivitySid} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder activitySid(String activitySid) {
      Checks.given("ActivitySid", activitySid);
      this.activitySid = Checks.pattern("ActivitySid", activitySid, "^WA[0-9a-fA-F]{32}$");
      return this;
    }

    /**
     * {@code true} returns only workers whose current Activity is available, {@code false} only the others.
     *
     * @param available the value of {@code Available}
     * @return this builder
     */
    public Builder available(boolean available) {
      this.available = available;
      return this;
    }

    /**
     * Only the worker whose friendly name equals this value.
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
     * Expression over worker attributes, e.g. {@code skills HAS 'support'}; only matching workers are returned.
     *
     * @param targetWorkersExpression the value of {@code TargetWorkersExpression} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder targetWorkersExpression(String targetWorkersExpression) {
      Checks.given("TargetWorkersExpression", targetWorkersExpression);
      this.targetWorkersExpression = Checks.expression("TargetWorkersExpression", targetWorkersExpression, "worker");
      return this;
    }

    /**
     * Only workers eligible for the TaskQueue with this friendly name.
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
     * Only workers eligible for this TaskQueue.
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
     * Sort order of the result, given as {@code <field>:asc} or {@code <field>:desc}.
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
        case "ActivityName":
          throw Checks.knownParam(name, "activityName");
        case "ActivitySid":
          throw Checks.knownParam(name, "activitySid");
        case "Available":
          throw Checks.knownParam(name, "available");
        case "FriendlyName":
          throw Checks.knownParam(name, "friendlyName");
        case "TargetWorkersExpression":
          throw Checks.knownParam(name, "targetWorkersExpression");
        case "TaskQueueName":
          throw Checks.knownParam(name, "taskQueueName");
        case "TaskQueueSid":
          throw Checks.knownParam(name, "taskQueueSid");
        case "Ordering":
          throw Checks.knownParam(name, "ordering");
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
    public ListWorkerParams build() {
      return new ListWorkerParams(this);
    }
  }
}
