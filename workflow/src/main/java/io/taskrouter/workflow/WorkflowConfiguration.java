package io.taskrouter.workflow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A workflow's {@code Configuration}: its filters, tried top to bottom, and the default filter for
 * tasks no filter matches. Writes exactly the JSON the service expects ({@link #toJson()}) and reads
 * an existing one back ({@link #parse(String)}), keeping keys it does not model.
 *
 * <pre>{@code
 * WorkflowConfiguration configuration = WorkflowConfiguration.builder()
 *     .filter(RoutingFilter.named("Gold Tickets")
 *         .matching("customer_value == 'Gold' AND type == 'ticket'")
 *         .routeTo(RoutingTarget.toQueue(goldQueue).withPriority(2)))
 *     .defaultFilter(RoutingTarget.toQueue(defaultQueue))
 *     .build();
 * workspace.workflows().create(p -> p.friendlyName("Incoming Call Flow").configuration(configuration));
 * }</pre>
 */
public final class WorkflowConfiguration {
  final List<RoutingFilter> filters;
  final @Nullable RoutingTarget defaultFilter;
  final Map<String, Object> extraRouting;
  final Map<String, Object> extra;

  WorkflowConfiguration(List<RoutingFilter> filters, @Nullable RoutingTarget defaultFilter,
      Map<String, Object> extraRouting, Map<String, Object> extra) {
    this.filters = Collections.unmodifiableList(new ArrayList<>(filters));
    this.defaultFilter = defaultFilter;
    this.extraRouting = Collections.unmodifiableMap(new LinkedHashMap<>(extraRouting));
    this.extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }

  /** @return a builder with no filter and no default */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a configuration as the service stores it. Accepts the older spellings
   * {@code task_queue_sid} (for {@code queue}) and {@code friendly_name} (for
   * {@code filter_friendly_name}), and numbers written as strings ({@code "priority": "2"}).
   *
   * @param json the {@code configuration} of a Workflow
   * @return the configuration, checked like one built here
   * @throws WorkflowConfigurationException naming the JSON path of what is wrong (and, for an
   *     expression, the position inside it)
   */
  public static WorkflowConfiguration parse(String json) {
    return ConfigurationJson.parse(ConfigurationJson.read(json));
  }

  /**
   * Reads a configuration already parsed from JSON (objects as Maps, arrays as Lists, numbers,
   * strings, booleans), with the same checks as {@link #parse(String)}.
   *
   * @param root the document's top-level object
   * @return the configuration
   * @throws WorkflowConfigurationException naming the JSON path of what is wrong
   */
  public static WorkflowConfiguration fromMap(Map<String, ?> root) {
    return ConfigurationJson.parse(root);
  }

  /** @return the configuration as the JSON text the service expects in {@code Configuration} */
  public String toJson() {
    return ConfigurationJson.write(this);
  }

  /** @return the filters, in the order they are tried */
  public List<RoutingFilter> filters() {
    return filters;
  }

  /** @return the step of tasks no filter matches, or null */
  public @Nullable RoutingTarget defaultFilter() {
    return defaultFilter;
  }

  /** @return a builder holding this configuration */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.filters.addAll(filters);
    builder.defaultFilter = defaultFilter;
    builder.extraRouting.putAll(extraRouting);
    builder.extra.putAll(extra);
    return builder;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof WorkflowConfiguration)) {
      return false;
    }
    WorkflowConfiguration that = (WorkflowConfiguration) other;
    return filters.equals(that.filters) && Objects.equals(defaultFilter, that.defaultFilter)
        && extraRouting.equals(that.extraRouting) && extra.equals(that.extra);
  }

  @Override
  public int hashCode() {
    return Objects.hash(filters, defaultFilter, extraRouting, extra);
  }

  @Override
  public String toString() {
    return "WorkflowConfiguration" + toJson();
  }

  /** Collects filters and the default filter. */
  public static final class Builder {
    private final List<RoutingFilter> filters = new ArrayList<>();
    private @Nullable RoutingTarget defaultFilter;
    private final Map<String, Object> extraRouting = new LinkedHashMap<>();
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private Builder() {}

    /**
     * @param filter the next filter; tasks are matched against filters in the order they are added
     * @return this builder
     */
    public Builder filter(RoutingFilter filter) {
      Rules.hasTargets("filter '" + Objects.requireNonNull(filter, "filter").friendlyName + "'", filter);
      filters.add(filter);
      return this;
    }

    /**
     * @param target where tasks go when no filter matches; it names a queue and has no timeout
     * @return this builder
     */
    public Builder defaultFilter(RoutingTarget target) {
      Rules.defaultFilter("default_filter", Objects.requireNonNull(target, "target"));
      this.defaultFilter = target;
      return this;
    }

    /**
     * @param taskQueueSid where tasks go when no filter matches
     * @return this builder
     */
    public Builder defaultQueue(String taskQueueSid) {
      return defaultFilter(RoutingTarget.toQueue(taskQueueSid));
    }

    /**
     * @return the configuration
     * @throws IllegalArgumentException when it routes nothing (no filter and no default)
     */
    public WorkflowConfiguration build() {
      Rules.routesSomething("task_routing", filters.size(), defaultFilter);
      return new WorkflowConfiguration(filters, defaultFilter, extraRouting, extra);
    }
  }
}
