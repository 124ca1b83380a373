package io.taskrouter.local.engine;

import org.jspecify.annotations.Nullable;

/** Who sent the request being executed: recorded on the events it causes. */
public record Caller(@Nullable String sourceIpAddress) {}
