package io.taskrouter.local.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that only moves when a test moves it. Give it to
 * {@link io.taskrouter.local.TaskRouterLocal.Builder#clock(Clock)}: every date the server writes,
 * every age and every timer (task TTL, clean-up of finished tasks, and later reservation timeouts)
 * is read from it, so a test can jump an hour ahead and see exactly what the service would show.
 */
public final class ManualClock extends Clock {
  private final AtomicReference<Instant> now;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  public ManualClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  public static ManualClock at(String isoInstant) {
    return new ManualClock(Instant.parse(isoInstant));
  }

  public void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("time only moves forward: " + duration);
    }
    now.updateAndGet(instant -> instant.plus(duration));
    moved();
  }

  public void advanceSeconds(long seconds) {
    advance(Duration.ofSeconds(seconds));
  }

  /** Moves to {@code instant}; it must not be earlier than now. */
  public void set(Instant instant) {
    now.updateAndGet(current -> {
      if (instant.isBefore(current)) {
        throw new IllegalArgumentException("time only moves forward: " + instant + " < " + current);
      }
      return instant;
    });
    moved();
  }

  /**
   * Runs {@code listener} after every move of this clock, on the thread that moved it, before
   * {@link #advance} or {@link #set} returns: the server runs every timer now due through it.
   *
   * @return what stops the listening
   */
  public Runnable onAdvance(Runnable listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  private void moved() {
    for (Runnable listener : listeners) {
      listener.run();
    }
  }

  /**
   * Moves to {@code instant}, earlier than now or not: for a test's fresh start only, after the
   * server was reset (no timer is left to see time run backwards).
   */
  public void resetTo(Instant instant) {
    now.set(java.util.Objects.requireNonNull(instant, "instant"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    if (zone.equals(ZoneOffset.UTC)) {
      return this;
    }
    throw new UnsupportedOperationException("the server's clock is UTC");
  }
}
