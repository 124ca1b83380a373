package io.taskrouter.local.junit;

import io.taskrouter.local.TaskRouterLocal;
import io.taskrouter.local.clock.ManualClock;
import io.taskrouter.sdk.TaskRouter;
import io.taskrouter.sdk.webhook.AssignmentCallback;
import io.taskrouter.sdk.webhook.AssignmentInstruction;
import io.taskrouter.sdk.webhook.EventCallback;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a test gets from {@link TaskRouterLocalExtension}, as a parameter of a test method, a
 * constructor or a lifecycle method: the running server, its URL and clock, an SDK client pointed
 * at it, and a callback receiver on loopback that plays the app's part.
 *
 * <pre>{@code
 * @Test void offersTheTask(TaskRouterLocalHandle taskRouter) {
 *   taskRouter.onAssignment(callback -> AssignmentInstruction.accept());
 *   // a workflow whose assignment_callback_url is taskRouter.assignmentCallbackUrl(), a worker, a task
 *   Received<AssignmentCallback> offer = taskRouter.awaitAssignments(1).get(0);
 * }
 * }</pre>
 *
 * <p>The client and the receiver need {@code taskrouter-sdk} on the test classpath; the receiver
 * starts on first use. Everything here is reset after each test: the server is emptied, a manual
 * clock goes back to its start, the receiver forgets what it got and answers {@code {}} again.
 */
public final class TaskRouterLocalHandle {
  /**
   * How long the {@code await} methods wait by default: a liveness bound, not a timing; longer
   * than the server's assignment callback timeout (5 s) so that a fallback can still arrive.
   */
  public static final Duration DEFAULT_AWAIT = Duration.ofSeconds(10);

  private final Consumer<TaskRouterLocal.Builder> configuration;
  private final @Nullable ManualClock clock;
  private final Instant clockStart;
  private final String accountSid;
  private final String authToken;
  private volatile @Nullable TaskRouterLocal server;
  private volatile @Nullable TaskRouter client;
  private volatile @Nullable CallbackReceiver receiver;

  TaskRouterLocalHandle(Consumer<TaskRouterLocal.Builder> configuration, @Nullable ManualClock clock,
      String accountSid, String authToken) {
    this.configuration = configuration;
    this.clock = clock;
    this.clockStart = clock == null ? Instant.EPOCH : clock.instant();
    this.accountSid = accountSid;
    this.authToken = authToken;
  }

  /** The running server. */
  public TaskRouterLocal server() {
    TaskRouterLocal running = server;
    if (running == null) {
      throw new IllegalStateException("the server runs only while a test does");
    }
    return running;
  }

  /** Where the server listens, e.g. {@code http://127.0.0.1:53124}. */
  public String baseUrl() {
    return server().baseUrl();
  }

  /** The manual clock every date and timer of the server reads. */
  public ManualClock clock() {
    if (clock == null) {
      throw new IllegalStateException("this extension uses the system clock; build it with manualClock(...)");
    }
    return clock;
  }

  /** The account the client acts as and whose auth token signs the callbacks. */
  public String accountSid() {
    return accountSid;
  }

  /** That account's auth token (any value the server accepts, unless credentials were configured). */
  public String authToken() {
    return authToken;
  }

  /** An SDK client for the server, with the account's credentials; closed with the server. */
  public synchronized TaskRouter client() {
    TaskRouter made = client;
    if (made == null) {
      made = TaskRouter.builder().credentials(accountSid, authToken).baseUrl(baseUrl()).build();
      client = made;
    }
    return made;
  }

  /** The URL to give as a workflow's {@code assignment_callback_url}. */
  public String assignmentCallbackUrl() {
    return receiver().url(CallbackReceiver.ASSIGNMENT_PATH);
  }

  /** The URL to give as a workflow's {@code fallback_assignment_callback_url}: it always answers. */
  public String fallbackAssignmentCallbackUrl() {
    return receiver().url(CallbackReceiver.FALLBACK_PATH);
  }

  /** The URL to give as the workspace's {@code event_callback_url}. */
  public String eventCallbackUrl() {
    return receiver().url(CallbackReceiver.EVENT_PATH);
  }

