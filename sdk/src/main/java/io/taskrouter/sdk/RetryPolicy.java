package io.taskrouter.sdk;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * When the SDK sends a request again by itself, and after how long. Immutable.
 *
 * <p>Only what is safe is retried, because TaskRouter has no idempotency keys: a 429 (nothing was
 * processed; {@code Retry-After} is honoured), a connection that could not be opened (nothing was
 * sent), and, for idempotent operations only (GET, DELETE), a 502/503/504 or a failure after
 * sending. A POST that may have reached the API is never sent twice. Delays grow exponentially
 * from {@link Builder#initialDelay} up to {@link Builder#maxDelay}, with full jitter.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULT = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration initialDelay;
  private final Duration maxDelay;
  private final Duration maxRetryAfter;
  private final Random random;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.initialDelay = builder.initialDelay;
    this.maxDelay = builder.maxDelay;
    this.maxRetryAfter = builder.maxRetryAfter;
    this.random = builder.random;
  }

  /** @return 3 attempts, 500 ms to 5 s between them, {@code Retry-After} honoured up to 30 s */
  public static RetryPolicy defaults() {
    return DEFAULT;
  }

  /** @return a policy that never retries */
  public static RetryPolicy none() {
    return NONE;
  }

  /** @return a builder starting from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the most attempts of one call, the first included */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * @param attempt the attempt that just failed, from 1
   * @param status the HTTP status it got
   * @param retryAfter the {@code Retry-After} header, or null
   * @param idempotent whether the operation may be repeated
   * @param now the time, for a {@code Retry-After} given as a date
   * @return how long to wait before the next attempt, or null to give up
   */
  @Nullable Duration afterStatus(int attempt, int status, @Nullable String retryAfter, boolean idempotent,
      java.time.Instant now) {
    if (attempt >= maxAttempts) {
      return null;
    }
    if (status == 429) {
      Duration asked = parseRetryAfter(retryAfter, now);
      if (asked != null) {
        return asked.compareTo(maxRetryAfter) > 0 ? null : asked;
      }
      return backoff(attempt);
    }
    if (idempotent && (status == 502 || status == 503 || status == 504)) {
      return backoff(attempt);
    }
    return null;
  }

  /**
   * @param attempt the attempt that just failed, from 1
   * @param failure why it failed
   * @param idempotent whether the operation may be repeated
   * @return how long to wait before the next attempt, or null to give up
   */
  @Nullable Duration afterFailure(int attempt, IOException failure, boolean idempotent) {
    if (attempt >= maxAttempts || isCanceled(failure)) {
      return null;
    }
    return idempotent || neverSent(failure) ? backoff(attempt) : null;
  }

  /** Failures that happen before a byte of the request left: the connection was never made. */
  static boolean neverSent(IOException failure) {
    if (failure instanceof ConnectException || failure instanceof UnknownHostException
        || failure instanceof NoRouteToHostException) {
      return true;
    }
    return failure instanceof SocketTimeoutException && failure.getMessage() != null
        && failure.getMessage().toLowerCase(java.util.Locale.ROOT).contains("connect");
  }

  private static boolean isCanceled(IOException failure) {
    return "Canceled".equals(failure.getMessage())
        || (failure instanceof InterruptedIOException && !(failure instanceof SocketTimeoutException));
  }

  private Duration backoff(int attempt) {
    long ceiling = initialDelay.toMillis() << Math.min(attempt - 1, 20);
    long capped = Math.min(Math.max(ceiling, 0), maxDelay.toMillis());
    // Full jitter: clients retrying together spread out instead of hitting the API in step.
    return Duration.ofMillis(capped == 0 ? 0 : (long) (random.nextDouble() * capped));
  }

  private static @Nullable Duration parseRetryAfter(@Nullable String header, java.time.Instant now) {
    if (header == null || header.trim().isEmpty()) {
      return null;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
    } catch (NumberFormatException notSeconds) {
      try {
        java.time.ZonedDateTime when = java.time.ZonedDateTime.parse(header.trim(),
            java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(now, when.toInstant());
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (java.time.format.DateTimeParseException notADate) {
        return null;
      }
    }
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", initialDelay=" + initialDelay + ", maxDelay=" + maxDelay
        + ", maxRetryAfter=" + maxRetryAfter + "}";
  }

  /** Builds a {@link RetryPolicy}; every value is checked when set. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration initialDelay = Duration.ofMillis(500);
    private Duration maxDelay = Duration.ofSeconds(5);
    private Duration maxRetryAfter = Duration.ofSeconds(30);
    private Random random = new Random();

    private Builder() {}

    /**
     * @param maxAttempts attempts of one call, the first included (1 = no retry)
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1 || maxAttempts > 10) {
        throw new IllegalArgumentException("maxAttempts must be between 1 and 10, got " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * @param initialDelay the ceiling of the first wait; each next one doubles it
     * @return this builder
     */
    public Builder initialDelay(Duration initialDelay) {
      this.initialDelay = nonNegative("initialDelay", initialDelay);
      return this;
    }

    /**
     * @param maxDelay the largest wait between two attempts
     * @return this builder
     */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = nonNegative("maxDelay", maxDelay);
      return this;
    }

    /**
     * @param maxRetryAfter the longest {@code Retry-After} the SDK waits for; longer ones are not retried
     * @return this builder
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = nonNegative("maxRetryAfter", maxRetryAfter);
      return this;
    }

    /**
     * @param random the source of jitter: a seeded one makes delays repeatable in tests
     * @return this builder
     */
    public Builder random(Random random) {
      this.random = java.util.Objects.requireNonNull(random, "random");
      return this;
    }

    /** @return the policy */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(String name, Duration value) {
      if (value == null || value.isNegative()) {
        throw new IllegalArgumentException(name + " must be zero or positive, got " + value);
      }
      return value;
    }
  }
}
