package io.taskrouter.local.engine;

import io.taskrouter.local.clock.ManualClock;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The single writer. Every request, read or write, runs as one command on the engine's own thread,
 * one after the other, so no two changes interleave, reads see a consistent state, and routing
 * (which will react to every change) is deterministic: same requests in the same order, same
 * result. HTTP threads only parse and serialise.
 *
 * <p>State changes only through the lifecycles of this package ({@link WorkspaceLifecycle},
 * {@link ActivityLifecycle}, {@link TaskChannelLifecycle}, {@link TaskQueueLifecycle},
 * {@link WorkflowLifecycle}, {@link WorkerLifecycle}, {@link WorkerChannelLifecycle},
 * {@link TaskLifecycle}, {@link ReservationLifecycle}); each command checks the transition, applies
 * it and records its event. Resources are read-only outside this package.
 *
 * <p><b>Settling.</b> After every command returns, and after every timer, the engine runs
 * {@link Store#settle} once, on this thread: the single place where the consequences of a
 * change (offering tasks to workers, reservation and step timeouts) are worked out, in the
 * workspaces whose routing the change left with decisions to make. A command's
 * response shows the state the command left; what settling does is seen by the next request, as
 * the service's routing is asynchronous to the request that triggered it.
 */
public final class Engine implements AutoCloseable {
  private final Store store;
  private final Clock clock;
  private static final System.Logger LOG = System.getLogger(Engine.class.getName());
  private volatile @Nullable Thread engineThread;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
    Thread t = new Thread(runnable, "taskrouter-local-engine");
    t.setDaemon(true);
    engineThread = t;
    return t;
  });
  /** Wall clock: wakes the engine when a timer is due. Null on a manual clock, which ticks on each move. */
  private final @Nullable TimerScheduler scheduler;
  private final Runnable stopTicking;

  /**
   * Timers fire on time: on a {@link ManualClock}, every move runs the timers then due before the
   * move returns; on any other clock a daemon thread wakes the engine at the next due instant.
   */
  public Engine(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
    if (clock instanceof ManualClock manual) {
      this.scheduler = null;
      this.stopTicking = manual.onAdvance(this::tick);
    } else {
      this.scheduler = new TimerScheduler(clock, this::tick);
      this.stopTicking = scheduler::close;
    }
  }

  /**
   * Runs every timer due now, and settles, as a command of its own. Called by the clock's owner
   * (a manual clock's move, the scheduler); does nothing when called from the engine thread itself
   * (that command will reach the timers when it ends, or the next one will) or after close.
   */
  public void tick() {
    if (Thread.currentThread() == engineThread) {
      return;
    }
    try {
      execute(null, s -> null);
    } catch (RejectedExecutionException e) {
      // closed: nothing runs any more
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "timer tick failed", e);
    }
  }

  /**
   * Runs {@code command} on the engine thread, settles, and returns the command's result.
   * Exceptions thrown by the command reach the caller unchanged (a refused command changes
   * nothing, so there is nothing to settle).
   */
  public <R> R execute(@Nullable Caller caller, Function<Store, R> command) {
    Future<R> result = thread.submit(() -> {
      store.begin(clock.instant(), caller);
      try {
        R value = command.apply(store);
        store.settle();
        return value;
      } finally {
        Instant due = store.nextTimerDue();
        if (due != null && scheduler != null) {
          scheduler.wake(due);
        }
      }
    });
    try {
      return result.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the engine", e);
    }
  }

  /**
   * Connects the outbox: from now on assignment and event callbacks are handed to {@code sink}
   * (on the engine thread; see {@link CallbackSink}). Without one, nothing is sent.
   */
  public void callbacks(CallbackSink sink) {
    Objects.requireNonNull(sink, "sink");
    execute(null, store -> {
      store.callbacks(sink);
      return null;
    });
  }

  /**
   * Applies an assignment callback's answer, as a command of its own (the outbox calls this from
   * its threads once the receiver answered). An answer for a reservation that is no longer pending
   * is ignored and logged: the REST API or the timeout got there first.
   */
  public void answerAssignment(String workspaceSid, String reservationSid, ReservationLifecycle.CallbackAnswer answer) {
    execute(null, store -> {
      ReservationLifecycle.answer(store, workspaceSid, reservationSid, answer);
      return null;
    });
  }

  /** Clears all state (workspaces, timers) and restarts the SID sequence. */
  public void reset() {
    execute(null, store -> {
      store.reset();
      return null;
    });
  }

  @Override
  public void close() {
    stopTicking.run();
    thread.shutdown();
    try {
      if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
        thread.shutdownNow();
      }
    } catch (InterruptedException e) {
      thread.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
