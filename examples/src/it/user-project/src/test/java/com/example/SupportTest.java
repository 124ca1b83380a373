package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.taskrouter.local.junit.TaskRouterLocalExtension;
import io.taskrouter.local.junit.TaskRouterLocalHandle;
import io.taskrouter.sdk.model.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TaskRouterLocalExtension.class)
class SupportTest {

  @Test
  void aDeskIsAWorkspaceOnTheServer(TaskRouterLocalHandle handle) {
    Workspace desk = new Support(handle.client()).openDesk("Support");

    Workspace fetched = handle.client().workspaces().fetch(desk.getSid());
    assertEquals("Support", fetched.getFriendlyName());
  }
}
