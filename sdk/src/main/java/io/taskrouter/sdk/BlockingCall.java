package io.taskrouter.sdk;

import io.taskrouter.sdk.Attempts.Outcome;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/** Runs a call on the calling thread: attempts, and the waits between them, within the call's deadline. */
final class BlockingCall {
  private final ClientState client;
  private final Attempts attempts;

  BlockingCall(ClientState client, Attempts attempts) {
    this.client = client;
    this.attempts = attempts;
  }

  /** @return the body (null for 204) */
  @SuppressWarnings("NullAway")
  <T> T execute(Call<T> call) {
    client.checkOpen();
    long deadline = attempts.deadlineFromNow();
    Call<T> attempt = call;
    @Nullable RuntimeException last = null;
    for (int number = 1; ; number++) {
      if (!attempts.arm(attempt, deadline)) {
        throw attempts.deadlinePassed(attempt, last);
      }
      Outcome<T> outcome;
      try {
        outcome = attempts.judge(attempt, number, attempt.execute());
      } catch (IOException | RuntimeException failure) {
        outcome = attempts.judge(attempt, number, failure, deadline);
      } finally {
        attempts.finished(attempt);
      }
      if (outcome.retryAfter == null || !attempts.fitsBefore(deadline, outcome.retryAfter)) {
        return outcome.giveUp().get();
      }
      last = outcome.error;
      try {
        client.sleeper.sleep(outcome.retryAfter);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TransportException(Attempts.describe(attempt), "interrupted while waiting to retry", e);
      }
      client.checkOpen();
      attempt = attempt.clone();
    }
  }
}
