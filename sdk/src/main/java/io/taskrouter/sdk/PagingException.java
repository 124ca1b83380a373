package io.taskrouter.sdk;

/**
 * Paging cannot go on: the API's {@code next_page_url} is not a URL (refused before any request), or
 * it leads back to a page already seen in this iteration (a cycle, which would never end).
 */
public class PagingException extends TaskRouterException {
  private static final long serialVersionUID = 1L;

  PagingException(String message) {
    super(message, null);
  }
}
