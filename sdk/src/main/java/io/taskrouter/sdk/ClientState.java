package io.taskrouter.sdk;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Retrofit;

/**
 * What a client and all its views ({@link TaskRouter#withOptions}) share: the Retrofit services,
 * the base URL, time, the scheduler of retries and deadlines, the asynchronous calls in flight, and whether it is closed.
 */
final class ClientState {
  final Retrofit retrofit;
  final HttpUrl baseUrl;
  final Clock clock;
  final Sleeper sleeper;
  final Scheduler scheduler = new Scheduler();
  final Deadlines deadlines;
  final Set<AsyncCall<?>> pending = ConcurrentHashMap.newKeySet();
  private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();
  private volatile boolean closed;

  ClientState(Retrofit retrofit, HttpUrl baseUrl, Clock clock, Sleeper sleeper) {
    this.retrofit = retrofit;
    this.baseUrl = baseUrl;
    this.clock = clock;
    this.sleeper = sleeper;
    this.deadlines = new Deadlines(clock, scheduler);
  }

  /** The Retrofit implementation of a generated interface, created once per client. */
  <A> A api(Class<A> type) {
    return type.cast(services.computeIfAbsent(type, retrofit::create));
  }

  void checkOpen() {
    if (closed) {
      throw new IllegalStateException("this TaskRouter client is closed");
    }
  }

  /** Refuses new calls and fails the asynchronous ones still waiting or in flight. */
  void close() {
    closed = true;
    scheduler.shutdown();
    for (AsyncCall<?> call : pending.toArray(new AsyncCall<?>[0])) {
      Call<?> current = call.current();
      if (current != null) {
        call.fail(current);
      }
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
            current = Executors.newSingleThreadScheduledExecutor(task -> {
              Thread thread = new Thread(task, "taskrouter-scheduler");
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
