package io.taskrouter.local.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import io.taskrouter.local.render.Fields;

/**
 * Renders one page of a list the way the API does: the records under the list key and a
 * {@code meta} whose URLs are absolute on this server and repeat the request's filters, so that
 * following {@code next_page_url} keeps the same filters.
 */
public final class ListPage {
  private ListPage() {}

  public static <T> Map<String, @Nullable Object> render(Call call, String key, List<T> all,
      Function<T, ?> renderOne) {
    PageRequest request = PageRequest.from(call.query());
    int from = Math.min(request.offset(), all.size());
    int to = Math.min(from + request.pageSize(), all.size());
    List<Object> records = new ArrayList<>();
    for (T item : all.subList(from, to)) {
      records.add(renderOne.apply(item));
    }
    String base = call.render().url(call.request().path()) + "?" + filters(call.query());
    String size = "PageSize=" + request.pageSize();
    String current = base + size + "&Page=" + request.page()
        + (request.hasToken() ? "&PageToken=" + PageRequest.token(request.offset()) : "");
    String previous = request.offset() == 0 ? null
        : base + size + "&Page=" + Math.max(0, request.page() - 1)
            + "&PageToken=" + PageRequest.token(Math.max(0, request.offset() - request.pageSize()));
    String next = to >= all.size() ? null
        : base + size + "&Page=" + (request.page() + 1) + "&PageToken=" + PageRequest.token(to);
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
