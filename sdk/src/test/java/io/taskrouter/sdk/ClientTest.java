package io.taskrouter.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class ClientTest extends MockApi {

  @Test
  void theUserAgentNamesTheSdkAndItsVersion() {
    respond(200, SpecSchemas.complete("Workspace", "{\"sid\":\"" + WS + "\"}"));

    client.workspaces().fetch(WS);

    RecordedRequest request = take();
    assertThat(request.getHeader("User-Agent")).matches("taskrouter-java/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Java .+\\)");
    assertThat(request.getHeader("Accept")).isEqualTo("application/json");
  }

  @Test
  void anApiKeyAuthenticatesWithItsSidAndSecret() {
    String keySid = "SK0123456789abcdef0123456789abcdef";
    try (TaskRouter withKey = TaskRouter.builder().apiKey(keySid, "key-secret").baseUrl(server.url("/").toString()).build()) {
      respond(200, SpecSchemas.complete("Workspace", "{\"sid\":\"" + WS + "\"}"));
      withKey.workspaces().fetch(WS);
    }

    String expected = "Basic " + java.util.Base64.getEncoder().encodeToString((keySid + ":key-secret").getBytes());
    assertThat(take().getHeader("Authorization")).isEqualTo(expected);
  }

  @Test
  void theBuilderDerivesItsClientFromYoursWithTheTimeoutsSet() {
    OkHttpClient yours = new OkHttpClient();
    try (TaskRouter derived = TaskRouter.builder().credentials(ACCOUNT_SID, AUTH_TOKEN)
        .httpClient(yours)
        .connectTimeout(Duration.ofSeconds(3)).readTimeout(Duration.ofSeconds(4))
        .writeTimeout(Duration.ofSeconds(5)).callTimeout(Duration.ofSeconds(6))
        .customizeHttpClient(b -> b.followRedirects(false))
        .build()) {
      OkHttpClient used = derived.httpClient();
      assertThat(used.connectionPool()).isSameAs(yours.connectionPool());
      assertThat(used.dispatcher()).isSameAs(yours.dispatcher());
      assertThat(used.connectTimeoutMillis()).isEqualTo(3000);
      assertThat(used.readTimeoutMillis()).as("reads are bounded by the socket instead").isZero();
      assertThat(((io.taskrouter.sdk.internal.ReadBoundSockets) used.socketFactory()).readTimeoutMillis()).isEqualTo(4000);
      assertThat(used.writeTimeoutMillis()).isEqualTo(5000);
      assertThat(used.callTimeoutMillis()).as("the deadline is set on each attempt instead").isZero();
      assertThat(used.followRedirects()).isFalse();
      assertThat(used.interceptors()).hasAtLeastOneElementOfType(io.taskrouter.sdk.internal.Redirects.class);
      assertThat(yours.interceptors()).as("your client is not changed").isEmpty();
    }
    assertThat(yours.dispatcher().executorService().isShutdown()).as("closing leaves your client alone").isFalse();
  }

  @Test
  void theDefaultBaseUrlIsTheRealService() {
    try (TaskRouter real = TaskRouter.builder().credentials(ACCOUNT_SID, AUTH_TOKEN).build()) {
      assertThat(real.baseUrl()).isEqualTo("https://taskrouter.twilio.com/");
      assertThat(real.httpClient().connectTimeoutMillis()).isEqualTo(10_000);
      assertThat(((io.taskrouter.sdk.internal.ReadBoundSockets) real.httpClient().socketFactory()).readTimeoutMillis())
          .isEqualTo(30_000);
      assertThat(real.httpClient().writeTimeoutMillis()).as("writes are bounded by the deadline").isZero();
    }
  }

  @Test
  void cancellingAnAsyncCallCancelsTheRequest() throws Exception {
    server.enqueue(new okhttp3.mockwebserver.MockResponse().setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.NO_RESPONSE));

    var future = client.workspaces().fetchAsync(WS);
    take();
    future.cancel(true);

    assertThat(future).isCancelled();
    // The dispatcher thread sees the cancelled socket and ends the call; it must not wait for the answer.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
    while (client.httpClient().dispatcher().runningCallsCount() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(client.httpClient().dispatcher().runningCallsCount()).isZero();
  }
}
