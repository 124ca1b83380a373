package io.taskrouter.local.http;

import java.time.Duration;

/**
 * What one request may take: the request line and headers together ({@code maxHeaderBytes}: 414
 * when the request line alone passes it, 431 for the headers), the body (413), and how long a
 * connection may stay silent, mid-request or idle between requests, before it is closed.
 */
public record Limits(int maxHeaderBytes, int maxBodyBytes, Duration idleTimeout) {
  public Limits {
    if (maxHeaderBytes < 256) {
      throw new IllegalArgumentException("maxHeaderBytes must be at least 256: " + maxHeaderBytes);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
    }
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("idleTimeout must be positive: " + idleTimeout);
    }
  }
}
