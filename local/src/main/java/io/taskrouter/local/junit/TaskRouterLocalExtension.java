package io.taskrouter.local.junit;

import io.taskrouter.local.TaskRouterLocal;
import io.taskrouter.local.clock.ManualClock;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.jspecify.annotations.Nullable;

/**
 * A local TaskRouter server for a test class: started once on a free port, emptied before every
 * test, closed after the class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static TaskRouterLocalExtension taskRouter = TaskRouterLocalExtension.withManualClock("2026-01-01T00:00:00Z");
 *
 * @Test void routes() {
 *   String baseUrl = taskRouter.baseUrl();
 *   taskRouter.clock().advanceSeconds(60);
 * }
 * }</pre>
 *
 * Registered on an instance field instead, it starts and closes a server around each test.
 */
public final class TaskRouterLocalExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
  private final Consumer<TaskRouterLocal.Builder> configuration;
  private final @Nullable ManualClock clock;
  private @Nullable TaskRouterLocal server;
  private boolean perTest;

  private TaskRouterLocalExtension(Consumer<TaskRouterLocal.Builder> configuration, @Nullable ManualClock clock) {
    this.configuration = configuration;
    this.clock = clock;
  }

  /** Port 0, any credentials, the system clock. */
  public static TaskRouterLocalExtension create() {
    return new TaskRouterLocalExtension(builder -> { }, null);
  }

  /** Like {@link #create()}, with a {@link ManualClock} starting at {@code isoInstant}. */
  public static TaskRouterLocalExtension withManualClock(String isoInstant) {
    ManualClock clock = new ManualClock(Instant.parse(isoInstant));
    return new TaskRouterLocalExtension(builder -> builder.clock(clock), clock);
  }

  /** Full control over the server's configuration (the port is always 0). */
  public static TaskRouterLocalExtension configured(Consumer<TaskRouterLocal.Builder> configuration) {
    return new TaskRouterLocalExtension(configuration, null);
  }

  public TaskRouterLocal server() {
    if (server == null) {
      throw new IllegalStateException("the server runs only while a test does");
    }
    return server;
  }

  public String baseUrl() {
    return server().baseUrl();
  }

  /** The manual clock; only for extensions made with {@link #withManualClock(String)}. */
  public ManualClock clock() {
    if (clock == null) {
      throw new IllegalStateException("this extension uses the system clock; use withManualClock(...)");
    }
    return clock;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server = start();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (server == null) {
      perTest = true;
      server = start();
    } else {
      server.reset();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (perTest) {
      close();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  private TaskRouterLocal start() {
    TaskRouterLocal.Builder builder = TaskRouterLocal.builder();
    configuration.accept(builder);
    return builder.port(0).start();
  }

  private void close() {
    if (server != null) {
      server.close();
      server = null;
    }
  }
}
