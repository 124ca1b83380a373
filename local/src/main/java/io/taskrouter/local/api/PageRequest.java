package io.taskrouter.local.api;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which page of a list was asked for. Clients follow {@code next_page_url} and
 * {@code previous_page_url}, whose opaque {@code PageToken} carries the position; {@code Page} is
 * only echoed back (the service documents it as client state and does not support jumping to a
 * page), so a {@code Page} above 0 without a token is refused.
 */
record PageRequest(int pageSize, int page, @Nullable PageToken token, @Nullable String rawToken) {

  /** @param list what tokens of this list are bound to (see {@link PageToken#encode}) */
  static PageRequest from(ListPage.Paging paging, String list, int keys) {
    int pageSize = (int) paging.pageSize();
    Optional<Integer> page = paging.page();
    if (paging.pageToken().isEmpty()) {
      if (page.isPresent() && page.get() > 0) {
        throw ApiException.badRequest("Invalid parameter Page: jumping to a page is not supported; follow "
            + "next_page_url (it carries a PageToken)");
      }
      return new PageRequest(pageSize, 0, null, null);
    }
    String raw = paging.pageToken().get();
    PageToken token = PageToken.decode(raw, list, keys);
    return new PageRequest(pageSize, page.orElse(token.page()), token, raw);
  }
}
