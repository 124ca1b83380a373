package io.taskrouter.sdk;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import io.taskrouter.sdk.internal.Checks;
import io.taskrouter.sdk.internal.ETagCarrier;
import io.taskrouter.sdk.internal.ListResponse;
import io.taskrouter.sdk.internal.OperationInfo;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Invocation;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * What every generated resource shares: the Retrofit services, and the one place where a call is
 * executed, its answer turned into a result or an exception, and retried when that is safe.
 */
final class ApiContext {
  private final Retrofit retrofit;
  private final OkHttpClient http;
  private final HttpUrl baseUrl;
  private final RetryPolicy retryPolicy;
  private final Scheduler scheduler;
  private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();
  private final Set<AsyncAttempt<?>> pending = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  ApiContext(Retrofit retrofit, OkHttpClient http, HttpUrl baseUrl, RetryPolicy retryPolicy, Scheduler scheduler) {
    this.retrofit = retrofit;
    this.http = http;
    this.baseUrl = baseUrl;
    this.retryPolicy = retryPolicy;
    this.scheduler = scheduler;
  }

  /** The Retrofit implementation of a generated interface, created once per client. */
  <A> A api(Class<A> type) {
    return type.cast(services.computeIfAbsent(type, retrofit::create));
  }

  HttpUrl baseUrl() {
    return baseUrl;
  }

  /** A path parameter is required and must have the spec's shape. */
  String checkPathParam(String name, @Nullable String value, @Nullable String pattern) {
    String present = Checks.required(name, value);
    return pattern == null ? present : Checks.pattern(name, present, pattern);
  }

  // ---------------------------------------------------------------- blocking

  /** Executes a call, retrying what the policy allows; returns the body (null for 204). */
  @SuppressWarnings("NullAway")
  <T> T execute(Call<T> call) {
    checkOpen();
    Call<T> attempt = call;
    for (int number = 1; ; number++) {
      Outcome<T> outcome;
      try {
        outcome = judge(attempt, number, attempt.execute());
      } catch (IOException | RuntimeException failure) {
        outcome = judge(attempt, number, failure);
      }
      if (outcome.retryAfter == null) {
        return outcome.get();
      }
      sleep(attempt, outcome.retryAfter);
      checkOpen();
      attempt = attempt.clone();
    }
  }

  // ---------------------------------------------------------------- asynchronous

