package io.taskrouter.sdk;

import org.jspecify.annotations.Nullable;

/**
 * Base of the SDK's exceptions: {@link ApiException} when the API answered with an error,
 * {@link TransportException} when no answer came (or not all of it), {@link ResponseFormatException}
 * when a successful answer is unusable, {@link RedirectException} for a redirect not followed, and
 * {@link PagingException} when paging cannot go on. Unchecked, so that paging iterators and streams
 * can throw it unchanged.
 */
public abstract class TaskRouterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  TaskRouterException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
