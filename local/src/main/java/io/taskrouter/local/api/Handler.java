package io.taskrouter.local.api;

/** One API operation. Runs on the engine thread, so it may read and change the store freely. */
@FunctionalInterface
public interface Handler {
  ApiResponse handle(Call call);
}
