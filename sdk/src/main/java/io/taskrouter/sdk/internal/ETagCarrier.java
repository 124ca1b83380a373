package io.taskrouter.sdk.internal;

import org.jspecify.annotations.Nullable;

/** A model that keeps the {@code ETag} header of the response it was read from. */
public interface ETagCarrier {
  /**
   * Records the response's {@code ETag} header.
   *
   * @param etag the header value, or null when the response had none
   */
  void receiveETag(@Nullable String etag);
}
