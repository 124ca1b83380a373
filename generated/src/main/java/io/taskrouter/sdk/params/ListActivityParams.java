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
 * Options of {@code ListActivity}: List activities.
 *
 * <p>Immutable. Build one with {@link #builder()}, or pass a {@code Consumer<Builder>} to the
 * resource method. Each setter checks its value at once and {@link Builder#build()} checks that the
 * required options are there: an invalid value is refused with an {@link IllegalArgumentException}
 * that names the parameter, before anything is sent.
 */
public final class ListActivityParams {
  private final @Nullable String friendlyName;
  private final @Nullable Boolean available;
  private final @Nullable Long pageSize;
  private final @Nullable String pageToken;
  private final Map<String, String> extraParams;

  private ListActivityParams(Builder builder) {
    this.friendlyName = builder.friendlyName;
    this.available = builder.available;
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
  public static ListActivityParams of(Consumer<Builder> options) {
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
    builder.pageSize = pageSize;
    builder.pageToken = pageToken;
    builder.extraParams.putAll(extraParams);
    return builder;
  }

  /**
   * Only the activity whose friendly name equals this value.
   *
   * @return the value of {@code FriendlyName}, or null when it is not set
   */
  public @Nullable String friendlyName() {
    return friendlyName;
  }

  /**
   * {@code true} returns only activities in which Workers can receive Tasks, {@code false} only the others.
   *
   * @return the value of {@code Available}, or null when it is not set
   */
  public @Nullable Boolean available() {
    return available;
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
    if (!(other instanceof ListActivityParams)) {
      return false;
    }
    ListActivityParams that = (ListActivityParams) other;
    return Objects.equals(friendlyName, that.friendlyName) && Objects.equals(available, that.available) && Objects.equals(pageSize, that.pageSize) && Objects.equals(pageToken, that.pageToken) && extraParams.equals(that.extraParams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(friendlyName, available, pageSize, pageToken, extraParams);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("ListActivityParams{");
    Checks.appendIfSet(out, "FriendlyName", friendlyName);
    Checks.appendIfSet(out, "Available", available);
    Checks.appendIfSet(out, "PageSize", pageSize);
    Checks.appendIfSet(out, "PageToken", pageToken);
    return out.append(extraParams.isEmpty() ? "" : " extra=" + extraParams.keySet()).append('}').toString();
  }

  /** Sets the options one by one; {@link #build()} gives the immutable {@link ListActivityParams}. */
  public static final class Builder {
    private @Nullable String friendlyName;
    private @Nullable Boolean available;
    private @Nullable Long pageSize;
    private @Nullable String pageToken;
    private final Map<String, String> extraParams = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Only the activity whose friendly name equals this value.
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
     * {@code true} returns only activities in which Workers can receive Tasks, {@code false} only the others.
     *
     * @param available the value of {@code Available}
     * @return this builder
     */
    public Builder available(boolean available) {
      this.available = available;
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
        case "FriendlyName":
          throw Checks.knownParam(name, "friendlyName");
        case "Available":
          throw Checks.knownParam(name, "available");
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
    public ListActivityParams build() {
      return new ListActivityParams(this);
    }
  }
}
