package io.taskrouter.local.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Makes timers fire on the wall clock when no request arrives: one daemon thread sleeps until the
 * next due instant the engine reported ({@link #wake}) and then asks the engine for a tick (a
 * command that only runs the due timers and settles). It never touches the state itself.
 */
final class TimerScheduler implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(TimerScheduler.class.getName());

  private final Clock clock;
  private final Runnable tick;
  private final Thread thread;
  private @Nullable Instant next;
  private boolean closed;

  TimerScheduler(Clock clock, Runnable tick) {
    this.clock = clock;
    this.tick = tick;
    this.thread = new Thread(this::run, "taskrouter-local-timers");
    thread.setDaemon(true);
    thread.start();
  }

  /** A timer is due at {@code due}: wake then, unless an earlier wake-up is already planned. */
  synchronized void wake(Instant due) {
    if (next == null || due.isBefore(next)) {
      next = due;
      notifyAll();
    }
  }

  private void run() {
    while (true) {
      synchronized (this) {
        try {
          while (!closed && (next == null || clock.instant().isBefore(next))) {
            if (next == null) {
              wait();
            } else {
              wait(Math.max(1, Duration.between(clock.instant(), next).toMillis()));
            }
          }
        } catch (InterruptedException e) {
          return;
        }
        if (closed) {
          return;
        }
        next = null; // the tick's command reports the following due instant
      }
      try {
        tick.run();
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.ERROR, "timer tick failed", e);
      }
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    notifyAll();
  }
}
