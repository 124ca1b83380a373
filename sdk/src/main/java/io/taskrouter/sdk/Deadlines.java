package io.taskrouter.sdk;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import retrofit2.Call;

/**
 * Enforces the calls' deadlines without a timer per call: attempts in flight are registered with
 * their deadline (one map entry), and a sweep on the client's scheduler thread, every
 * {@link #TICK_MILLIS} while any is registered, cancels those past it. OkHttp's own call timeout
 * would instead enter okio's watchdog queue, and wake its thread, for every call. The price is
 * precision: a call ends at most one tick after its deadline.
 */
final class Deadlines {
  static final long TICK_MILLIS = 100;

  private final Clock clock;
  private final ClientState.Scheduler scheduler;
  private final Map<Call<?>, Long> inFlight = new ConcurrentHashMap<>();
  private final AtomicBoolean sweeping = new AtomicBoolean();

  Deadlines(Clock clock, ClientState.Scheduler scheduler) {
    this.clock = clock;
    this.scheduler = scheduler;
  }

  void watch(Call<?> call, long deadline) {
    if (deadline == Long.MAX_VALUE) {
      return;
    }
    inFlight.put(call, deadline);
    if (sweeping.compareAndSet(false, true)) {
      schedule();
    }
  }

  void done(Call<?> call) {
    inFlight.remove(call);
  }

  private void schedule() {
    try {
      scheduler.get().schedule(this::sweep, TICK_MILLIS, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException closed) {
      sweeping.set(false);
    }
  }

  private void sweep() {
    long now = clock.millis();
    for (Map.Entry<Call<?>, Long> entry : inFlight.entrySet()) {
      if (entry.getValue() <= now && inFlight.remove(entry.getKey(), entry.getValue())) {
        entry.getKey().cancel();
      }
    }
    if (!inFlight.isEmpty()) {
      schedule();
      return;
    }
    sweeping.set(false);
    // A call registered between the check and the reset would otherwise wait for the next one.
    if (!inFlight.isEmpty() && sweeping.compareAndSet(false, true)) {
      schedule();
    }
  }
}
