package io.taskrouter.sdk;

import io.taskrouter.sdk.internal.ListResponse;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * How one list operation is paged: the generated call for its first page, and the generated call
 * that fetches a page by URL (the API's {@code next_page_url}), both parsed as the same list model.
 */
final class Pager<T, P extends ListResponse<T>> {
  private final ApiContext context;
  private final Function<@Nullable Long, Call<P>> firstPage;
  private final Function<HttpUrl, Call<P>> pageAt;

  Pager(ApiContext context, Function<@Nullable Long, Call<P>> firstPage, Function<HttpUrl, Call<P>> pageAt) {
    this.context = context;
    this.firstPage = firstPage;
    this.pageAt = pageAt;
  }

  Page<T> first(@Nullable Long pageSize) {
    return page(context.execute(firstPage.apply(pageSize)));
  }

  Page<T> next(ListResponse<T> previous) {
    return page(context.execute(pageAt.apply(nextUrl(previous))));
  }

  CompletableFuture<Page<T>> nextAsync(ListResponse<T> previous) {
    return context.executeAsync(pageAt.apply(nextUrl(previous))).thenApply(this::page);
  }

  Page<T> page(ListResponse<T> body) {
    return new Page<>(this, body);
  }

  private HttpUrl nextUrl(ListResponse<T> previous) {
    String next = previous.nextPageUrl();
    if (next == null) {
      throw new java.util.NoSuchElementException("this is the last page");
    }
    return context.resolvePageUrl(next);
  }
}
