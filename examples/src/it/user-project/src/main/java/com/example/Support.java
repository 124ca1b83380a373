package com.example;

import io.taskrouter.sdk.TaskRouter;
import io.taskrouter.sdk.model.Workspace;

/** The app's code: it only knows the SDK, and is given a client. */
public final class Support {
  private final TaskRouter client;

  public Support(TaskRouter client) {
    this.client = client;
  }

  public Workspace openDesk(String name) {
    return client.workspaces().create(p -> p.friendlyName(name).template("FIFO"));
  }
}
