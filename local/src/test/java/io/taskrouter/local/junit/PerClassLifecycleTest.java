package io.taskrouter.local.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.TaskRouterLocal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On a static field: one server for the class, its state, clock and receiver back at the start
 * for every test; the handle injected into the constructor, a {@code @BeforeEach} method and tests.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerClassLifecycleTest {
  private static final Instant START = Instant.parse("2026-11-24T15:00:00Z");

  @RegisterExtension
  static final TaskRouterLocalExtension TASK_ROUTER = TaskRouterLocalExtension.newInstance()
      .manualClock("2026-11-24T15:00:00Z")
      .configure(server -> server.seed(7))
      .build();

  private static TaskRouterLocal firstServer;

  private final TaskRouterLocalHandle fromConstructor;
  private TaskRouterLocalHandle fromBeforeEach;

  PerClassLifecycleTest(TaskRouterLocalHandle handle) {
    this.fromConstructor = handle;
  }

  @BeforeEach
  void prepare(TaskRouterLocalHandle handle) {
    fromBeforeEach = handle;
  }

  @Test
  @Order(1)
  void theFirstTestLeavesStateTimeAndCallbacksBehind(TaskRouterLocalHandle handle) throws Exception {
    assertThat(handle).isSameAs(fromConstructor).isSameAs(fromBeforeEach).isSameAs(TASK_ROUTER.handle());
    firstServer = handle.server();
    handle.client().workspaces().create(p -> p.friendlyName("Left behind"));
    handle.clock().advance(Duration.ofHours(3));
    handle.receiverMode(ReceiverMode.failing());
    SignedPost.post(handle.assignmentCallbackUrl(), SignedPost.assignment("WR1", "{}"), handle.authToken());

    assertThat(handle.client().workspaces().list().toList()).hasSize(1);
    assertThat(handle.assignments()).hasSize(1);
  }

  @Test
  @Order(2)
  void theNextTestSeesTheSameServerEmptiedWithTheClockAtItsStart(TaskRouterLocalHandle handle) throws Exception {
    assertThat(handle.server()).isSameAs(firstServer);
    assertThat(handle.client().workspaces().list().toList()).isEmpty();
    assertThat(handle.clock().instant()).isEqualTo(START);
    assertThat(handle.assignments()).isEmpty();
    assertThat(SignedPost.post(handle.assignmentCallbackUrl(), SignedPost.assignment("WR2", "{}"), handle.authToken())
        .statusCode()).as("the receiver answers again").isEqualTo(200);
  }
}