  /**
   * How each assignment callback is answered from now on, e.g. {@code callback ->
   * AssignmentInstruction.accept()}; by default {@link AssignmentInstruction#decideLater()}. Runs
   * on the receiver's threads. Should it throw, the callback gets HTTP 500 and the next {@code
   * await} fails with what it threw.
   */
  public void onAssignment(Function<AssignmentCallback, AssignmentInstruction> answer) {
    receiver().onAssignment(Objects.requireNonNull(answer, "answer"));
  }

  /** How the assignment and event endpoints answer from now on: slow, failing, silent; see {@link ReceiverMode}. */
  public void receiverMode(ReceiverMode mode) {
    receiver().mode(Objects.requireNonNull(mode, "mode"));
  }

  /** The assignment callbacks received so far in this test, fallback ones included, in order. */
  public List<Received<AssignmentCallback>> assignments() {
    return receiver().assignments();
  }

  /** The event callbacks received so far in this test, in order. */
  public List<Received<EventCallback>> events() {
    return receiver().events();
  }

  /** Waits until at least {@code count} assignment callbacks arrived; returns all of them. */
  public List<Received<AssignmentCallback>> awaitAssignments(int count) {
    return awaitAssignments(count, DEFAULT_AWAIT);
  }

  /** @throws AssertionError when fewer arrived within {@code timeout} */
  public List<Received<AssignmentCallback>> awaitAssignments(int count, Duration timeout) {
    return receiver().awaitAssignments(count, Objects.requireNonNull(timeout, "timeout"));
  }

  /** Waits until at least {@code count} event callbacks arrived; returns all of them. */
  public List<Received<EventCallback>> awaitEvents(int count) {
    return awaitEvents(count, DEFAULT_AWAIT);
  }

  /** @throws AssertionError when fewer arrived within {@code timeout} */
  public List<Received<EventCallback>> awaitEvents(int count, Duration timeout) {
    return receiver().awaitEvents(count, Objects.requireNonNull(timeout, "timeout"));
  }

  /** Waits for the first event callback of this type, e.g. {@code reservation.accepted}. */
  public Received<EventCallback> awaitEvent(String eventType) {
    return receiver().awaitEvent(Objects.requireNonNull(eventType, "eventType"), DEFAULT_AWAIT);
  }

  private synchronized CallbackReceiver receiver() {
    CallbackReceiver running = receiver;
    if (running == null) {
      server();                       // only while a test runs, like everything else here
      running = CallbackReceiver.start(authToken);
      receiver = running;
    }
    return running;
  }

  boolean running() {
    return server != null;
  }

  synchronized void start() {
    TaskRouterLocal.Builder builder = TaskRouterLocal.builder();
    configuration.accept(builder);
    server = builder.port(0).start();
  }

  /** How long a reset waits for the callbacks still in flight, so that none lands in the next test. */
  private static final Duration SETTLE = Duration.ofSeconds(2);

  /**
   * Empties the server, rewinds the clock and clears the receiver, keeping all three running.
   * The receiver first lets held requests go, so that the outbox can finish (or fall back) before
   * the server forgets; what still arrives meanwhile is cleared with the rest.
   */
  synchronized void reset() {
    CallbackReceiver running = receiver;
    if (running != null) {
      running.reset();
    }
    try {
      server().awaitCallbacks(SETTLE);
    } catch (IllegalStateException stillInFlight) {
      // A callback to an unreachable URL may take its full timeout: the server drops its answer after reset.
    }
    server().reset();
    if (clock != null) {
      clock.resetTo(clockStart);
    }
    if (running != null) {
      running.reset();
    }
  }

  synchronized void stop() {
    if (clock != null) {
      clock.resetTo(clockStart);
    }
    closeQuietly(client);
    closeQuietly(receiver);
    closeQuietly(server);
    client = null;
    receiver = null;
    server = null;
  }

  private static void closeQuietly(@Nullable AutoCloseable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (Exception e) {
      // The test's outcome matters more than a failure to close what it used.
      System.getLogger(TaskRouterLocalHandle.class.getName()).log(System.Logger.Level.WARNING, "close failed", e);
    }
  }

  @Override
  public String toString() {
    TaskRouterLocal running = server;
    return "TaskRouterLocalHandle[" + (running == null ? "stopped" : running.baseUrl()) + "]";
  }
}
