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
 * Options of {@code UpdateWorkerChannel}: Update a channel of a worker.
 *
 * <p>Immutable. Build one with {@link #builder()}, or pass a {@code Consumer<Builder>} to the
 * resource method. Each setter checks its value at once and {@link Builder#build()} checks that the
 * required options are there: an invalid value is refused with an {@link IllegalArgumentException}
 * that names the parameter, before anything is sent.
 */
public final class UpdateWorkerChannelParams {
  private final @Nullable Integer capacity;
  private final @Nullable Boolean available;
  private final Map<String, String> extraParams;

  private UpdateWorkerChannelParams(Builder builder) {
    this.capacity = builder.capacity;
    this.available = builder.available;
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
  public static UpdateWorkerChannelParams of(Consumer<Builder> options) {
    Checks.required("options", options);
    Builder builder = new Builder();
    options.accept(builder);
    return builder.build();
  }

  /** @return a builder holding these options, to derive other options from them */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.capacity = capacity;
    builder.available = available;
    builder.extraParams.putAll(extraParams);
    return builder;
  }

  /**
   * Number of Tasks of this channel the Worker can hold at the same time.
   *
   * @return the value of {@code Capacity}, or null when it is not set
   */
  public @Nullable Integer capacity() {
    return capacity;
  }

  /**
   * {@code false} stops offering Tasks of this channel to the Worker without changing the capacity; {@code true} enables the channel again.
   *
   * @return the value of {@code Available}, or null when it is not set
   */
  public @Nullable Boolean available() {
    return available;
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
    if (!(other instanceof UpdateWorkerChannelParams)) {
      return false;
    }
    UpdateWorkerChannelParams that = (UpdateWorkerChannelParams) other;
    return Objects.equals(capacity, that.capacity) && Objects.equals(available, that.available) && extraParams.equals(that.extraParams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(capacity, available, extraParams);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("UpdateWorkerChannelParams{");
    Checks.appendIfSet(out, "Capacity", capacity);
    Checks.appendIfSet(out, "Available", available);
    return out.append(extraParams.isEmpty() ? "" : " extra=" + extraParams.keySet()).append('}').toString();
  }

  /** Sets the options one by one; {@link #build()} gives the immutable {@link UpdateWorkerChannelParams}. */
  public static final class Builder {
    private @Nullable Integer capacity;
    private @Nullable Boolean available;
    private final Map<String, String> extraParams = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Number of Tasks of this channel the Worker can hold at the same time.
     *
     * @param capacity the value of {@code Capacity}
     * @return this builder
     */
    public Builder capacity(int capacity) {
      this.capacity = capacity;
      return this;
    }

    /**
     * {@code false} stops offering Tasks of this channel to the Worker without changing the capacity; {@code true} enables the channel again.
     *
     * @param available the value of {@code Available}
     * @return this builder
     */
    public Builder available(boolean available) {
      this.available = available;
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
        case "Capacity":
          throw Checks.knownParam(name, "capacity");
        case "Available":
          throw Checks.knownParam(name, "available");
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
    public UpdateWorkerChannelParams build() {
      return new UpdateWorkerChannelParams(this);
    }
  }
}
