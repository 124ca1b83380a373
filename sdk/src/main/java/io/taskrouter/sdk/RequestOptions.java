package io.taskrouter.sdk;

import io.taskrouter.sdk.internal.Checks;
import io.taskrouter.sdk.internal.Shown;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Options of the calls made through one view of a client ({@link TaskRouter#withOptions}): the
 * call's deadline, its retry policy, extra headers. What is not set here keeps the client's value.
 * Immutable.
 *
 * <pre>{@code
 * RequestOptions patient = RequestOptions.builder().timeout(Duration.ofMinutes(2)).build();
 * client.withOptions(patient).workspace(wsSid).tasks().list().toList();
 * }</pre>
 */
public final class RequestOptions {
  private static final RequestOptions NONE = builder().build();

  private final @Nullable Duration timeout;
  private final @Nullable RetryPolicy retryPolicy;
  private final Map<String, String> headers;

  private RequestOptions(Builder builder) {
    this.timeout = builder.timeout;
    this.retryPolicy = builder.retryPolicy;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
  }

  /** @return options that change nothing */
  public static RequestOptions none() {
    return NONE;
  }

  /** @return a builder with nothing set */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param options sets the options
   * @return the options
   */
  public static RequestOptions of(Consumer<Builder> options) {
    Builder builder = builder();
    options.accept(builder);
    return builder.build();
  }

  /** @return the deadline of each call, all attempts and waits included, or null for the client's */
  public @Nullable Duration timeout() {
    return timeout;
  }

  /** @return the retry policy, or null for the client's */
  public @Nullable RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** @return the extra headers of every request, in the order set */
  public Map<String, String> headers() {
    return headers;
  }

  @Override
  public String toString() {
    return "RequestOptions{timeout=" + timeout + ", retryPolicy=" + retryPolicy + ", headers=" + headers.keySet() + "}";
  }

  /** Builds {@link RequestOptions}; values are checked when set. */
  public static final class Builder {
    private @Nullable Duration timeout;
    private @Nullable RetryPolicy retryPolicy;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    /**
     * @param timeout the deadline of each call, all attempts and the waits between them included
     *     (zero: none)
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      if (Checks.required("timeout", timeout).isNegative()) {
        throw new IllegalArgumentException("timeout must be zero or positive, got " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * @param retryPolicy when to send a failed request again
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * @param name a header name; not one the SDK sets itself (Authorization, User-Agent, Accept)
     * @param value its value
     * @return this builder
     */
    public Builder header(String name, String value) {
      Checks.notBlank("header name", name);
      Checks.required("header " + name, value);
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.equals("authorization") || lower.equals("user-agent") || lower.equals("accept")) {
        throw new IllegalArgumentException("header name must not be one the SDK sets (Authorization, User-Agent,"
            + " Accept), got " + Shown.text(name));
      }
      for (int i = 0; i < name.length(); i++) {
        if (name.charAt(i) <= ' ' || name.charAt(i) >= 0x7f) {
          throw new IllegalArgumentException("header name must be visible ASCII characters, got " + Shown.text(name));
        }
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if ((c < ' ' && c != '\t') || c >= 0x7f) {
          // The value is not shown: an extra header is where callers put their own credentials.
          throw new IllegalArgumentException("header " + name + " must hold printable ASCII characters and tabs"
              + " only, got " + String.format(Locale.ROOT, "U+%04X", (int) c) + " at character " + (i + 1)
              + " of " + value.length());
        }
      }
      headers.put(name, value);
      return this;
    }

    /** @return the options */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
