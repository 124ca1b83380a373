package io.taskrouter.sdk;

import io.taskrouter.sdk.internal.Checks;
import io.taskrouter.sdk.internal.ETagCarrier;
import io.taskrouter.sdk.internal.ListResponse;
import io.taskrouter.sdk.internal.OperationInfo;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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
    Call<T> attempt = call;
    for (int number = 1; ; number++) {
      Response<T> response;
      try {
        response = attempt.execute();
      } catch (IOException failure) {
        Duration wait = retryPolicy.afterFailure(number, failure, idempotent(attempt));
        if (wait == null) {
          throw transportFailure(attempt, failure);
        }
        sleep(attempt, wait);
        attempt = attempt.clone();
        continue;
      }
      if (response.isSuccessful()) {
        return body(response);
      }
      Duration wait = retryPolicy.afterStatus(number, response.code(), response.headers().get("Retry-After"),
          idempotent(attempt));
      if (wait == null) {
        throw ErrorDetails.toException(response, describe(attempt));
      }
      closeQuietly(response.errorBody());
      sleep(attempt, wait);
      attempt = attempt.clone();
    }
  }

  // ---------------------------------------------------------------- asynchronous

  /**
   * Enqueues a call on OkHttp's dispatcher; retries wait on the client's scheduler, never on a
   * dispatcher thread. Cancelling the future cancels the call in flight.
   */
  <T> CompletableFuture<T> executeAsync(Call<T> call) {
    CompletableFuture<T> future = new CompletableFuture<>();
    new AsyncAttempt<>(future).start(call, 1);
    return future;
  }

  private final class AsyncAttempt<T> {
    private final CompletableFuture<T> future;
    private volatile @Nullable Call<T> current;

    AsyncAttempt(CompletableFuture<T> future) {
      this.future = future;
      future.whenComplete((value, error) -> {
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
          if (response.isSuccessful()) {
            try {
              future.complete(body(response));
            } catch (RuntimeException e) {
              future.completeExceptionally(e);
            }
            return;
          }
          Duration wait = retryPolicy.afterStatus(number, response.code(), response.headers().get("Retry-After"),
              idempotent(done));
          if (wait == null) {
            future.completeExceptionally(ErrorDetails.toException(response, describe(done)));
          } else {
            closeQuietly(response.errorBody());
            later(done, number, wait);
          }
        }

        @Override
        public void onFailure(Call<T> done, Throwable failure) {
          if (!(failure instanceof IOException)) {
            future.completeExceptionally(failure);
            return;
          }
          Duration wait = retryPolicy.afterFailure(number, (IOException) failure, idempotent(done));
          if (wait == null) {
            future.completeExceptionally(transportFailure(done, (IOException) failure));
          } else {
            later(done, number, wait);
          }
        }
      });
    }

    private void later(Call<T> done, int number, Duration wait) {
      scheduler.get().schedule(() -> start(done.clone(), number + 1), wait.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  // ---------------------------------------------------------------- paging

  /** A lazy list whose first page comes from {@code firstPage}; later pages follow next_page_url. */
  <T, P extends ListResponse<T>> ResourceList<T> list(Function<@Nullable Long, Call<P>> firstPage,
      Function<HttpUrl, Call<P>> nextPage, @Nullable Long pageSize) {
    return new ResourceList<>(new Pager<>(this, firstPage, nextPage), pageSize, Long.MAX_VALUE);
  }

  <T, P extends ListResponse<T>> CompletableFuture<Page<T>> firstPageAsync(Call<P> firstPage,
      Function<HttpUrl, Call<P>> nextPage) {
    Pager<T, P> pager = new Pager<>(this, size -> firstPage, nextPage);
    return executeAsync(firstPage).thenApply(pager::page);
  }

  /**
   * The API's next_page_url is absolute. It is followed as given when it points at the base URL's
   * host; otherwise its path and query are taken onto the base URL, so that credentials never
   * travel to another host and a local server or proxy keeps receiving the pages.
   */
  HttpUrl resolvePageUrl(String next) {
    HttpUrl absolute = HttpUrl.parse(next);
    if (absolute == null) {
      HttpUrl relative = baseUrl.resolve(next);
      if (relative == null) {
        throw new IllegalStateException("the API returned a next_page_url that is not a URL: " + next);
      }
      return relative;
    }
    if (absolute.host().equals(baseUrl.host()) && absolute.port() == baseUrl.port()
        && absolute.scheme().equals(baseUrl.scheme())) {
      return absolute;
    }
    return baseUrl.newBuilder().encodedPath(absolute.encodedPath()).encodedQuery(absolute.encodedQuery()).build();
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
    return id + request.method() + " " + request.url().newBuilder().query(null).build();
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
