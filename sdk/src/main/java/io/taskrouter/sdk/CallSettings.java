package io.taskrouter.sdk;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** What governs the calls of one view of a client: the client's values overlaid with its options. */
final class CallSettings {
  /** Zero: no deadline. */
  final Duration deadline;
  final RetryPolicy retryPolicy;
  final Map<String, String> headers;

  CallSettings(Duration deadline, RetryPolicy retryPolicy, Map<String, String> headers) {
    this.deadline = deadline;
    this.retryPolicy = retryPolicy;
    this.headers = headers;
  }

  CallSettings with(RequestOptions options) {
    Map<String, String> merged = new LinkedHashMap<>(headers);
    merged.putAll(options.headers());
    Duration timeout = options.timeout();
    RetryPolicy policy = options.retryPolicy();
    return new CallSettings(timeout != null ? timeout : deadline, policy != null ? policy : retryPolicy,
        java.util.Collections.unmodifiableMap(merged));
  }

  /** @return the epoch millisecond at which a call started at {@code now} must end */
  long deadlineFrom(long now) {
    return deadline.isZero() ? Long.MAX_VALUE : now + deadline.toMillis();
  }
}
