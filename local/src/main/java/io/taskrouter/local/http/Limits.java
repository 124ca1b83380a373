package io.taskrouter.local.http;

import java.time.Duration;

/**
 * What one request may take: the request line and headers together ({@code maxHeaderBytes}: 414
 * when the request line alone passes it, 431 for the headers), the body (413), and how long a
 * connection may stay silent, mid-request or idle between requests, before it is closed. The
 * values are checked where they are configured, {@code TaskRouterLocal.Builder}.
 */
public record Limits(int maxHeaderBytes, int maxBodyBytes, Duration idleTimeout) {}
