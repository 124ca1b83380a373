package io.taskrouter.local.api;

import io.taskrouter.local.wire.generated.ListMetaSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Cuts one page of a list the way the API does: the records of the page and a {@code meta} whose
 * URLs are absolute on this server and repeat the request's filters, so that following
 * {@code next_page_url} keeps the same filters. Pages are cut by position in the list's
 * {@link ListOrder}, never by offset (see {@link PageToken}).
 */
public final class ListPage {
  /** The query parameters that say which page; every other one is a filter the page URLs repeat. */
  private static final List<String> PAGING = List.of("PageSize", "Page", "PageToken");

  private ListPage() {}

  /** The paging values of a list request, as its record decoded them. */
  public record Paging(long pageSize, Optional<Integer> page, Optional<String> pageToken) {}

  /** One page: its records and its {@code meta}. */
  public record Page<T>(List<T> items, ListMetaSource meta) {
    public <V> List<V> map(Function<T, V> view) {
      return items.stream().map(view).toList();
    }
  }

  /** {@code meta}, as the writers read it. */
  private record Meta(int page, int pageSize, String firstPageUrl, @Nullable String previousPageUrl, String url,
      @Nullable String nextPageUrl, String key) implements ListMetaSource {}

  /**
   * @param key the list's key (the generated list writer's {@code KEY}), repeated in {@code meta.key}
   */
  public static <T> Page<T> page(Call call, String key, Stream<T> items, ListOrder<T> order, Paging paging) {
    String list = call.path() + "?" + order.signature();
    PageRequest request = PageRequest.from(paging, list, order.size());
    List<T> all = items.sorted(order).toList();
    PageToken token = request.token();
    int from;
    int to;
    if (token == null) {
      from = 0;
      to = Math.min(request.pageSize(), all.size());
    } else if (token.after()) {
      from = firstNotBefore(all, order, token.position(), true);
      to = Math.min(from + request.pageSize(), all.size());
    } else {
      to = firstNotBefore(all, order, token.position(), false);
      from = Math.max(0, to - request.pageSize());
    }
    List<T> slice = all.subList(from, to);
    String base = call.links().url(call.path()) + "?" + filters(call.query());
    String size = "PageSize=" + request.pageSize();
    String current = base + size + "&Page=" + request.page()
        + (request.rawToken() == null ? "" : "&PageToken=" + encode(request.rawToken()));
    String previous = null;
    if (from > 0) {
      ListOrder.Position before = slice.isEmpty() ? token.position() : order.positionOf(slice.get(0));
      previous = base + size + "&Page=" + Math.max(0, request.page() - 1) + "&PageToken="
          + new PageToken(false, Math.max(0, request.page() - 1), before).encode(list);
    }
    String next = null;
    if (to < all.size()) {
      ListOrder.Position after = slice.isEmpty() ? token.position() : order.positionOf(slice.get(slice.size() - 1));
      next = base + size + "&Page=" + (request.page() + 1) + "&PageToken="
          + new PageToken(true, request.page() + 1, after).encode(list);
    }
    return new Page<>(List.copyOf(slice), new Meta(request.page(), request.pageSize(), base + size + "&Page=0",
        previous, current, next, key));
  }

  /**
   * The index of the first record after {@code position} ({@code strictlyAfter}) or not before it:
   * where a page following, or preceding, the position starts, or ends.
   */
  private static <T> int firstNotBefore(List<T> all, ListOrder<T> order, ListOrder.Position position,
      boolean strictlyAfter) {
    int low = 0;
    int high = all.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      int c = order.compare(all.get(mid), position);
      if (c < 0 || (strictlyAfter && c == 0)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** The request's own query parameters, paging ones excepted, each followed by {@code &}. */
  private static String filters(Map<String, List<String>> query) {
    StringBuilder out = new StringBuilder();
    query.forEach((name, values) -> {
      if (PAGING.contains(name)) {
        return;
      }
      for (String value : values) {
        out.append(encode(name)).append('=').append(encode(value)).append('&');
      }
    });
    return out.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
