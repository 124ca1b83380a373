package io.taskrouter.local.api;

/**
 * One API operation: reads its parameters, calls one engine command (a lifecycle of
 * {@code io.taskrouter.local.engine}), renders. It runs on the engine thread, so it reads the
 * store freely; it cannot change a resource itself.
 */
@FunctionalInterface
public interface Handler {
  ApiResponse handle(Call call);
}
