package io.taskrouter.local.callback;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The server's outgoing callbacks. The engine submits on its own thread and never waits: a
 * submission only queues the delivery. A small pool of daemon threads ({@code
 * taskrouter-callback-N}) checks the host, signs, POSTs and reads the answer; an assignment's
 * outcome goes to the {@link AnswerSink} from that thread.
 *
 * <p>Assignment callbacks: the answer must come within the assignment timeout (5 s, as the service
 * documents); a failure (refused host, no connection, timeout, non-2xx, not a JSON object, unknown
 * instruction) sends the same parameters to the fallback URL under the same rules; when that fails
 * too the answer is {@link AssignmentAnswer.Failed}. Event callbacks: a 2xx within the event
 * timeout (15 s) or a logged failure; no retry (the reference documents none for TaskRouter).
 *
 * <p>Bounded: at most {@code threads} deliveries run and {@code queueCapacity} wait; a submission
 * beyond that is refused, logged, and reported by the submitting method's result. Answers are read
 * up to {@link #MAX_ANSWER_BYTES}.
 */
public final class Outbox implements AutoCloseable {
  public static final Duration DEFAULT_ASSIGNMENT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_EVENT_TIMEOUT = Duration.ofSeconds(15);
  public static final int DEFAULT_THREADS = 8;
  public static final int DEFAULT_QUEUE_CAPACITY = 2048;
  /** An instruction is a small JSON object; anything larger is not an answer worth holding. */
  public static final int MAX_ANSWER_BYTES = 64 * 1024;

  private static final System.Logger LOG = System.getLogger(Outbox.class.getName());

  private final AnswerSink sink;
  private final AllowedHosts allowedHosts;
  private final Duration assignmentTimeout;
  private final Duration eventTimeout;
  private final CallbackPoster poster;
  private final ThreadPoolExecutor pool;
  private final InFlight inFlight = new InFlight();
  private final AtomicBoolean closed = new AtomicBoolean();

  private Outbox(Builder b, AnswerSink sink) {
    this.sink = sink;
    this.allowedHosts = b.allowedHosts;
    this.assignmentTimeout = b.assignmentTimeout;
    this.eventTimeout = b.eventTimeout;
    Duration connect = assignmentTimeout.compareTo(eventTimeout) < 0 ? assignmentTimeout : eventTimeout;
    this.poster = new CallbackPoster(connect, userAgent(), MAX_ANSWER_BYTES);
    this.pool =
        new ThreadPoolExecutor(
            b.threads,
            b.threads,
            30L,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(b.queueCapacity),
            daemonThreads(),
            new ThreadPoolExecutor.AbortPolicy());
    // An idle server keeps no delivery threads.
    this.pool.allowCoreThreadTimeOut(true);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Queues an assignment callback. Never blocks and never throws for delivery problems.
   *
   * @param correlationId handed back to the sink with the answer (the reservation SID)
   * @param url the workflow's {@code assignment_callback_url}, exactly as configured (it is signed)
   * @param fallbackUrl the workflow's {@code fallback_assignment_callback_url}; null or blank for none
   * @param key the account's auth token
   * @return false when refused (outbox full or closed): logged, and the sink will not be called, so
   *     the engine treats the callback as failed itself
   */
  public boolean assignment(
      String correlationId, String url, @Nullable String fallbackUrl, FormParams params, SigningKey key) {
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(key, "key");
    return submit(new Delivery(correlationId, "assignment callback") {
      @Override
      void deliver() throws InterruptedException {
        deliverAssignment(correlationId, url, fallbackUrl, params, key);
      }
    });
  }

  /**
   * Queues an event callback (filtering by {@code EventsFilter} is the caller's, see {@link
   * EventsFilter}). Never blocks and never throws for delivery problems.
   *
   * @param correlationId names the event in logs (the event SID)
   * @param url the workspace's {@code event_callback_url}, exactly as configured
   * @return false when refused (outbox full or closed), logged
   */
  public boolean event(String correlationId, String url, FormParams params, SigningKey key) {
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(key, "key");
    return submit(new Delivery(correlationId, "event callback") {
      @Override
      void deliver() throws InterruptedException {
        deliverEvent(correlationId, url, params, key);
      }
    });
  }

  /**
   * Waits until every delivery submitted before this call has finished and, for an assignment, its
   * answer has been handed to the sink (and the sink has returned). Deliveries submitted meanwhile
   * are not waited for.
   *
   * @return true when idle in time; false on timeout or interruption (the flag is kept)
   */
  public boolean awaitIdle(Duration timeout) {
    try {
      return inFlight.awaitIssuedSoFar(timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Deliveries queued or running. */
  public int pending() {
    return inFlight.size();
  }

  /** Stops the delivery threads; queued deliveries are dropped and logged, running ones abandoned. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    List<Runnable> dropped = pool.shutdownNow();
    poster.close();
    for (Runnable r : dropped) {
      Delivery d = (Delivery) r;
      inFlight.finish(d.ticket);
      LOG.log(Level.WARNING, d.what + " " + d.correlationId + " dropped: the outbox is closing");
    }
    try {
      if (!pool.awaitTermination(2, TimeUnit.SECONDS)) {
        LOG.log(Level.WARNING, "callback delivery threads still running after close");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "Outbox[" + allowedHosts + ", pending " + pending() + (closed.get() ? ", closed" : "") + "]";
  }

  private boolean submit(Delivery delivery) {
    delivery.ticket = inFlight.open();
    try {
      pool.execute(delivery);
      return true;
    } catch (RejectedExecutionException e) {
      inFlight.finish(delivery.ticket);
      String why = closed.get() || pool.isShutdown() ? "the outbox is closed" : "the outbox is full";
      LOG.log(Level.WARNING, delivery.what + " " + delivery.correlationId + " refused: " + why);
      return false;
    }
  }

  private void deliverAssignment(
      String correlationId, String url, @Nullable String fallbackUrl, FormParams params, SigningKey key)
      throws InterruptedException {
    String fallbackTo = fallbackUrl == null || fallbackUrl.isBlank() ? null : fallbackUrl;
    AssignmentAnswer answer = attempt(correlationId, url, params, key, fallbackTo != null);
    if (answer instanceof AssignmentAnswer.Failed) {
      String primary = ((AssignmentAnswer.Failed) answer).reason();
      if (fallbackTo == null) {
        answer = new AssignmentAnswer.Failed("callback: " + primary + "; no fallback URL");
      } else {
        AssignmentAnswer fallback = attempt(correlationId, fallbackTo, params, key, false);
        answer =
            fallback instanceof AssignmentAnswer.Failed
                ? new AssignmentAnswer.Failed(
                    "callback: " + primary + "; fallback: " + ((AssignmentAnswer.Failed) fallback).reason())
                : fallback;
      }
    }
    if (answer instanceof AssignmentAnswer.DecideLater) {
      String warning = ((AssignmentAnswer.DecideLater) answer).warning();
      if (warning != null) {
        LOG.log(Level.WARNING, "assignment callback " + correlationId + ": " + warning);
      }
    }
    if (closed.get()) {
      LOG.log(Level.WARNING, "assignment callback " + correlationId + " answered after close: dropped");
      return;
    }
    try {
      sink.accept(correlationId, answer);
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "answer sink failed for assignment callback " + correlationId, e);
    }
  }

  /** One URL's answer; {@link AssignmentAnswer.Failed} when unusable (then logged). */
  private AssignmentAnswer attempt(
      String correlationId, String url, FormParams params, SigningKey key, boolean fallbackFollows)
      throws InterruptedException {
    Target target = target(url);
    AssignmentAnswer answer;
    if (target.refusal != null) {
      answer = new AssignmentAnswer.Failed("refused (" + target.refusal + ")");
    } else {
      try {
        CallbackPoster.Reply reply = poster.post(target.uri, url, params, key, assignmentTimeout, true);
        answer = AnswerParser.parse(reply.status(), reply.body());
      } catch (CallbackPoster.DeliveryFailure e) {
        answer = new AssignmentAnswer.Failed(Objects.requireNonNull(e.getMessage()));
      } catch (RuntimeException e) {
        // The engine must still hear of this reservation; the exception's text stays out of it.
        LOG.log(Level.ERROR, "assignment callback " + correlationId + " to host " + target.host + " failed unexpectedly", e);
        answer = new AssignmentAnswer.Failed("failed unexpectedly (" + e.getClass().getSimpleName() + ")");
      }
    }
    if (answer instanceof AssignmentAnswer.Failed) {
      LOG.log(
          Level.WARNING,
          "assignment callback " + correlationId + " to host " + target.host + ": "
              + ((AssignmentAnswer.Failed) answer).reason()
              + (fallbackFollows ? "; trying the fallback URL" : ""));
    }
    return answer;
  }

  private void deliverEvent(String correlationId, String url, FormParams params, SigningKey key)
      throws InterruptedException {
    Target target = target(url);
    String failure = target.refusal == null ? null : "refused (" + target.refusal + ")";
    if (failure == null) {
      try {
        int status = poster.post(target.uri, url, params, key, eventTimeout, false).status();
        if (status < 200 || status > 299) {
          failure = "answered HTTP " + status;
        }
      } catch (CallbackPoster.DeliveryFailure e) {
        failure = e.getMessage();
      }
    }
    if (failure != null) {
      LOG.log(Level.WARNING, "event callback " + correlationId + " to host " + target.host + ": " + failure);
    }
  }

  /** The URL parsed and checked against the allowed hosts (this may resolve the host). */
  private Target target(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException | IllegalArgumentException e) {
      return new Target(URI.create("invalid:/"), "(malformed URL)", "malformed URL");
    }
    String host = AllowedHosts.host(uri);
    Optional<String> refusal = allowedHosts.refusal(uri);
    return new Target(uri, host.isEmpty() ? "(none)" : host, refusal.orElse(null));
  }

  private record Target(URI uri, String host, @Nullable String refusal) {}

  /** A queued delivery; the pool hands it back on close, so it keeps its ticket and its name. */
  private abstract class Delivery implements Runnable {
    final String correlationId;
    final String what;
    long ticket;

    Delivery(String correlationId, String what) {
      this.correlationId = correlationId;
      this.what = what;
    }

    abstract void deliver() throws InterruptedException;

    @Override
    public final void run() {
      try {
        deliver();
      } catch (InterruptedException e) {
        LOG.log(Level.WARNING, what + " " + correlationId + " abandoned: the outbox is closing");
      } catch (RuntimeException e) {
        LOG.log(Level.ERROR, what + " " + correlationId + " failed unexpectedly", e);
      } finally {
        inFlight.finish(ticket);
      }
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "taskrouter-callback-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  private static String userAgent() {
    String version = Outbox.class.getPackage().getImplementationVersion();
    return "TaskRouter-Local/" + (version == null ? "dev" : version);
  }

  /** Settings of an outbox; every one has the documented default. */
  public static final class Builder {
    private int threads = DEFAULT_THREADS;
    private int queueCapacity = DEFAULT_QUEUE_CAPACITY;
    private Duration assignmentTimeout = DEFAULT_ASSIGNMENT_TIMEOUT;
    private Duration eventTimeout = DEFAULT_EVENT_TIMEOUT;
    private AllowedHosts allowedHosts = AllowedHosts.loopback();

    private Builder() {}

    /** Delivery threads (default 8). */
    public Builder threads(int threads) {
      this.threads = atLeastOne("threads", threads);
      return this;
    }

    /** Deliveries that may wait for a thread before submissions are refused (default 2048). */
    public Builder queueCapacity(int capacity) {
      this.queueCapacity = atLeastOne("queueCapacity", capacity);
      return this;
    }

    /** How long an assignment callback's receiver has to answer, per URL (default 5 s). */
    public Builder assignmentTimeout(Duration timeout) {
      this.assignmentTimeout = positive("assignmentTimeout", timeout);
      return this;
    }

    /** How long an event callback's receiver has to answer (default 15 s). */
    public Builder eventTimeout(Duration timeout) {
      this.eventTimeout = positive("eventTimeout", timeout);
      return this;
    }

    /** Which hosts callbacks may go to (default {@link AllowedHosts#loopback()}). */
    public Builder allowedHosts(AllowedHosts allowedHosts) {
      this.allowedHosts = Objects.requireNonNull(allowedHosts, "allowedHosts");
      return this;
    }

    public Outbox build(AnswerSink sink) {
      return new Outbox(this, Objects.requireNonNull(sink, "sink"));
    }

    private static int atLeastOne(String name, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, was " + value);
      }
      return value;
    }

    private static Duration positive(String name, Duration value) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }
  }
}
