package io.taskrouter.local.junit;

import io.taskrouter.local.TaskRouterLocal;
import io.taskrouter.local.clock.ManualClock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.jspecify.annotations.Nullable;

/**
 * A local TaskRouter server for JUnit 5 tests, on a free loopback port.
 *
 * <pre>{@code
 * @RegisterExtension
 * static TaskRouterLocalExtension taskRouter = TaskRouterLocalExtension.newInstance()
 *     .manualClock("2026-11-24T15:00:00Z")
 *     .build();
 *
 * @Test void routes(TaskRouterLocalHandle handle) {
 *   Workspace ws = handle.client().workspaces().create(p -> p.friendlyName("Test"));
 *   handle.clock().advanceSeconds(60);
 * }
 * }</pre>
 *
 * <p>On a static field (or with {@code @ExtendWith(TaskRouterLocalExtension.class)}, which takes
 * the defaults) one server serves the class; on an instance field each test gets its own. Either
 * way every test starts from the configured start: after each test (and its {@code @AfterEach}
 * methods) the server is emptied, a manual clock goes back to where it started and the callback
 * receiver is cleared, so that a constructor or a {@code @BeforeEach} method may prepare state.
 *
 * <p>A {@link TaskRouterLocalHandle} parameter is injected into test methods, lifecycle methods
 * and, with a static field or {@code @ExtendWith}, constructors. Two of these extensions in one
 * class each work through their field; a handle parameter would then be ambiguous.
 */
public final class TaskRouterLocalExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  /** Where the manual clock of an extension with the defaults starts. */
  public static final String DEFAULT_START = "2026-01-01T00:00:00Z";
  /** The token the handle's client presents (and callbacks are signed with) when none is configured. */
  public static final String DEFAULT_AUTH_TOKEN = "local-test-token";

  private final TaskRouterLocalHandle handle;
  /** The unique id of the class or test whose callback started the running server. */
  private @Nullable String startedBy;

  /** The defaults: any credentials accepted, a manual clock at {@link #DEFAULT_START}. */
  public TaskRouterLocalExtension() {
    this(newInstance());
  }

  private TaskRouterLocalExtension(Builder builder) {
    ManualClock clock = builder.clock;
    Consumer<TaskRouterLocal.Builder> configuration = server -> {
      if (clock != null) {
        server.clock(clock);
      }
      if (builder.authToken != null) {
        server.credentials(builder.accountSid, builder.authToken);
      }
      builder.configuration.accept(server);
    };
    this.handle = new TaskRouterLocalHandle(configuration, clock, builder.accountSid,
        builder.authToken == null ? DEFAULT_AUTH_TOKEN : builder.authToken);
  }

  public static Builder newInstance() {
    return new Builder();
  }

  /** Port 0, any credentials, the system clock. */
  public static TaskRouterLocalExtension create() {
    return newInstance().systemClock().build();
  }

  /** Any credentials, a {@link ManualClock} starting at {@code isoInstant}. */
  public static TaskRouterLocalExtension withManualClock(String isoInstant) {
    return newInstance().manualClock(isoInstant).build();
  }

  /** The system clock and this configuration of the server (the port is always 0). */
  public static TaskRouterLocalExtension configured(Consumer<TaskRouterLocal.Builder> configuration) {
    return newInstance().systemClock().configure(configuration).build();
  }

  /** The handle tests get as a parameter, for tests that hold the extension in a field. */
  public TaskRouterLocalHandle handle() {
    return handle;
  }

  public TaskRouterLocal server() {
    return handle.server();
  }

  public String baseUrl() {
    return handle.baseUrl();
  }

  public ManualClock clock() {
    return handle.clock();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    startFor(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    startFor(context);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (context.getUniqueId().equals(startedBy)) {
      stop();
    } else if (handle.running()) {
      handle.reset();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    // A @Nested class runs these callbacks too: only the class that started the server stops it.
    if (context.getUniqueId().equals(startedBy)) {
      stop();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TaskRouterLocalHandle.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    // With @TestInstance(PER_CLASS) the constructor runs before beforeAll.
    startFor(context);
    return handle;
  }

  private synchronized void startFor(ExtensionContext context) {
    if (!handle.running()) {
      handle.start();
      startedBy = context.getUniqueId();
    }
  }

  private synchronized void stop() {
    handle.stop();
    startedBy = null;
  }

  /** Configuration of a {@link TaskRouterLocalExtension}; every setting has a default fit for tests. */
  public static final class Builder {
    private @Nullable ManualClock clock = ManualClock.at(DEFAULT_START);
    private String accountSid = TaskRouterLocal.DEFAULT_ACCOUNT_SID;
    private @Nullable String authToken;
    private Consumer<TaskRouterLocal.Builder> configuration = server -> { };

    private Builder() {}

    /** A {@link ManualClock} starting (and restarting before each test) at {@code isoInstant}. */
    public Builder manualClock(String isoInstant) {
      return manualClock(Instant.parse(Objects.requireNonNull(isoInstant, "isoInstant")));
    }

    /** A {@link ManualClock} starting (and restarting before each test) at {@code start}. */
    public Builder manualClock(Instant start) {
      this.clock = new ManualClock(Objects.requireNonNull(start, "start"));
      return this;
    }

    /** The system clock: real time; {@link TaskRouterLocalHandle#clock()} is then refused. */
    public Builder systemClock() {
      this.clock = null;
      return this;
    }

    /**
     * The server requires these credentials; the handle's client uses them and its receiver
     * checks signatures with this token. Without, the server accepts any credentials and the
     * client presents {@link TaskRouterLocal#DEFAULT_ACCOUNT_SID} and {@link #DEFAULT_AUTH_TOKEN}.
     */
    public Builder credentials(String accountSid, String authToken) {
      this.accountSid = Objects.requireNonNull(accountSid, "accountSid");
      this.authToken = Objects.requireNonNull(authToken, "authToken");
      return this;
    }

    /** More of the server's configuration (seed, limits, API keys...), applied last; the port stays 0. */
    public Builder configure(Consumer<TaskRouterLocal.Builder> configuration) {
      this.configuration = this.configuration.andThen(Objects.requireNonNull(configuration, "configuration"));
      return this;
    }

    public TaskRouterLocalExtension build() {
      return new TaskRouterLocalExtension(this);
    }
  }
}
