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
 * Options of {@code FetchWorkspaceRealTimeStatistics}: Fetch real-time statistics of a workspace.
 *
 * <p>Immutable. Build one with {@link #builder()}, or pass a {@code Consumer<Builder>} to the
 * resource method. Each setter checks its value at once and {@link Builder#build()} checks that the
 * required options are there: an invalid value is refused with an {@link IllegalArgumentException}
 * that names the parameter, before anything is sent.
 */
public final class FetchWorkspaceRealTimeStatisticsParams {
  private final @Nullable String taskChannel;
  private final Map<String, String> extraParams;

  private FetchWorkspaceRealTimeStatisticsParams(Builder builder) {
    this.taskChannel = builder.taskChannel;
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
  public static FetchWorkspaceRealTimeStatisticsParams of(Consumer<Builder> options) {
    Checks.required("options", options);
    Builder builder = new Builder();
    options.accept(builder);
    return builder.build();
  }

  /** @return a builder holding these options, to derive other options from them */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.taskChannel = taskChannel;
    builder.extraParams.putAll(extraParams);
    return builder;
  }

  /**
   * Restrict the statistics to one TaskChannel, given by SID or unique name (for example {@code voice}).
   *
   * @return the value of {@code TaskChannel}, or null when it is not set
   */
  public @Nullable String taskChannel() {
    return taskChannel;
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
    if (!(other instanceof FetchWorkspaceRealTimeStatisticsParams)) {
      return false;
    }
    FetchWorkspaceRealTimeStatisticsParams that = (FetchWorkspaceRealTimeStatisticsParams) other;
    return Objects.equals(taskChannel, that.taskChannel) && extraParams.equals(that.extraParams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(taskChannel, extraParams);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("FetchWorkspaceRealTimeStatisticsParams{");
    Checks.appendIfSet(out, "TaskChannel", taskChannel);
    return out.append(extraParams.isEmpty() ? "" : " extra=" + extraParams.keySet()).append('}').toString();
  }

  /** Sets the options one by one; {@link #build()} gives the immutable {@link FetchWorkspaceRealTimeStatisticsParams}. */
  public static final class Builder {
    private @Nullable String taskChannel;
    private final Map<String, String> extraParams = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Restrict the statistics to one TaskChannel, given by SID or unique name (for example {@code voice}).
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
        case "TaskChannel":
          throw Checks.knownParam(name, "taskChannel");
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
    public FetchWorkspaceRealTimeStatisticsParams build() {
      return new FetchWorkspaceRealTimeStatisticsParams(this);
    }
  }
}