  /**
   * Enqueues a call on OkHttp's dispatcher; retries wait on the client's scheduler, never on a
   * dispatcher thread. Cancelling the future cancels the call in flight.
   */
  <T> CompletableFuture<T> executeAsync(Call<T> call) {
    checkOpen();
    CompletableFuture<T> future = new CompletableFuture<>();
    new AsyncAttempt<>(future).start(call, 1);
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

  private final class AsyncAttempt<T> {
    private final CompletableFuture<T> future;
    private volatile @Nullable Call<T> current;

    AsyncAttempt(CompletableFuture<T> future) {
      this.future = future;
      pending.add(this);
      future.whenComplete((value, error) -> {
        pending.remove(this);
        Call<T> inFlight = current;
        if (future.isCancelled() && inFlight != null) {
          inFlight.cancel();
        }
      });
    }

    void start(Call<T> call, int number) {
      current = call;
      if (future.isDone()) {
        return;
      }
      call.enqueue(new Callback<T>() {
        @Override
        public void onResponse(Call<T> done, Response<T> response) {
          settle(done, number, judge(done, number, response));
        }

        @Override
        public void onFailure(Call<T> done, Throwable failure) {
          settle(done, number, judge(done, number, failure));
        }
      });
    }

    private void settle(Call<T> done, int number, Outcome<T> outcome) {
      if (outcome.retryAfter == null) {
        outcome.complete(future);
        return;
      }
      try {
        scheduler.get().schedule(() -> start(done.clone(), number + 1), outcome.retryAfter.toMillis(),
            TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException closedMeanwhile) {
        fail(done);
      }
    }

    void fail(Call<?> call) {
      future.completeExceptionally(new TransportException(describe(call), "the client was closed", null));
      Call<T> inFlight = current;
      if (inFlight != null) {
        inFlight.cancel();
      }
    }
  }

  // ---------------------------------------------------------------- one attempt's outcome

  /** What an attempt came to: a value, an exception, or a wait before the next attempt. */
  private static final class Outcome<T> {
    final @Nullable T value;
    final @Nullable RuntimeException error;
    final @Nullable Duration retryAfter;

    private Outcome(@Nullable T value, @Nullable RuntimeException error, @Nullable Duration retryAfter) {
      this.value = value;
      this.error = error;
      this.retryAfter = retryAfter;
    }

    static <T> Outcome<T> value(@Nullable T value) {
      return new Outcome<>(value, null, null);
    }

    static <T> Outcome<T> error(RuntimeException error) {
      return new Outcome<>(null, error, null);
    }

    static <T> Outcome<T> retry(Duration wait) {
      return new Outcome<>(null, null, wait);
    }

    @SuppressWarnings("NullAway")
    T get() {
      if (error != null) {
        throw error;
      }
      return value;
    }

    void complete(CompletableFuture<T> future) {
      if (error != null) {
        future.completeExceptionally(error);
      } else {
        future.complete(value);
      }
    }
  }

  /** An answer came: a result, an API error, or a status worth waiting for. */
  private <T> Outcome<T> judge(Call<T> call, int number, Response<T> response) {
    if (response.isSuccessful()) {
      return Outcome.value(body(response));
    }
    if (number > 1 && response.code() == 404 && "DELETE".equals(call.request().method())) {
      // An earlier attempt of this DELETE may have done it before failing to answer: gone is done.
      closeQuietly(response.errorBody());
      return Outcome.value(null);
    }
    Duration wait = retryPolicy.afterStatus(number, response.code(), response.headers().get("Retry-After"),
        idempotent(call));
    if (wait == null) {
      return Outcome.error(ErrorDetails.toException(response, describe(call)));
    }
    closeQuietly(response.errorBody());
    return Outcome.retry(wait);
  }

  /** No usable answer: a body that is not the expected JSON, or no answer at all. */
  private <T> Outcome<T> judge(Call<T> call, int number, Throwable failure) {
    if (failure instanceof JsonEncodingException || failure instanceof JsonDataException) {
      // A page that is not the API's JSON (a captive portal, a proxy) will not improve on a retry.
      return Outcome.error(new ResponseFormatException(describe(call), failure));
    }
    if (failure instanceof IOException) {
      Duration wait = retryPolicy.afterFailure(number, (IOException) failure, idempotent(call));
      return wait == null ? Outcome.error(transportFailure(call, (IOException) failure)) : Outcome.retry(wait);
    }
    if (failure instanceof RuntimeException) {
      return Outcome.error((RuntimeException) failure);
    }
    return Outcome.error(new TransportException(describe(call), String.valueOf(failure), failure));
  }

  // ---------------------------------------------------------------- closing

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("this TaskRouter client is closed");
    }
  }

  /** Refuses new calls and fails the asynchronous ones still waiting or in flight. */
  void close() {
    closed = true;
    scheduler.shutdown();
    for (AsyncAttempt<?> attempt : pending.toArray(new AsyncAttempt<?>[0])) {
      Call<?> call = attempt.current;
      if (call != null) {
        attempt.fail(call);
      }
    }
  }

  // ---------------------------------------------------------------- paging

  /** A lazy list whose first page comes from {@code firstPage}; later pages follow next_page_url. */
  <T, P extends ListResponse<T>> ResourceList<T> list(Function<@Nullable Long, Call<P>> firstPage,
      Function<HttpUrl, Call<P>> nextPage, @Nullable Long pageSize, long maxPageSize) {
    return new ResourceList<>(new Pager<>(this, firstPage, nextPage), pageSize, maxPageSize, Long.MAX_VALUE);
  }

