package io.taskrouter.local.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.model.Workspace;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Extensions share nothing: two active at once, used from two threads at once, each keep their
 * own server, clock and receiver. (With JUnit's parallel execution enabled the two nested classes
 * also run at the same time; the build runs them one after the other.)
 */
@Execution(ExecutionMode.CONCURRENT)
class ParallelServersTest {
  @RegisterExtension
  static final TaskRouterLocalExtension LEFT = TaskRouterLocalExtension.newInstance().build();
  @RegisterExtension
  static final TaskRouterLocalExtension RIGHT = TaskRouterLocalExtension.newInstance().build();

  @Test
  void twoServersUsedAtOnceKeepTheirStateApart() {
    CompletableFuture<List<Workspace>> left = CompletableFuture.supplyAsync(() -> fill(LEFT.handle(), "left", 8));
    CompletableFuture<List<Workspace>> right = CompletableFuture.supplyAsync(() -> fill(RIGHT.handle(), "right", 12));

    assertThat(left.join()).hasSize(8).allSatisfy(ws -> assertThat(ws.getFriendlyName()).startsWith("left"));
    assertThat(right.join()).hasSize(12).allSatisfy(ws -> assertThat(ws.getFriendlyName()).startsWith("right"));
    assertThat(LEFT.baseUrl()).isNotEqualTo(RIGHT.baseUrl());
    assertThat(LEFT.handle().assignmentCallbackUrl()).isNotEqualTo(RIGHT.handle().assignmentCallbackUrl());
    assertThat(LEFT.clock()).isNotSameAs(RIGHT.clock());
  }

  private static List<Workspace> fill(TaskRouterLocalHandle handle, String prefix, int count) {
    IntStream.range(0, count).forEach(i -> handle.client().workspaces().create(p -> p.friendlyName(prefix + i)));
    return handle.client().workspaces().list().toList();
  }

  /** A nested class's callbacks do not stop the outer class's servers; it may have its own. */
  @Nested
  class Inner {
    @RegisterExtension
    final TaskRouterLocalExtension own = TaskRouterLocalExtension.newInstance().build();

    @Test
    void hasAServerOfItsOwnBesideTheOuterOnes() {
      assertThat(own.baseUrl()).isNotIn(LEFT.baseUrl(), RIGHT.baseUrl());
      assertThat(own.handle().client().workspaces().list().toList()).isEmpty();
    }
  }
}
