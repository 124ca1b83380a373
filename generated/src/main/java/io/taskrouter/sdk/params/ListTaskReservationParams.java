// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.params;

import io.taskrouter.sdk.internal.Checks;
import io.taskrouter.sdk.internal.JsonText;
import io.taskrouter.sdk.model.ReservationStatus;
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
 * Options of {@code ListTaskReservation}: List reservations of a task.
 *
 * <p>Immutable. Build one with {@link #builder()}, or pass a {@code Consumer<Builder>} to the
 * resource method. Each setter checks its value at once and {@link Builder#build()} checks that the
 * required options are there: an invalid value is refused with an {@link IllegalArgumentException}
 * that names the parameter, before anything is sent.
 */
public final class ListTaskReservationParams {
  private final @Nullable ReservationStatus reservationStatus;
  private final @Nullable String workerSid;
  private final @Nullable Long pageSize;
  private final @Nullable String pageToken;
  private final Map<String, String> extraParams;

  private ListTaskReservationParams(Builder builder) {
    this.reservationStatus = builder.reservationStatus;
    this.workerSid = builder.workerSid;
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
  public static ListTaskReservationParams of(Consumer<Builder> options) {
    Checks.required("options", options);
    Builder builder = new Builder();
    options.accept(builder);
    return builder.build();
  }

  /** @return a builder holding these options, to derive other options from them */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.reservationStatus = reservationStatus;
    builder.workerSid = workerSid;
    builder.pageSize = pageSize;
    builder.pageToken = pageToken;
    builder.extraParams.putAll(extraParams);
    return builder;
  }

  /**
   * Only reservations in this status.
   *
   * @return the value of {@code ReservationStatus}, or null when it is not set
   */
  public @Nullable ReservationStatus reservationStatus() {
    return reservationStatus;
  }

  /**
   * Only reservations offered to this Worker.
   *
   * @return the value of {@code WorkerSid}, or null when it is not set
   */
  public @Nullable String workerSid() {
    return workerSid;
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
    if (!(other instanceof ListTaskReservationParams)) {
      return false;
    }
    ListTaskReservationParams that = (ListTaskReservationParams) other;
    return Objects.equals(reservationStatus, that.reservationStatus) && Objects.equals(workerSid, that.workerSid) && Objects.equals(pageSize, that.pageSize) && Objects.equals(pageToken, that.pageToken) && extraParams.equals(that.extraParams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reservationStatus, workerSid, pageSize, pageToken, extraParams);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("ListTaskReservationParams{");
    Checks.appendIfSet(out, "ReservationStatus", reservationStatus);
    Checks.appendIfSet(out, "WorkerSid", workerSid);
    Checks.appendIfSet(out, "PageSize", pageSize);
    Checks.appendIfSet(out, "PageToken", pageToken);
    return out.append(extraParams.isEmpty() ? "" : " extra=" + extraParams.keySet()).append('}').toString();
  }

  /** Sets the options one by one; {@link #build()} gives the immutable {@link ListTaskReservationParams}. */
  public static final class Builder {
    private @Nullable ReservationStatus reservationStatus;
    private @Nullable String workerSid;
    private @Nullable Long pageSize;
    private @Nullable String pageToken;
    private final Map<String, String> extraParams = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Only reservations in this status.
     *
     * @param reservationStatus the value of {@code ReservationStatus} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder reservationStatus(ReservationStatus reservationStatus) {
      Checks.given("ReservationStatus", reservationStatus);
      this.reservationStatus = Checks.known("ReservationStatus", reservationStatus);
      return this;
    }

    /**
     * Only reservations offered to this Worker.
     *
     * @param workerSid the value of {@code WorkerSid} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder workerSid(String workerSid) {
      Checks.given("WorkerSid", workerSid);
      this.workerSid = Checks.pattern("WorkerSid", workerSid, "^WK[0-9a-fA-F]{32}$");
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
        case "ReservationStatus":
          throw Checks.knownParam(name, "reservationStatus");
        case "WorkerSid":
          throw Checks.knownParam(name, "workerSid");
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
    public ListTaskReservationParams build() {
      return new ListTaskReservationParams(this);
    }
  }
}
