package io.taskrouter.local.engine;

import org.jspecify.annotations.Nullable;

/**
 * Who sent the request being executed: the account it authenticated as (whose workspaces it may
 * see) and its address, recorded on the events it causes.
 */
public record Caller(String accountSid, @Nullable String sourceIpAddress) {}
