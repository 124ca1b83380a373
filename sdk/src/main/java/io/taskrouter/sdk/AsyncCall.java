package io.taskrouter.sdk;

import io.taskrouter.sdk.Attempts.Outcome;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * One asynchronous call: attempts enqueued on OkHttp's dispatcher, waits between them on the
 * client's scheduler (never on a dispatcher thread), all within the call's deadline. Cancelling the
 * future cancels the attempt in flight.
 */
final class AsyncCall<T> {
  private final ClientState client;
  private final Attempts attempts;
  private final CompletableFuture<T> future;
  private final long deadline;
  private volatile @Nullable Call<T> current;

  AsyncCall(ClientState client, Attempts attempts, CompletableFuture<T> future) {
    this.client = client;
    this.attempts = attempts;
    this.future = future;
    this.deadline = attempts.deadlineFromNow();
    client.pending.add(this);
    future.whenComplete((value, error) -> {
      client.pending.remove(this);
      Call<T> inFlight = current;
      if (future.isCancelled() && inFlight != null) {
        inFlight.cancel();
      }
    });
  }

  void start(Call<T> call, int number, @Nullable RuntimeException last) {
    current = call;
    if (future.isDone()) {
      return;
    }
    boolean armed;
    try {
      armed = attempts.arm(call, deadline);
    } catch (RuntimeException refused) {
      if (number == 1) {
        // The request cannot be built: refused by the call itself, as a blocking call would be.
        throw refused;
      }
      future.completeExceptionally(refused);
      return;
    }
    if (!armed) {
      future.completeExceptionally(attempts.deadlinePassed(call, last));
      return;
    }
    call.enqueue(new Callback<T>() {
      @Override
      public void onResponse(Call<T> done, Response<T> response) {
        attempts.finished(done);
        settle(done, number, attempts.judge(done, number, response));
      }

      @Override
      public void onFailure(Call<T> done, Throwable failure) {
        attempts.finished(done);
        settle(done, number, attempts.judge(done, number, failure, deadline));
      }
    });
  }

  private void settle(Call<T> done, int number, Outcome<T> outcome) {
    if (outcome.retryAfter == null || !attempts.fitsBefore(deadline, outcome.retryAfter)) {
      outcome.giveUp().complete(future);
      return;
    }
    try {
      client.scheduler.get().schedule(() -> start(done.clone(), number + 1, outcome.error),
          outcome.retryAfter.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException closedMeanwhile) {
      fail(done);
    }
  }

  /** The client was closed: the future fails, the attempt in flight is cancelled. */
  void fail(Call<?> call) {
    future.completeExceptionally(new TransportException(Attempts.describe(call), "the client was closed", null));
    Call<T> inFlight = current;
    if (inFlight != null) {
      inFlight.cancel();
    }
  }

  @Nullable Call<T> current() {
    return current;
  }
}
