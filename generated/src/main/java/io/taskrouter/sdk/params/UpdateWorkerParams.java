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
 * Options of {@code UpdateWorker}: Update a worker.
 *
 * <p>Immutable. Build one with {@link #builder()}, or pass a {@code Consumer<Builder>} to the
 * resource method. Each setter checks its value at once and {@link Builder#build()} checks that the
 * required options are there: an invalid value is refused with an {@link IllegalArgumentException}
 * that names the parameter, before anything is sent.
 */
public final class UpdateWorkerParams {
  private final @Nullable String ifMatch;
  private final @Nullable String activitySid;
  private final @Nullable String attributes;
  private final @Nullable String friendlyName;
  private final @Nullable Boolean rejectPendingReservations;
  private final Map<String, String> extraParams;

  private UpdateWorkerParams(Builder builder) {
    this.ifMatch = builder.ifMatch;
    this.activitySid = builder.activitySid;
    this.attributes = builder.attributes;
    this.friendlyName = builder.friendlyName;
    this.rejectPendingReservations = builder.rejectPendingReservations;
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
  public static UpdateWorkerParams of(Consumer<Builder> options) {
    Checks.required("options", options);
    Builder builder = new Builder();
    options.accept(builder);
    return builder.build();
  }

  /** @return a builder holding these options, to derive other options from them */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.ifMatch = ifMatch;
    builder.activitySid = activitySid;
    builder.attributes = attributes;
    builder.friendlyName = friendlyName;
    builder.rejectPendingReservations = rejectPendingReservations;
    builder.extraParams.putAll(extraParams);
    return builder;
  }

  /**
   * Revision (a previously returned {@code ETag} value) the write depends on. If the resource has changed since, nothing is written and the API answers HTTP 412. Without this header the write is unconditional.
   *
   * @return the value of {@code If-Match}, or null when it is not set
   */
  public @Nullable String ifMatch() {
    return ifMatch;
  }

  /**
   * Activity to move the Worker to.
   *
   * @return the value of {@code ActivitySid}, or null when it is not set
   */
  public @Nullable String activitySid() {
    return activitySid;
  }

  /**
   * New JSON attributes of the Worker; the whole document is replaced. At most 4096 characters.
   *
   * @return the value of {@code Attributes}, or null when it is not set
   */
  public @Nullable String attributes() {
    return attributes;
  }

  /**
   * New name of the Worker, up to 64 characters.
   *
   * @return the value of {@code FriendlyName}, or null when it is not set
   */
  public @Nullable String friendlyName() {
    return friendlyName;
  }

  /**
   * When moving the Worker to an unavailable Activity, reject its pending Reservations as part of the change.
   *
   * @return the value of {@code RejectPendingReservations}, or null when it is not set
   */
  public @Nullable Boolean rejectPendingReservations() {
    return rejectPendingReservations;
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
    if (!(other instanceof UpdateWorkerParams)) {
      return false;
    }
    UpdateWorkerParams that = (UpdateWorkerParams) other;
    return Objects.equals(ifMatch, that.ifMatch) && Objects.equals(activitySid, that.activitySid) && Objects.equals(attributes, that.attributes) && Objects.equals(friendlyName, that.friendlyName) && Objects.equals(rejectPendingReservations, that.rejectPendingReservations) && extraParams.equals(that.extraParams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ifMatch, activitySid, attributes, friendlyName, rejectPendingReservations, extraParams);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("UpdateWorkerParams{");
    Checks.appendIfSet(out, "If-Match", ifMatch);
    Checks.appendIfSet(out, "ActivitySid", activitySid);
    Checks.appendIfSet(out, "Attributes", attributes);
    Checks.appendIfSet(out, "FriendlyName", friendlyName);
    Checks.appendIfSet(out, "RejectPendingReservations", rejectPendingReservations);
    return out.append(extraParams.isEmpty() ? "" : " extra=" + extraParams.keySet()).append('}').toString();
  }

  /** Sets the options one by one; {@link #build()} gives the immutable {@link UpdateWorkerParams}. */
  public static final class Builder {
    private @Nullable String ifMatch;
    private @Nullable String activitySid;
    private @Nullable String attributes;
    private @Nullable String friendlyName;
    private @Nullable Boolean rejectPendingReservations;
    private final Map<String, String> extraParams = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Revision (a previously returned {@code ETag} value) the write depends on. If the resource has changed since, nothing is written and the API answers HTTP 412. Without this header the write is unconditional.
     *
     * @param ifMatch the value of {@code If-Match}, not blank (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder ifMatch(String ifMatch) {
      Checks.given("If-Match", ifMatch);
      // An empty header value names no revision: sent, it would fail as a mismatch, not as a mistake.
      Checks.notBlank("If-Match", ifMatch);
      this.ifMatch = ifMatch;
      return this;
    }

    /**
     * Activity to move the Worker to.
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
     * New JSON attributes of the Worker; the whole document is replaced. At most 4096 characters.
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
     * New JSON attributes of the Worker; the whole document is replaced. At most 4096 characters.
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
     * New name of the Worker, up to 64 characters.
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
     * When moving the Worker to an unavailable Activity, reject its pending Reservations as part of the change.
     *
     * @param rejectPendingReservations the value of {@code RejectPendingReservations}
     * @return this builder
     */
    public Builder rejectPendingReservations(boolean rejectPendingReservations) {
      this.rejectPendingReservations = rejectPendingReservations;
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
        case "ActivitySid":
          throw Checks.knownParam(name, "activitySid");
        case "Attributes":
          throw Checks.knownParam(name, "attributes");
        case "FriendlyName":
          throw Checks.knownParam(name, "friendlyName");
        case "RejectPendingReservations":
          throw Checks.knownParam(name, "rejectPendingReservations");
        default:
          break;
      }
      if (name.equalsIgnoreCase("If-Match")) {
        throw Checks.knownParam(name, "ifMatch");
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
    public UpdateWorkerParams build() {
      return new UpdateWorkerParams(this);
    }
  }
}
