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
 * Options of {@code UpdateTaskChannel}: Update a task channel.
 *
 * <p>Immutable. Build one with {@link #builder()}, or pass a {@code Consumer<Builder>} to the
 * resource method. Each setter checks its value at once and {@link Builder#build()} checks that the
 * required options are there: an invalid value is refused with an {@link IllegalArgumentException}
 * that names the parameter, before anything is sent.
 */
public final class UpdateTaskChannelParams {
  private final @Nullable String friendlyName;
  private final @Nullable Boolean channelOptimizedRouting;
  private final Map<String, String> extraParams;

  private UpdateTaskChannelParams(Builder builder) {
    this.friendlyName = builder.friendlyName;
    this.channelOptimizedRouting = builder.channelOptimizedRouting;
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
  public static UpdateTaskChannelParams of(Consumer<Builder> options) {
    Checks.required("options", options);
    Builder builder = new Builder();
    options.accept(builder);
    return builder.build();
  }

  /** @return a builder holding these options, to derive other options from them */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.friendlyName = friendlyName;
    builder.channelOptimizedRouting = channelOptimizedRouting;
    builder.extraParams.putAll(extraParams);
    return builder;
  }

  /**
   * New display name of the TaskChannel.
   *
   * @return the value of {@code FriendlyName}, or null when it is not set
   */
  public @Nullable String friendlyName() {
    return friendlyName;
  }

  /**
   * When {@code true}, Tasks of this channel prefer the Worker that has been idle the longest on this particular channel.
   *
   * @return the value of {@code ChannelOptimizedRouting}, or null when it is not set
   */
  public @Nullable Boolean channelOptimizedRouting() {
    return channelOptimizedRouting;
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
    if (!(other instanceof UpdateTaskChannelParams)) {
      return false;
    }
    UpdateTaskChannelParams that = (UpdateTaskChannelParams) other;
    return Objects.equals(friendlyName, that.friendlyName) && Objects.equals(channelOptimizedRouting, that.channelOptimizedRouting) && extraParams.equals(that.extraParams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(friendlyName, channelOptimizedRouting, extraParams);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("UpdateTaskChannelParams{");
    Checks.appendIfSet(out, "FriendlyName", friendlyName);
    Checks.appendIfSet(out, "ChannelOptimizedRouting", channelOptimizedRouting);
    return out.append(extraParams.isEmpty() ? "" : " extra=" + extraParams.keySet()).append('}').toString();
  }

  /** Sets the options one by one; {@link #build()} gives the immutable {@link UpdateTaskChannelParams}. */
  public static final class Builder {
    private @Nullable String friendlyName;
    private @Nullable Boolean channelOptimizedRouting;
    private final Map<String, String> extraParams = new LinkedHashMap<>();

    private Builder() {}

    /**
     * New display name of the TaskChannel.
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
     * When {@code true}, Tasks of this channel prefer the Worker that has been idle the longest on this particular channel.
     *
     * @param channelOptimizedRouting the value of {@code ChannelOptimizedRouting}
     * @return this builder
     */
    public Builder channelOptimizedRouting(boolean channelOptimizedRouting) {
      this.channelOptimizedRouting = channelOptimizedRouting;
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
        case "ChannelOptimizedRouting":
          throw Checks.knownParam(name, "channelOptimizedRouting");
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
    public UpdateTaskChannelParams build() {
      return new UpdateTaskChannelParams(this);
    }
  }
}
