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
 * Options of {@code CreateWorker}: Create a worker.
 *
 * <p>Immutable. Build one with {@link #builder()}, or pass a {@code Consumer<Builder>} to the
 * resource method. Each setter checks its value at once and {@link Builder#build()} checks that the
 * required options are there: an invalid value is refused with an {@link IllegalArgumentException}
 * that names the parameter, before anything is sent.
 */
public final class CreateWorkerParams {
  private final @Nullable String friendlyName;
  private final @Nullable String activitySid;
  private final @Nullable String attributes;
  private final Map<String, String> extraParams;

  private CreateWorkerParams(Builder builder) {
    this.friendlyName = builder.friendlyName;
    this.activitySid = builder.activitySid;
    this.attributes = builder.attributes;
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
  public static CreateWorkerParams of(Consumer<Builder> options) {
    Checks.required("options", options);
    Builder builder = new Builder();
    options.accept(builder);
    return builder.build();
  }

  /** @return a builder holding these options, to derive other options from them */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.friendlyName = friendlyName;
    builder.activitySid = activitySid;
    builder.attributes = attributes;
    builder.extraParams.putAll(extraParams);
    return builder;
  }

  /**
   * Name of the Worker, up to 64 characters.
   *
   * @return the value of {@code FriendlyName}, or null when it is not set
   */
  public @Nullable String friendlyName() {
    return friendlyName;
  }

  /**
   * Initial Activity of the Worker. Defaults to the Workspace's default Activity.
   *
   * @return the value of {@code ActivitySid}, or null when it is not set
   */
  public @Nullable String activitySid() {
    return activitySid;
  }

  /**
   * JSON object describing the Worker (skills, languages, contact URI, ...); queue and workflow expressions are evaluated against it. At most 4096 characters. Default {@code {}}.
   *
   * @return the value of {@code Attributes}, or null when it is not set
   */
  public @Nullable String attributes() {
    return attributes;
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
    if (!(other instanceof CreateWorkerParams)) {
      return false;
    }
    CreateWorkerParams that = (CreateWorkerParams) other;
    return Objects.equals(friendlyName, that.friendlyName) && Objects.equals(activitySid, that.activitySid) && Objects.equals(attributes, that.attributes) && extraParams.equals(that.extraParams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(friendlyName, activitySid, attributes, extraParams);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("CreateWorkerParams{");
    Checks.appendIfSet(out, "FriendlyName", friendlyName);
    Checks.appendIfSet(out, "ActivitySid", activitySid);
    Checks.appendIfSet(out, "Attributes", attributes);
    return out.append(extraParams.isEmpty() ? "" : " extra=" + extraParams.keySet()).append('}').toString();
  }

  /** Sets the options one by one; {@link #build()} gives the immutable {@link CreateWorkerParams}. */
  public static final class Builder {
    private @Nullable String friendlyName;
    private @Nullable String activitySid;
    private @Nullable String attributes;
    private final Map<String, String> extraParams = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Name of the Worker, up to 64 characters.
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
     * Initial Activity of the Worker. Defaults to the Workspace's default Activity.
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
     * JSON object describing the Worker (skills, languages, contact URI, ...); queue and workflow expressions are evaluated against it. At most 4096 characters. Default {@code {}}.
     *
     * @param attributes a JSON object, as text; refused when it is not one (or null)
     * @return this builder
     */
    public Builder attributes(String attributes) {
      Checks.given("Attributes", attributes);
      this.attributes = Checks.maxLength("Attributes", JsonText.requireObject("Attributes", attributes), 4096);
      return this;
    }

    /**
     * JSON object describing the Worker (skills, languages, contact URI, ...); queue and workflow expressions are evaluated against it. At most 4096 characters. Default {@code {}}.
     *
     * @param attributes a Map, or any object Moshi can write as a JSON object (not null)
     * @return this builder
     */
    public Builder attributes(Object attributes) {
      Checks.given("Attributes", attributes);
      this.attributes = Checks.maxLength("Attributes", JsonText.writeObject("Attributes", attributes), 4096);
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
        case "ActivitySid":
          throw Checks.knownParam(name, "activitySid");
        case "Attributes":
          throw Checks.knownParam(name, "attributes");
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
    public CreateWorkerParams build() {
      Checks.required("FriendlyName", friendlyName);
      return new CreateWorkerParams(this);
    }
  }
}
