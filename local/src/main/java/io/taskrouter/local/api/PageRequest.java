package io.taskrouter.local.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which slice of a list was asked for. Clients follow {@code next_page_url}, whose opaque
 * {@code PageToken} carries the position; {@code Page} is only echoed back (the service documents it
 * as client state and does not support jumping to a page), so a {@code Page} above 0 without a
 * token is refused.
 */
public record PageRequest(int pageSize, int page, int offset, boolean hasToken) {
  public static final int DEFAULT_PAGE_SIZE = 50;
  public static final int MAX_PAGE_SIZE = 1000;
  private static final Pattern TOKEN = Pattern.compile("PT(\\d{1,9})");

  public static PageRequest from(Params query) {
    int pageSize = query.integer("PageSize", 1, MAX_PAGE_SIZE).orElse(DEFAULT_PAGE_SIZE);
    Integer page = query.integer("Page", 0, Integer.MAX_VALUE).orElse(null);
    String token = query.string("PageToken").orElse(null);
    if (token == null) {
      if (page != null && page > 0) {
        throw Params.invalid("Page", "jumping to a page is not supported; follow next_page_url (it carries a PageToken)");
      }
      return new PageRequest(pageSize, 0, 0, false);
    }
    Matcher m = TOKEN.matcher(token);
    if (!m.matches()) {
      throw Params.invalid("PageToken", "'" + token + "' is not a token this server issued");
    }
    int offset = Integer.parseInt(m.group(1));
    return new PageRequest(pageSize, page != null ? page : offset / pageSize, offset, true);
  }

  static String token(int offset) {
    return "PT" + offset;
  }
}