  <T, P extends ListResponse<T>> CompletableFuture<Page<T>> firstPageAsync(Call<P> firstPage,
      Function<HttpUrl, Call<P>> nextPage) {
    Pager<T, P> pager = new Pager<>(this, size -> firstPage, nextPage);
    return executeAsync(firstPage, pager::page);
  }

  /**
   * The API's next_page_url is absolute. It is followed as given when it points at the base URL's
   * host; otherwise its path and query are taken onto the base URL, so that credentials never
   * travel to another host and a local server or proxy keeps receiving the pages.
   */
  HttpUrl resolvePageUrl(String next) {
    HttpUrl absolute = HttpUrl.parse(next);
    if (absolute != null && absolute.host().equals(baseUrl.host()) && absolute.port() == baseUrl.port()
        && absolute.scheme().equals(baseUrl.scheme())) {
      return absolute;
    }
    // The API writes page URLs from its own root (/v1/...): they go under the base URL's path, so
    // that a gateway mounted on a path keeps receiving them.
    String path = absolute != null ? absolute.encodedPath() : next.split("\\?", 2)[0];
    String query = absolute != null ? absolute.encodedQuery() : (next.contains("?") ? next.split("\\?", 2)[1] : null);
    String base = baseUrl.encodedPath();
    if (!path.startsWith(base)) {
      path = base + (path.startsWith("/") ? path.substring(1) : path);
    }
    return baseUrl.newBuilder().encodedPath(path).encodedQuery(query).build();
  }

  // ---------------------------------------------------------------- shared steps

  private static <T> T body(Response<T> response) {
    T body = response.body();
    if (body instanceof ETagCarrier) {
      ((ETagCarrier) body).receiveETag(response.headers().get("ETag"));
    }
    return body;
  }

  private static boolean idempotent(Call<?> call) {
    Request request = call.request();
    Invocation invocation = request.tag(Invocation.class);
    OperationInfo info = invocation == null ? null : invocation.method().getAnnotation(OperationInfo.class);
    if (info != null) {
      return info.idempotent();
    }
    return "GET".equals(request.method()) || "DELETE".equals(request.method());
  }

  /** {@code CreateTask POST https://taskrouter.twilio.com/v1/Workspaces/WS.../Tasks}: no credentials. */
  private static String describe(Call<?> call) {
    Request request = call.request();
    Invocation invocation = request.tag(Invocation.class);
    OperationInfo info = invocation == null ? null : invocation.method().getAnnotation(OperationInfo.class);
    String id = info != null ? info.id() + " " : "";
    return id + request.method() + " " + request.url().newBuilder().query(null).username("").password("").build();
  }

  private static TransportException transportFailure(Call<?> call, IOException failure) {
    String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    return new TransportException(describe(call), reason, failure);
  }

  private static void sleep(Call<?> call, Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(describe(call), "interrupted while waiting to retry", e);
    }
  }

  private static void closeQuietly(@Nullable ResponseBody body) {
    if (body != null) {
      body.close();
    }
  }

  /** The client's retry scheduler: one daemon thread, started on first use. */
  static final class Scheduler {
    private volatile @Nullable ScheduledExecutorService executor;

    ScheduledExecutorService get() {
      ScheduledExecutorService current = executor;
      if (current == null) {
        synchronized (this) {
          current = executor;
          if (current == null) {
            current = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(task -> {
              Thread thread = new Thread(task, "taskrouter-retry");
              thread.setDaemon(true);
              return thread;
            });
            executor = current;
          }
        }
      }
      return current;
    }

    void shutdown() {
      ScheduledExecutorService current = executor;
      if (current != null) {
        current.shutdownNow();
      }
    }
  }

}
