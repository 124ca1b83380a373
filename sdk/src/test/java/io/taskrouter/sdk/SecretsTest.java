package io.taskrouter.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/** The auth token never appears in a message, a log line or a toString. */
class SecretsTest extends MockApi {
  private final List<String> log = new ArrayList<>();

  private TaskRouter loggingClient() {
    return TaskRouter.builder().credentials(ACCOUNT_SID, AUTH_TOKEN).baseUrl(server.url("/").toString())
        .retryPolicy(RetryPolicy.none()).requestLog(log::add).build();
  }

  private static void assertNoSecret(String text) {
    assertThat(text).doesNotContain(AUTH_TOKEN)
        .doesNotContain(EXPECTED_AUTHORIZATION.substring("Basic ".length()))
        .doesNotContain(ACCOUNT_SID);
  }

  @Test
  void toStringsMaskTheCredentials() {
    assertNoSecret(client.toString());
    assertNoSecret(TaskRouter.builder().credentials(ACCOUNT_SID, AUTH_TOKEN).toString());
    assertThat(client.toString()).contains("AC0123...");
  }

  @Test
  void errorMessagesCarryNoCredentials() {
    server.enqueue(new MockResponse().setResponseCode(401).setBody("Authorization: " + EXPECTED_AUTHORIZATION));
    Throwable apiError = catchThrowable(() -> client.workspaces().fetch(WS));
    for (int i = 0; i < 3; i++) {
      // OkHttp itself tries a GET again on a fresh connection when a pooled one drops.
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    }
    Throwable transportError = catchThrowable(() -> client.workspaces().fetch(WS));

    assertThat(apiError).isInstanceOf(AuthenticationException.class);
    assertThat(transportError).isInstanceOf(TransportException.class);
    assertThat(apiError.getMessage()).doesNotContain(AUTH_TOKEN).doesNotContain(ACCOUNT_SID);
    assertNoSecret(transportError.getMessage());
    assertNoSecret(transportError.toString());
  }

  @Test
  void credentialsInCallbackUrlsAreMaskedInToString() {
    respond(200, SpecSchemas.complete("Workflow",
        "{\"sid\":\"" + WW + "\",\"assignment_callback_url\":\"https://app:cb-secret@example.com/assign\"}"));

    io.taskrouter.sdk.model.Workflow workflow = client.workspace(WS).workflows().fetch(WW);

    assertThat(workflow.getAssignmentCallbackUrl()).isEqualTo("https://app:cb-secret@example.com/assign");
    assertThat(workflow.toString()).contains("https://****@example.com/assign").doesNotContain("cb-secret");
  }

  @Test
  void theRequestLogShowsRequestsButNoHeaders() {
    try (TaskRouter logging = loggingClient()) {
      respond(200, fixture("task.json"));
      logging.workspace(WS).tasks().fetch(WT);
    }

    assertThat(log).hasSize(1);
    assertThat(log.get(0)).startsWith("GET http://").contains("/v1/Workspaces/" + WS + "/Tasks/" + WT)
        .contains("-> 200");
    log.forEach(SecretsTest::assertNoSecret);
  }

  @Test
  void credentialsGoOnlyToTheApiHost() throws Exception {
    respond(200, fixture("task.json"));
    client.workspace(WS).tasks().fetch(WT);
    assertThat(take().getHeader("Authorization")).isEqualTo(EXPECTED_AUTHORIZATION);

    okhttp3.Request foreign = new okhttp3.Request.Builder().url("http://127.0.0.2:" + server.getPort() + "/x")
        .header("Authorization", "Basic leaked").build();
    io.taskrouter.sdk.internal.RequestShaper shaper = new io.taskrouter.sdk.internal.RequestShaper(
        new okhttp3.OkHttpClient(), server.url("/"), ACCOUNT_SID, AUTH_TOKEN, "ua");
    assertThat(shaper.newCall(foreign).request().header("Authorization")).isNull();
    assertNoSecret(shaper.toString());
  }

}
