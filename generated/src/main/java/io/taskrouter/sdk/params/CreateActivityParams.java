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
 * Options of {@code CreateActivity}: Create an activity.
 *
 * <p>Immutable. Build one with {@link #builder()}, or pass a {@code Consumer<Builder>} to the
 * resource method. Each setter checks its value at once and {@link Builder#build()} checks that the
 * required options are there: an invalid value is refused with an {@link IllegalArgumentException}
 * that names the parameter, before anything is sent.
 */
public final class CreateActivityParams {
  private final @Nullable String friendlyName;
  private final @Nullable Boolean available;
  private final Map<String, String> extraParams;

  private CreateActivityParams(Builder builder) {
    this.friendlyName = builder.friendlyName;
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
  public static CreateActivityParams of(Consumer<Builder> options) {
    Checks.required("options", options);
    Builder builder = new Builder();
    options.accept(builder);
    return builder.build();
  }

  /** @return a builder holding these options, to derive other options from them */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.friendlyName = friendlyName;
    builder.available = available;
    builder.extraParams.putAll(extraParams);
    return builder;
  }

  /**
   * Name of the Activity, up to 64 characters, e.g. {@code On Break}.
   *
   * @return the value of {@code FriendlyName}, or null when it is not set
   */
  public @Nullable String friendlyName() {
    return friendlyName;
  }

  /**
   * Whether Workers in this Activity can receive Tasks. Cannot be changed after creation.
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
    if (!(other instanceof CreateActivityParams)) {
      return false;
    }
    CreateActivityParams that = (CreateActivityParams) other;
    return Objects.equals(friendlyName, that.friendlyName) && Objects.equals(available, that.available) && extraParams.equals(that.extraParams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(friendlyName, available, extraParams);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("CreateActivityParams{");
    Checks.appendIfSet(out, "FriendlyName", friendlyName);
    Checks.appendIfSet(out, "Available", available);
    return out.append(extraParams.isEmpty() ? "" : " extra=" + extraParams.keySet()).append('}').toString();
  }

  /** Sets the options one by one; {@link #build()} gives the immutable {@link CreateActivityParams}. */
  public static final class Builder {
    private @Nullable String friendlyName;
    private @Nullable Boolean available;
    private final Map<String, String> extraParams = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Name of the Activity, up to 64 characters, e.g. {@code On Break}.
     *
     * @param friendlyName the value of {@code FriendlyName} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder friendlyName(String friendlyName) {
      Checks.given("FriendlyName", friendlyName);
      this.friendlyName = Checks.maxLength("FriendlyName", friendlyName, 64);
      return this;
    }

    /**
     * Whether Workers in this Activity can receive Tasks. Cannot be changed after creation.
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
        case "FriendlyName":
          throw Checks.knownParam(name, "friendlyName");
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
    public CreateActivityParams build() {
      Checks.required("FriendlyName", friendlyName);
      return new CreateActivityParams(this);
    }
  }
}
