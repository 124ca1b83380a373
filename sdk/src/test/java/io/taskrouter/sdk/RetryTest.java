package io.taskrouter.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.taskrouter.sdk.model.Workspace;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What is retried, and what is never sent twice. */
class RetryTest extends MockApi {
  private TaskRouter retrying;

  @BeforeEach
  void retryingClient() {
    retrying = newClient(RetryPolicy.builder().maxAttempts(3).initialDelay(Duration.ZERO)
        .random(new Random(42)).build());
  }

  private static String workspace() {
    return SpecSchemas.complete("Workspace", "{\"sid\":\"" + WS + "\",\"friendly_name\":\"Support\"}");
  }

  @Test
  void a429IsRetriedAfterItsRetryAfterEvenForAPost() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "0")
        .setBody("{\"code\":20429,\"message\":\"Too many requests\",\"status\":429}"));
    respond(201, workspace());

    Workspace created = retrying.workspaces().create(p -> p.friendlyName("Support"));

    assertThat(created.getSid()).isEqualTo(WS);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(form(take())).isEqualTo(form(take()));
  }

  @Test
  void aRetryAfterLongerThanAllowedIsNotWaitedFor() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "3600"));

    RateLimitException error = catchThrowableOfType(RateLimitException.class, () -> retrying.workspaces().fetch(WS));

    assertThat(error.status()).isEqualTo(429);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aGetIsRetriedOn503UntilItSucceeds() {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setResponseCode(502));
    respond(200, workspace());

    assertThat(retrying.workspaces().fetch(WS).getFriendlyName()).isEqualTo("Support");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void attemptsStopAtTheLimitWithTheLastError() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(503));
    }
    respond(200, workspace());

    ServerException error = catchThrowableOfType(ServerException.class, () -> retrying.workspaces().fetch(WS));

    assertThat(error.status()).isEqualTo(503);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aPostIsNeverSentAgainAfterA5xx() {
    server.enqueue(new MockResponse().setResponseCode(503));
    respond(201, workspace());

    catchThrowableOfType(ServerException.class, () -> retrying.workspaces().create(p -> p.friendlyName("Support")));

    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aPostIsNeverSentAgainWhenTheConnectionDiedAfterSending() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    respond(201, workspace());

    catchThrowableOfType(TransportException.class, () -> retrying.workspaces().create(p -> p.friendlyName("Support")));

    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aGetIsRetriedWhenTheConnectionDied() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    respond(200, workspace());

    assertThat(retrying.workspaces().fetch(WS).getSid()).isEqualTo(WS);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void asyncRetriesHappenOnTheSchedulerAndComplete() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "0"));
    respond(200, workspace());

    Workspace fetched = retrying.workspaces().fetchAsync(WS).get(5, TimeUnit.SECONDS);

    assertThat(fetched.getSid()).isEqualTo(WS);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aConnectionRefusedIsRetriedForAPostBecauseNothingWasSent() throws Exception {
    java.net.ServerSocket probe = new java.net.ServerSocket(0);
    int closedPort = probe.getLocalPort();
    probe.close();
    TaskRouter toNowhere = TaskRouter.builder().credentials(ACCOUNT_SID, AUTH_TOKEN)
        .baseUrl("http://127.0.0.1:" + closedPort + "/")
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialDelay(Duration.ZERO).build()).build();
    java.util.List<String> attempts = new java.util.ArrayList<>();
    TaskRouter counted = TaskRouter.builder().credentials(ACCOUNT_SID, AUTH_TOKEN)
        .baseUrl("http://127.0.0.1:" + closedPort + "/")
        .requestLog(attempts::add)
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialDelay(Duration.ZERO).build()).build();

    TransportException error = catchThrowableOfType(TransportException.class,
        () -> counted.workspaces().create(p -> p.friendlyName("Support")));

    assertThat(error.getCause()).isInstanceOf(java.net.ConnectException.class);
    assertThat(attempts).hasSize(3).allMatch(line -> line.contains("failed: ConnectException"));
    toNowhere.close();
    counted.close();
  }
}
