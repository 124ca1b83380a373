package io.taskrouter.local.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskrouter.local.TaskRouterLocal;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On an instance field: a server of its own for every test, closed after it. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerTestLifecycleTest {
  @RegisterExtension
  final TaskRouterLocalExtension taskRouter = TaskRouterLocalExtension.newInstance().build();

  private static TaskRouterLocal firstServer;
  private static TaskRouterLocalHandle firstHandle;

  @Test
  @Order(1)
  void theFirstTestHasAServer(TaskRouterLocalHandle handle) {
    firstServer = handle.server();
    firstHandle = handle;
    handle.client().workspaces().create(p -> p.friendlyName("Left behind"));
    handle.clock().advance(Duration.ofDays(2));
  }

  @Test
  @Order(2)
  void theNextTestHasAnotherAndTheFirstIsClosed(TaskRouterLocalHandle handle) {
    assertThat(handle).isNotSameAs(firstHandle);
    assertThat(handle.server()).isNotSameAs(firstServer);
    assertThat(handle.client().workspaces().list().toList()).isEmpty();
    assertThat(handle.clock().instant().toString()).isEqualTo(TaskRouterLocalExtension.DEFAULT_START);
    assertThatThrownBy(firstHandle::server).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("only while a test does");
  }
}
