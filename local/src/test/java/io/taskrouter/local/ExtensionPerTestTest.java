package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.junit.TaskRouterLocalExtension;
import io.taskrouter.local.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Registered on an instance field, the extension gives every test a server of its own. */
class ExtensionPerTestTest {
  @RegisterExtension
  final TaskRouterLocalExtension server = TaskRouterLocalExtension.configured(builder -> builder.seed(1));

  @Test
  void firstTestSeesAnEmptyServer() {
    ApiClient api = ApiClient.of(server.baseUrl());
    assertThat(api.get("/v1/Workspaces").list("workspaces")).isEmpty();
    api.post("/v1/Workspaces", "FriendlyName", "Left behind");
  }

  @Test
  void secondTestSeesAnEmptyServerToo() {
    ApiClient api = ApiClient.of(server.baseUrl());
    assertThat(api.get("/v1/Workspaces").list("workspaces")).isEmpty();
    api.post("/v1/Workspaces", "FriendlyName", "Left behind");
  }
}
