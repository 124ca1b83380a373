package io.taskrouter.sdk;

import io.taskrouter.sdk.internal.ListResponse;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * How one list operation is paged: the generated call for its first page, and the generated call
 * that fetches a page by URL (the API's {@code next_page_url}), both parsed as the same list model.
 * Each chain of pages carries a {@link PageTrail}, so that a cycle ends in a {@link PagingException}.
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
    Call<P> call = firstPage.apply(pageSize);
    P body = context.execute(call);
    return page(body, call);
  }

  CompletableFuture<Page<T>> firstAsync(@Nullable Long pageSize) {
    Call<P> call = firstPage.apply(pageSize);
    return context.executeAsync(call, body -> page(body, call));
  }

  Page<T> next(Page<T> previous) {
    HttpUrl url = nextUrl(previous);
    PageTrail trail = previous.trail().then(url);
    return new Page<>(this, context.execute(pageAt.apply(url)), trail);
  }

  CompletableFuture<Page<T>> nextAsync(Page<T> previous) {
    HttpUrl url = nextUrl(previous);
    PageTrail trail = previous.trail().then(url);
    return context.executeAsync(pageAt.apply(url), body -> new Page<>(this, body, trail));
  }

  /** The call has run: its OkHttp request, created by then, gives the first page's URL. */
  private Page<T> page(ListResponse<T> body, Call<P> call) {
    return new Page<>(this, body, PageTrail.start(call.request().url()));
  }

  private HttpUrl nextUrl(Page<T> previous) {
    String next = previous.body().nextPageUrl();
    if (next == null) {
      throw new NoSuchElementException("this is the last page");
    }
    return context.resolvePageUrl(next);
  }
}
