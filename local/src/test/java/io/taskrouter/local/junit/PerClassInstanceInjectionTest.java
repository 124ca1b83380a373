package io.taskrouter.local.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** With one test instance per class the constructor runs before beforeAll: the server is up for it all the same. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(TaskRouterLocalExtension.class)
class PerClassInstanceInjectionTest {
  private final String workspaceSidMadeInTheConstructor;
  private final TaskRouterLocalHandle handle;

  PerClassInstanceInjectionTest(TaskRouterLocalHandle handle) {
    this.handle = handle;
    this.workspaceSidMadeInTheConstructor = handle.client().workspaces().create(p -> p.friendlyName("Early")).getSid();
  }

  @Test
  void theConstructorsStateIsThereForTheFirstTest(TaskRouterLocalHandle injected) {
    assertThat(injected).isSameAs(handle);
    assertThat(injected.client().workspaces().fetch(workspaceSidMadeInTheConstructor).getFriendlyName())
        .isEqualTo("Early");
  }
}
