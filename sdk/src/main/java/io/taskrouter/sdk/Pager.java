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

  Page<T> next(Page<T> previous) {
    HttpUrl url = nextUrl(previous);
    return new Page<>(this, context.execute(pageAt.apply(url)), url);
  }

  CompletableFuture<Page<T>> nextAsync(Page<T> previous) {
    HttpUrl url = nextUrl(previous);
    return context.executeAsync(pageAt.apply(url), body -> new Page<>(this, body, url));
  }

  Page<T> page(ListResponse<T> body) {
    return new Page<>(this, body, null);
  }

  private HttpUrl nextUrl(Page<T> previous) {
    String next = previous.body().nextPageUrl();
    if (next == null) {
      throw new java.util.NoSuchElementException("this is the last page");
    }
    HttpUrl url = context.resolvePageUrl(next);
    if (url.equals(previous.fetchedFrom())) {
      // Following it would request the same page forever.
      throw new IllegalStateException("the API answered page " + url + " with itself as the next page");
    }
    return url;
  }
}
