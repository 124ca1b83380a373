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
 * Options of {@code UpdateWorkspace}: Update a workspace.
 *
 * <p>Immutable. Build one with {@link #builder()}, or pass a {@code Consumer<Builder>} to the
 * resource method. Each setter checks its value at once and {@link Builder#build()} checks that the
 * required options are there: an invalid value is refused with an {@link IllegalArgumentException}
 * that names the parameter, before anything is sent.
 */
public final class UpdateWorkspaceParams {
  private final @Nullable String defaultActivitySid;
  private final @Nullable String eventCallbackUrl;
  private final @Nullable String eventsFilter;
  private final @Nullable String friendlyName;
  private final @Nullable Boolean multiTaskEnabled;
  private final @Nullable String timeoutActivitySid;
  private final @Nullable QueueOrder prioritizeQueueOrder;
  private final Map<String, String> extraParams;

  private UpdateWorkspaceParams(Builder builder) {
    this.defaultActivitySid = builder.defaultActivitySid;
    this.eventCallbackUrl = builder.eventCallbackUrl;
    this.eventsFilter = builder.eventsFilter;
    this.friendlyName = builder.friendlyName;
    this.multiTaskEnabled = builder.multiTaskEnabled;
    this.timeoutActivitySid = builder.timeoutActivitySid;
    this.prioritizeQueueOrder = builder.prioritizeQueueOrder;
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
  public static UpdateWorkspaceParams of(Consumer<Builder> options) {
    Checks.required("options", options);
    Builder builder = new Builder();
    options.accept(builder);
    return builder.build();
  }

  /** @return a builder holding these options, to derive other options from them */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.defaultActivitySid = defaultActivitySid;
    builder.eventCallbackUrl = eventCallbackUrl;
    builder.eventsFilter = eventsFilter;
    builder.friendlyName = friendlyName;
    builder.multiTaskEnabled = multiTaskEnabled;
    builder.timeoutActivitySid = timeoutActivitySid;
    builder.prioritizeQueueOrder = prioritizeQueueOrder;
    builder.extraParams.putAll(extraParams);
    return builder;
  }

  /**
   * Activity given to new Workers created without an {@code ActivitySid}.
   *
   * @return the value of {@code DefaultActivitySid}, or null when it is not set
   */
  public @Nullable String defaultActivitySid() {
    return defaultActivitySid;
  }

  /**
   * URL that receives a POST for each Workspace event (restricted by {@code EventsFilter}).
   *
   * @return the value of {@code EventCallbackUrl}, or null when it is not set
   */
  public @Nullable String eventCallbackUrl() {
    return eventCallbackUrl;
  }

  /**
   * Comma-separated event types to deliver to {@code EventCallbackUrl}, e.g. {@code task.created,task.completed}. When empty, every event is delivered.
   *
   * @return the value of {@code EventsFilter}, or null when it is not set
   */
  public @Nullable String eventsFilter() {
    return eventsFilter;
  }

  /**
   * New display name of the Workspace.
   *
   * @return the value of {@code FriendlyName}, or null when it is not set
   */
  public @Nullable String friendlyName() {
    return friendlyName;
  }

  /**
   * Turns multitasking on: Workers stay available and receive Tasks until the capacity of each channel is used up. Once enabled it cannot be switched back.
   *
   * @return the value of {@code MultiTaskEnabled}, or null when it is not set
   */
  public @Nullable Boolean multiTaskEnabled() {
    return multiTaskEnabled;
  }

  /**
   * Activity a Worker is moved to when one of its Reservations times out.
   *
   * @return the value of {@code TimeoutActivitySid}, or null when it is not set
   */
  public @Nullable String timeoutActivitySid() {
    return timeoutActivitySid;
  }

  /**
   * Which kind of queue is served first when a Worker belongs to both FIFO and LIFO queues. Default FIFO.
   *
   * @return the value of {@code PrioritizeQueueOrder}, or null when it is not set
   */
  public @Nullable QueueOrder prioritizeQueueOrder() {
    return prioritizeQueueOrder;
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
    if (!(other instanceof UpdateWorkspaceParams)) {
      return false;
    }
    UpdateWorkspaceParams that = (UpdateWorkspaceParams) other;
    return Objects.equals(defaultActivitySid, that.defaultActivitySid) && Objects.equals(eventCallbackUrl, that.eventCallbackUrl) && Objects.equals(eventsFilter, that.eventsFilter) && Objects.equals(friendlyName, that.friendlyName) && Objects.equals(multiTaskEnabled, that.multiTaskEnabled) && Objects.equals(timeoutActivitySid, that.timeoutActivitySid) && Objects.equals(prioritizeQueueOrder, that.prioritizeQueueOrder) && extraParams.equals(that.extraParams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(defaultActivitySid, eventCallbackUrl, eventsFilter, friendlyName, multiTaskEnabled, timeoutActivitySid, prioritizeQueueOrder, extraParams);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("UpdateWorkspaceParams{");
    Checks.appendIfSet(out, "DefaultActivitySid", defaultActivitySid);
    Checks.appendIfSet(out, "EventCallbackUrl", eventCallbackUrl);
    Checks.appendIfSet(out, "EventsFilter", eventsFilter);
    Checks.appendIfSet(out, "FriendlyName", friendlyName);
    Checks.appendIfSet(out, "MultiTaskEnabled", multiTaskEnabled);
    Checks.appendIfSet(out, "TimeoutActivitySid", timeoutActivitySid);
    Checks.appendIfSet(out, "PrioritizeQueueOrder", prioritizeQueueOrder);
    return out.append(extraParams.isEmpty() ? "" : " extra=" + extraParams.keySet()).append('}').toString();
  }

  /** Sets the options one by one; {@link #build()} gives the immutable {@link UpdateWorkspaceParams}. */
  public static final class Builder {
    private @Nullable String defaultActivitySid;
    private @Nullable String eventCallbackUrl;
    private @Nullable String eventsFilter;
    private @Nullable String friendlyName;
    private @Nullable Boolean multiTaskEnabled;
    private @Nullable String timeoutActivitySid;
    private @Nullable QueueOrder prioritizeQueueOrder;
    private final Map<String, String> extraParams = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Activity given to new Workers created without an {@code ActivitySid}.
     *
     * @param defaultActivitySid the value of {@code DefaultActivitySid} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder defaultActivitySid(String defaultActivitySid) {
      Checks.given("DefaultActivitySid", defaultActivitySid);
      this.defaultActivitySid = Checks.pattern("DefaultActivitySid", defaultActivitySid, "^WA[0-9a-fA-F]{32}$");
      return this;
    }

    /**
     * URL that receives a POST for each Workspace event (restricted by {@code EventsFilter}).
     *
     * @param eventCallbackUrl the value of {@code EventCallbackUrl} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder eventCallbackUrl(String eventCallbackUrl) {
      Checks.given("EventCallbackUrl", eventCallbackUrl);
      this.eventCallbackUrl = eventCallbackUrl;
      return this;
    }

    /**
     * Comma-separated event types to deliver to {@code EventCallbackUrl}, e.g. {@code task.created,task.completed}. When empty, every event is delivered.
     *
     * @param eventsFilter the value of {@code EventsFilter} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder eventsFilter(String eventsFilter) {
      Checks.given("EventsFilter", eventsFilter);
      this.eventsFilter = eventsFilter;
      return this;
    }

    /**
     * New display name of the Workspace.
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
     * Turns multitasking on: Workers stay available and receive Tasks until the capacity of each channel is used up. Once enabled it cannot be switched back.
     *
     * @param multiTaskEnabled the value of {@code MultiTaskEnabled}
     * @return this builder
     */
    public Builder multiTaskEnabled(boolean multiTaskEnabled) {
      this.multiTaskEnabled = multiTaskEnabled;
      return this;
    }

    /**
     * Activity a Worker is moved to when one of its Reservations times out.
     *
     * @param timeoutActivitySid the value of {@code TimeoutActivitySid} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder timeoutActivitySid(String timeoutActivitySid) {
      Checks.given("TimeoutActivitySid", timeoutActivitySid);
      this.timeoutActivitySid = Checks.pattern("TimeoutActivitySid", timeoutActivitySid, "^WA[0-9a-fA-F]{32}$");
      return this;
    }

    /**
     * Which kind of queue is served first when a Worker belongs to both FIFO and LIFO queues. Default FIFO.
     *
     * @param prioritizeQueueOrder the value of {@code PrioritizeQueueOrder} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder prioritizeQueueOrder(QueueOrder prioritizeQueueOrder) {
      Checks.given("PrioritizeQueueOrder", prioritizeQueueOrder);
      this.prioritizeQueueOrder = Checks.known("PrioritizeQueueOrder", prioritizeQueueOrder);
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
        case "DefaultActivitySid":
          throw Checks.knownParam(name, "defaultActivitySid");
        case "EventCallbackUrl":
          throw Checks.knownParam(name, "eventCallbackUrl");
        case "EventsFilter":
          throw Checks.knownParam(name, "eventsFilter");
        case "FriendlyName":
          throw Checks.knownParam(name, "friendlyName");
        case "MultiTaskEnabled":
          throw Checks.knownParam(name, "multiTaskEnabled");
        case "TimeoutActivitySid":
          throw Checks.knownParam(name, "timeoutActivitySid");
        case "PrioritizeQueueOrder":
          throw Checks.knownParam(name, "prioritizeQueueOrder");
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
    public UpdateWorkspaceParams build() {
      return new UpdateWorkspaceParams(this);
    }
  }
}
