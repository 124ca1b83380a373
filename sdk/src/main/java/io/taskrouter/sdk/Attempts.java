package io.taskrouter.sdk;

import com.squareup.moshi.JsonDataException;
import io.taskrouter.sdk.internal.ETagCarrier;
import io.taskrouter.sdk.internal.JsonBodies;
import io.taskrouter.sdk.internal.OperationInfo;
import io.taskrouter.sdk.internal.Redirects;
import io.taskrouter.sdk.internal.RequestShaper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Invocation;
import retrofit2.Response;

/**
 * One attempt of a call, blocking or asynchronous alike: how it is armed (its extra headers and the
 * time left before the call's deadline) and what it came to (a value, an exception, or a wait
 * before the next attempt). Shared by {@link BlockingCall} and {@link AsyncCall}.
 */
final class Attempts {
  private final CallSettings settings;
  private final Clock clock;
  private final Deadlines deadlines;

  Attempts(CallSettings settings, Clock clock, Deadlines deadlines) {
    this.settings = settings;
    this.clock = clock;
    this.deadlines = deadlines;
  }

  long now() {
    return clock.millis();
  }

  long deadlineFromNow() {
    return settings.deadlineFrom(now());
  }

  /**
   * Makes Retrofit create the attempt's OkHttp call now, with the view's headers, and has the
   * {@link Deadlines} cancel it if it is still running at the deadline.
   *
   * @return false when no time is left
   */
  boolean arm(Call<?> call, long deadline) {
    if (deadline != Long.MAX_VALUE && deadline - now() <= 0) {
      return false;
    }
    RequestShaper.withHeaders(settings.headers, call::request);
    deadlines.watch(call, deadline);
    return true;
  }

  /** The attempt is over: its deadline no longer needs watching. */
  void finished(Call<?> call) {
    deadlines.done(call);
  }

  /** The attempt that could not start: the deadline passed during the waits. */
  RuntimeException deadlinePassed(Call<?> call, @Nullable RuntimeException last) {
    return last != null ? last
        : new TransportException(describe(call), "the call's deadline of " + settings.deadline + " passed", null);
  }

  /** A wait of {@code wait} that would end after the deadline is not waited: the call ends now. */
  boolean fitsBefore(long deadline, Duration wait) {
    return deadline == Long.MAX_VALUE || now() + wait.toMillis() < deadline;
  }

  /** What an attempt came to: a value, an exception, or a wait (with the exception it would give up with). */
  static final class Outcome<T> {
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

    static <T> Outcome<T> retry(Duration wait, RuntimeException error) {
      return new Outcome<>(null, error, wait);
    }

    /** The same outcome, but final: no more attempts. */
    Outcome<T> giveUp() {
      return retryAfter == null ? this : new Outcome<>(null, error, null);
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
  <T> Outcome<T> judge(Call<T> call, int number, Response<T> response) {
    if (response.isSuccessful()) {
      return Outcome.value(body(response));
    }
    if (number > 1 && response.code() == 404 && "DELETE".equals(call.request().method())) {
      // An earlier attempt of this DELETE may have done it before failing to answer: gone is done.
      closeQuietly(response.errorBody());
      return Outcome.value(null);
    }
    ApiException error = ErrorDetails.toException(response, describe(call));
    Duration wait = settings.retryPolicy.afterStatus(number, response.code(), response.headers().get("Retry-After"),
        idempotent(call), clock.instant());
    return wait == null ? Outcome.error(error) : Outcome.retry(wait, error);
  }

  /** No usable answer: a body that is not the expected JSON, a redirect refused, or no answer at all. */
  <T> Outcome<T> judge(Call<T> call, int number, Throwable failure, long deadline) {
    if (failure instanceof JsonBodies.MalformedBody) {
      // Bytes that arrived complete will be the same bytes next time: never retried.
      return Outcome.error(new ResponseFormatException(describe(call), failure.getMessage(), failure));
    }
    if (failure instanceof JsonDataException) {
      return Outcome.error(new ResponseFormatException(describe(call), failure));
    }
    if (failure instanceof Redirects.RedirectRefused) {
      Redirects.RedirectRefused refused = (Redirects.RedirectRefused) failure;
      return Outcome.error(new RedirectException(describe(call), refused.status(), refused.location(),
          String.valueOf(refused.getMessage()), refused));
    }
    if (failure instanceof IOException) {
      if (deadline != Long.MAX_VALUE && now() >= deadline) {
        // Cancelled by Deadlines, or timed out as it passed: no time is left for another attempt.
        return Outcome.error(new TransportException(describe(call),
            "no complete answer within the call's deadline (" + settings.deadline + ")", failure));
      }
      TransportException error = transportFailure(call, (IOException) failure);
      Duration wait = settings.retryPolicy.afterFailure(number, (IOException) failure, idempotent(call));
      return wait == null ? Outcome.error(error) : Outcome.retry(wait, error);
    }
    if (failure instanceof RuntimeException) {
      return Outcome.error((RuntimeException) failure);
    }
    return Outcome.error(new TransportException(describe(call), String.valueOf(failure), failure));
  }

  private static <T> T body(Response<T> response) {
    T body = response.body();
    if (body instanceof ETagCarrier) {
      ((ETagCarrier) body).receiveETag(response.headers().get("ETag"));
    }
    return body;
  }

  static boolean idempotent(Call<?> call) {
    Request request = call.request();
    OperationInfo info = info(request);
    if (info != null) {
      return info.idempotent();
    }
    return "GET".equals(request.method()) || "DELETE".equals(request.method());
  }

  private static @Nullable OperationInfo info(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    return invocation == null ? null : invocation.method().getAnnotation(OperationInfo.class);
  }

  /** {@code CreateTask POST https://taskrouter.twilio.com/v1/Workspaces/WS.../Tasks}: no credentials. */
  static String describe(Call<?> call) {
    Request request = call.request();
    OperationInfo info = info(request);
    String id = info != null ? info.id() + " " : "";
    return id + request.method() + " " + request.url().newBuilder().query(null).username("").password("").build();
  }

  private static TransportException transportFailure(Call<?> call, IOException failure) {
    String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    return new TransportException(describe(call), reason, failure);
  }

  static void closeQuietly(@Nullable ResponseBody body) {
    if (body != null) {
      body.close();
    }
  }
}
