// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.params;

import io.taskrouter.sdk.internal.Checks;
import io.taskrouter.sdk.internal.JsonText;
import io.taskrouter.sdk.model.TaskQueueBulkRealTimeStatisticsRequest;
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
 * Options of {@code CreateTaskQueueBulkRealTimeStatistics}: Fetch real-time statistics of up to 50 task queues.
 *
 * <p>Immutable. Build one with {@link #builder()}, or pass a {@code Consumer<Builder>} to the
 * resource method. Each setter checks its value at once and {@link Builder#build()} checks that the
 * required options are there: an invalid value is refused with an {@link IllegalArgumentException}
 * that names the parameter, before anything is sent.
 */
public final class CreateTaskQueueBulkRealTimeStatisticsParams {
  private final @Nullable TaskQueueBulkRealTimeStatisticsRequest body;
  private final Map<String, String> extraParams;

  private CreateTaskQueueBulkRealTimeStatisticsParams(Builder builder) {
    this.body = builder.body;
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
  public static CreateTaskQueueBulkRealTimeStatisticsParams of(Consumer<Builder> options) {
    Checks.required("options", options);
    Builder builder = new Builder();
    options.accept(builder);
    return builder.build();
  }

  /** @return a builder holding these options, to derive other options from them */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.body = body;
    builder.extraParams.putAll(extraParams);
    return builder;
  }

  /**
   * JSON object listing the TaskQueues to report on.
   *
   * @return the value of {@code TaskQueueBulkRealTimeStatisticsRequest}, or null when it is not set
   */
  public @Nullable TaskQueueBulkRealTimeStatisticsRequest body() {
    return body;
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
    if (!(other instanceof CreateTaskQueueBulkRealTimeStatisticsParams)) {
      return false;
    }
    CreateTaskQueueBulkRealTimeStatisticsParams that = (CreateTaskQueueBulkRealTimeStatisticsParams) other;
    return Objects.equals(body, that.body) && extraParams.equals(that.extraParams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(body, extraParams);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("CreateTaskQueueBulkRealTimeStatisticsParams{");
    Checks.appendIfSet(out, "TaskQueueBulkRealTimeStatisticsRequest", body);
    return out.append(extraParams.isEmpty() ? "" : " extra=" + extraParams.keySet()).append('}').toString();
  }

  /** Sets the options one by one; {@link #build()} gives the immutable {@link CreateTaskQueueBulkRealTimeStatisticsParams}. */
  public static final class Builder {
    private @Nullable TaskQueueBulkRealTimeStatisticsRequest body;
    private final Map<String, String> extraParams = new LinkedHashMap<>();

    private Builder() {}

    /**
     * JSON object listing the TaskQueues to report on.
     *
     * @param body the value of {@code TaskQueueBulkRealTimeStatisticsRequest} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder body(TaskQueueBulkRealTimeStatisticsRequest body) {
      Checks.given("TaskQueueBulkRealTimeStatisticsRequest", body);
      this.body = body;
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
    public CreateTaskQueueBulkRealTimeStatisticsParams build() {
      Checks.required("TaskQueueBulkRealTimeStatisticsRequest", body);
      return new CreateTaskQueueBulkRealTimeStatisticsParams(this);
    }
  }
}
