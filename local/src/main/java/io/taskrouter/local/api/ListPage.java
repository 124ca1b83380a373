package io.taskrouter.local.api;

import io.taskrouter.local.render.Fields;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Renders one page of a list the way the API does: the records under the list key and a
 * {@code meta} whose URLs are absolute on this server and repeat the request's filters, so that
 * following {@code next_page_url} keeps the same filters. Pages are cut by position in the list's
 * {@link ListOrder}, never by offset (see {@link PageToken}).
 */
public final class ListPage {
  private ListPage() {}

  /** The records a list query selected, and the order they are served in. */
  public record Selection<T>(Stream<T> items, ListOrder<T> order) {}

  public static <T> Map<String, @Nullable Object> render(Call call, String key, Selection<T> selection,
      Function<T, ?> renderOne) {
    return render(call, key, selection.items(), selection.order(), renderOne);
  }

  public static <T> Map<String, @Nullable Object> render(Call call, String key, Stream<T> items, ListOrder<T> order,
      Function<T, ?> renderOne) {
    String list = call.request().path() + "?" + order.signature();
    PageRequest request = PageRequest.from(call.query(), list, order.size());
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
    List<Object> records = new ArrayList<>();
    for (T item : slice) {
      records.add(renderOne.apply(item));
    }
    String base = call.render().url(call.request().path()) + "?" + filters(call.query());
    String size = "PageSize=" + request.pageSize();
    String current = base + size + "&Page=" + request.page()
        + (token == null ? "" : "&PageToken=" + call.query().string("PageToken").orElseThrow());
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
    Map<String, @Nullable Object> meta = new Fields()
        .put("page", request.page())
        .put("page_size", request.pageSize())
        .put("first_page_url", base + size + "&Page=0")
        .put("previous_page_url", previous)
        .put("url", current)
        .put("next_page_url", next)
        .put("key", key)
        .map();
    return new Fields().put(key, records).put("meta", meta).map();
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
  private static String filters(Params query) {
    StringBuilder out = new StringBuilder();
    query.all().forEach((name, values) -> {
      if (name.equals("PageSize") || name.equals("Page") || name.equals("PageToken")) {
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
