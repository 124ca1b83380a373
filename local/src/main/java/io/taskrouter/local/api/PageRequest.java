package io.taskrouter.local.api;

import org.jspecify.annotations.Nullable;

/**
 * Which page of a list was asked for. Clients follow {@code next_page_url} and
 * {@code previous_page_url}, whose opaque {@code PageToken} carries the position; {@code Page} is
 * only echoed back (the service documents it as client state and does not support jumping to a
 * page), so a {@code Page} above 0 without a token is refused.
 */
record PageRequest(int pageSize, int page, @Nullable PageToken token) {
  static final int DEFAULT_PAGE_SIZE = 50;
  static final int MAX_PAGE_SIZE = 1000;

  /** @param list what tokens of this list are bound to (see {@link PageToken#encode}) */
  static PageRequest from(Params query, String list, int keys) {
    int pageSize = query.integer("PageSize", 1, MAX_PAGE_SIZE).orElse(DEFAULT_PAGE_SIZE);
    Integer page = query.integer("Page", 0, Integer.MAX_VALUE).orElse(null);
    String raw = query.string("PageToken").orElse(null);
    if (raw == null) {
      if (page != null && page > 0) {
        throw Params.invalid("Page", "jumping to a page is not supported; follow next_page_url (it carries a PageToken)");
      }
      return new PageRequest(pageSize, 0, null);
    }
    PageToken token = PageToken.decode(raw, list, keys);
    return new PageRequest(pageSize, page != null ? page : token.page(), token);
  }
}
