package io.taskrouter.sdk;

import io.taskrouter.sdk.internal.Checks;
import io.taskrouter.sdk.internal.ListResponse;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * What every generated resource is given: the Retrofit services, and the entry points of a call,
 * each delegating to the class that does it: {@link BlockingCall}, {@link AsyncCall},
 * {@link Pager}, {@link PageUrls}. One per view of a client; views share the {@link ClientState}.
 */
final class ApiContext {
  private final ClientState client;
  private final CallSettings settings;
  private final Attempts attempts;
  private final BlockingCall blocking;
  private final PageUrls pageUrls;

  ApiContext(ClientState client, CallSettings settings) {
    this.client = client;
    this.settings = settings;
    this.attempts = new Attempts(settings, client.clock, client.deadlines);
    this.blocking = new BlockingCall(client, attempts);
    this.pageUrls = new PageUrls(client.baseUrl);
  }

  /** A view whose calls follow {@code options} where they say something. */
  ApiContext with(RequestOptions options) {
    return new ApiContext(client, settings.with(options));
  }

  /** The Retrofit implementation of a generated interface, created once per client. */
  <A> A api(Class<A> type) {
    return client.api(type);
  }

  HttpUrl baseUrl() {
    return client.baseUrl;
  }

  /** A path parameter is required and must have the spec's shape. */
  String checkPathParam(String name, @Nullable String value, @Nullable String pattern) {
    String present = Checks.required(name, value);
    return pattern == null ? present : Checks.pattern(name, present, pattern);
  }

  /** Executes a call, retrying what the policy allows; returns the body (null for 204). */
  <T> T execute(Call<T> call) {
    return blocking.execute(call);
  }

  /** Enqueues a call; its future completes on an OkHttp thread, never on Android's main thread. */
  <T> CompletableFuture<T> executeAsync(Call<T> call) {
    client.checkOpen();
    CompletableFuture<T> future = new CompletableFuture<>();
    new AsyncCall<>(client, attempts, future).start(call, 1, null);
    return future;
  }

  /** Like {@link #executeAsync} then {@code thenApply}, but cancelling the result cancels the call. */
  <T, R> CompletableFuture<R> executeAsync(Call<T> call, Function<T, R> then) {
    CompletableFuture<T> inner = executeAsync(call);
    CompletableFuture<R> outer = inner.thenApply(then);
    outer.whenComplete((value, error) -> {
      if (outer.isCancelled()) {
        inner.cancel(true);
      }
    });
    return outer;
  }

  /** A lazy list whose first page comes from {@code firstPage}; later pages follow next_page_url. */
  <T, P extends ListResponse<T>> ResourceList<T> list(Function<@Nullable Long, Call<P>> firstPage,
      Function<HttpUrl, Call<P>> nextPage, @Nullable Long pageSize, long maxPageSize) {
    return new ResourceList<>(new Pager<>(this, firstPage, nextPage), pageSize, maxPageSize, Long.MAX_VALUE);
  }

  <T, P extends ListResponse<T>> CompletableFuture<Page<T>> firstPageAsync(Call<P> firstPage,
      Function<HttpUrl, Call<P>> nextPage) {
    return new Pager<>(this, size -> firstPage, nextPage).firstAsync(null);
  }

  HttpUrl resolvePageUrl(String next) {
    return pageUrls.resolve(next);
  }

  void close() {
    client.close();
  }
}
