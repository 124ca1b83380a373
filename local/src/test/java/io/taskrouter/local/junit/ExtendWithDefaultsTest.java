package io.taskrouter.local.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.TaskRouterLocal;
import io.taskrouter.sdk.model.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** No field: {@code @ExtendWith} and a parameter give a server with the defaults. */
@ExtendWith(TaskRouterLocalExtension.class)
class ExtendWithDefaultsTest {
  @Test
  void theHandleGivesTheServerItsClientAndItsManualClock(TaskRouterLocalHandle handle) {
    Workspace ws = handle.client().workspaces().create(p -> p.friendlyName("Defaults"));

    assertThat(handle.baseUrl()).startsWith("http://127.0.0.1:").isEqualTo(handle.server().baseUrl());
    assertThat(handle.accountSid()).isEqualTo(TaskRouterLocal.DEFAULT_ACCOUNT_SID);
    assertThat(ws.getAccountSid()).isEqualTo(handle.accountSid());
    assertThat(handle.clock().instant().toString()).isEqualTo(TaskRouterLocalExtension.DEFAULT_START);
    assertThat(ws.getDateCreated().toInstant()).isEqualTo(handle.clock().instant());
  }
}
