package io.taskrouter.local.junit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.taskrouter.sdk.webhook.AssignmentCallback;
import io.taskrouter.sdk.webhook.AssignmentInstruction;
import io.taskrouter.sdk.webhook.EventCallback;
import io.taskrouter.sdk.webhook.FormParameters;
import io.taskrouter.sdk.webhook.TaskRouterCallback;
import io.taskrouter.sdk.webhook.WebhookValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The app side of the callback path, on loopback: an assignment endpoint, a fallback one and an
 * event one, the way an app under test would run them. Each request is validated, parsed with the
 * SDK, recorded, and answered as the test said. One thread per request, so that a silent or slow
 * answer holds nothing else up; {@link #reset()} and {@link #close()} release the held ones.
 */
final class CallbackReceiver implements AutoCloseable {
  static {
    // The JDK server writes headers and body separately; with Nagle's algorithm on, each answer then
    // waits for the client's delayed ACK (about 40 ms). It reads this property once, at first use.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  static final String ASSIGNMENT_PATH = "/assignment";
  static final String FALLBACK_PATH = "/fallback";
  static final String EVENT_PATH = "/event";

  private static final Function<AssignmentCallback, AssignmentInstruction> DECIDE_LATER =
      callback -> AssignmentInstruction.decideLater();
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final HttpServer http;
  private final ExecutorService threads;
  private final WebhookValidator validator;
  private final String baseUrl;

  // Guarded by this: what a test set and what arrived since the last reset.
  private Function<AssignmentCallback, AssignmentInstruction> answers = DECIDE_LATER;
  private ReceiverMode mode = ReceiverMode.answering();
  private CountDownLatch released = new CountDownLatch(1);
  private final List<Received<AssignmentCallback>> assignments = new ArrayList<>();
  private final List<Received<EventCallback>> events = new ArrayList<>();
  private @Nullable RuntimeException answerFailure;

  private CallbackReceiver(HttpServer http, ExecutorService threads, WebhookValidator validator) {
    this.http = http;
    this.threads = threads;
    this.validator = validator;
    this.baseUrl = "http://127.0.0.1:" + http.getAddress().getPort();
  }

  /** Listens on a free loopback port; signatures are checked against {@code authToken}. */
  static CallbackReceiver start(String authToken) {
    HttpServer http;
    try {
      http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("the callback receiver could not listen on loopback", e);
    }
    ExecutorService threads = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "taskrouter-test-receiver-" + THREADS.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    CallbackReceiver receiver = new CallbackReceiver(http, threads, WebhookValidator.forAuthToken(authToken));
    http.createContext("/", receiver::handle);
    http.setExecutor(threads);
    http.start();
    return receiver;
  }

  String url(String path) {
    return baseUrl + path;
  }

  synchronized void onAssignment(Function<AssignmentCallback, AssignmentInstruction> answers) {
    this.answers = answers;
  }

  synchronized void mode(ReceiverMode mode) {
    this.mode = mode;
  }

  /** Back to answering with {@code {}}, nothing recorded; held requests are let go unanswered. */
  void reset() {
    CountDownLatch old;
    synchronized (this) {
      answers = DECIDE_LATER;
      mode = ReceiverMode.answering();
      assignments.clear();
      events.clear();
      answerFailure = null;
      old = released;
      released = new CountDownLatch(1);
    }
    old.countDown();
  }

  synchronized List<Received<AssignmentCallback>> assignments() {
    return List.copyOf(assignments);
  }

  synchronized List<Received<EventCallback>> events() {
    return List.copyOf(events);
  }

  List<Received<AssignmentCallback>> awaitAssignments(int count, Duration timeout) {
    return await("assignment callback", count, timeout, () -> assignments);
  }

  List<Received<EventCallback>> awaitEvents(int count, Duration timeout) {
    return await("event callback", count, timeout, () -> events);
  }

  Received<EventCallback> awaitEvent(String eventType, Duration timeout) {
    Predicate<Received<EventCallback>> matches = event -> eventType.equals(event.callback().getEventType());
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (this) {
      while (true) {
        for (Received<EventCallback> event : events) {
          if (matches.test(event)) {
            return event;
          }
        }
        waitUntil(deadline, () -> "no " + eventType + " event within " + timeout + "; received "
            + events.stream().map(e -> e.callback().getEventType()).toList());
      }
    }
  }

  private <C extends TaskRouterCallback> List<Received<C>> await(String what, int count, Duration timeout,
      java.util.function.Supplier<List<Received<C>>> received) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, got " + count);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (this) {
      while (received.get().size() < count) {
        waitUntil(deadline, () -> "expected " + count + " " + what + "(s) within " + timeout + ", received "
            + received.get().size() + ": " + received.get());
      }
      return List.copyOf(received.get());
    }
  }

  /** Waits (holding this monitor) for the next arrival; fails once the deadline passed. */
  private void waitUntil(long deadline, java.util.function.Supplier<String> failure) {
    if (answerFailure != null) {
      throw new AssertionError("the test's onAssignment lambda threw", answerFailure);
    }
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw new AssertionError(failure.get());
    }
    try {
      TimeUnit.NANOSECONDS.timedWait(this, left);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting: " + failure.get(), e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      boolean event = path.equals(EVENT_PATH);
      boolean fallback = path.equals(FALLBACK_PATH);
      if (!event && !fallback && !path.equals(ASSIGNMENT_PATH) || !"POST".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      FormParameters params = FormParameters.parse(
          new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      String url = baseUrl + exchange.getRequestURI();
      boolean valid = validator.isValid(url, params,
          exchange.getRequestHeaders().getFirst(WebhookValidator.SIGNATURE_HEADER));
      ReceiverMode answering;
      CountDownLatch release;
      Function<AssignmentCallback, AssignmentInstruction> decide;
      synchronized (this) {
        if (event) {
          events.add(new Received<>(EventCallback.from(params), url, valid, false));
        } else {
          assignments.add(new Received<>(AssignmentCallback.from(params), url, valid, fallback));
        }
        notifyAll();
        answering = fallback ? ReceiverMode.answering() : mode;
        release = released;
        decide = answers;
      }
      if (hold(answering, release)) {
        return;                                  // reset or closed meanwhile: leave unanswered
      }
      if (!valid) {
        exchange.sendResponseHeaders(403, -1);   // what an app does with a request nobody signed
      } else if (answering.fails()) {
        exchange.sendResponseHeaders(500, -1);
      } else if (event) {
        exchange.sendResponseHeaders(200, -1);
      } else {
        answer(exchange, decide, AssignmentCallback.from(params));
      }
    }
  }

  /** Waits as the mode says; true when the request is to go unanswered. */
  private static boolean hold(ReceiverMode mode, CountDownLatch release) {
    try {
      if (mode.neverAnswers()) {
        release.await();
        return true;
      }
      return !mode.delay().isZero() && release.await(mode.delay().toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  private void answer(HttpExchange exchange, Function<AssignmentCallback, AssignmentInstruction> decide,
      AssignmentCallback callback) throws IOException {
    AssignmentInstruction instruction;
    try {
      instruction = java.util.Objects.requireNonNull(decide.apply(callback), "the onAssignment lambda returned null");
    } catch (RuntimeException e) {
      synchronized (this) {
        answerFailure = e;
        notifyAll();
      }
      exchange.sendResponseHeaders(500, -1);
      return;
    }
    byte[] json = instruction.toJson().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", AssignmentInstruction.CONTENT_TYPE);
    exchange.sendResponseHeaders(200, json.length);
    exchange.getResponseBody().write(json);
  }

  @Override
  public void close() {
    reset();
    http.stop(0);
    threads.shutdownNow();
  }
}
