package io.taskrouter.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.taskrouter.sdk.model.Activity;
import io.taskrouter.sdk.model.Workspace;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/** Edge cases found in review: closing, odd answers, paging loops, retried deletes. */
class RobustnessTest extends MockApi {

  private static String activitiesPage(String next) {
    return "{\"activities\":[" + SpecSchemas.complete("Activity", "{\"sid\":\"" + WA + "\",\"friendly_name\":\"A\"}")
        + "],\"meta\":{\"key\":\"activities\","
        + "\"next_page_url\":" + (next == null ? "null" : "\"" + next + "\"") + "}}";
  }

  @Test
  void callsAfterCloseAreRefused() {
    client.close();

    assertThatThrownBy(() -> client.workspaces().fetch(WS)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> client.workspaces().fetchAsync(WS)).isInstanceOf(IllegalStateException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void closingFailsAnAsyncCallWaitingToRetry() throws Exception {
    TaskRouter retrying = newClient(RetryPolicy.builder().maxAttempts(3).build());
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "2"));

    CompletableFuture<Workspace> future = retrying.workspaces().fetchAsync(WS);
    take();
    retrying.close();

    assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
        .cause().isInstanceOf(TransportException.class).hasMessageContaining("the client was closed");
  }

  @Test
  void aRetriedDeleteThatFindsNothingSucceeds() {
    TaskRouter retrying = newClient(RetryPolicy.builder().maxAttempts(3).initialDelay(Duration.ZERO).build());
    server.enqueue(new MockResponse().setResponseCode(504));
    respond(404, "{\"code\":20404,\"message\":\"not found\",\"status\":404}");

    retrying.workspace(WS).tasks().delete(WT);

    assertThat(server.getRequestCount()).isEqualTo(2);
    retrying.close();
  }

  @Test
  void aFirstDeleteThatFindsNothingIsStillNotFound() {
    respond(404, "{\"code\":20404,\"message\":\"not found\",\"status\":404}");

    assertThatThrownBy(() -> client.workspace(WS).tasks().delete(WT)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aFieldOfTheWrongTypeIsAFormatErrorInBothForms() {
    respond(200, "{\"sid\":\"" + WS + "\",\"multi_task_enabled\":{\"unexpected\":true}}");
    respond(200, "{\"sid\":\"" + WS + "\",\"multi_task_enabled\":[1]}");

    assertThatThrownBy(() -> client.workspaces().fetch(WS)).isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("multi_task_enabled");
    assertThatThrownBy(() -> client.workspaces().fetchAsync(WS).get(5, TimeUnit.SECONDS))
        .cause().isInstanceOf(ResponseFormatException.class);
  }

  @Test
  void aHugeErrorPageIsCutToAShortExcerpt() {
    server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
        .setBody("<p>" + "x".repeat(3 * 1024 * 1024) + "</p>"));

    ServerException error = catchThrowableOfType(ServerException.class, () -> client.workspaces().fetch(WS));

    assertThat(error.status()).isEqualTo(502);
    assertThat(error.apiMessage().length()).isLessThan(300);
  }

  @Test
  void pagesKeepTheBaseUrlsPathPrefix() {
    try (TaskRouter viaGateway = TaskRouter.builder().credentials(ACCOUNT_SID, AUTH_TOKEN)
        .baseUrl(server.url("/gateway/taskrouter/").toString()).retryPolicy(RetryPolicy.none()).build()) {
      respond(200, activitiesPage("https://taskrouter.twilio.com/v1/Workspaces/" + WS + "/Activities?PageToken=PT1"));
      respond(200, activitiesPage(null));

      assertThat(viaGateway.workspace(WS).activities().list().toList()).hasSize(2);

      assertThat(take().getRequestUrl().encodedPath()).isEqualTo("/gateway/taskrouter/v1/Workspaces/" + WS + "/Activities");
      assertThat(take().getRequestUrl().encodedPath()).isEqualTo("/gateway/taskrouter/v1/Workspaces/" + WS + "/Activities");
    }
  }

  @Test
  void pagesAreNotFetchedAhead() {
    respond(200, activitiesPage(server.url("/v1/Workspaces/" + WS + "/Activities?PageToken=PT1").toString()));
    respond(200, activitiesPage(null));

    Iterator<Page<Activity>> pages = client.workspace(WS).activities().list().pages().iterator();
    pages.next();

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(pages.hasNext()).isTrue();
    pages.next();
    assertThat(pages.hasNext()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aPageThatNamesItselfAsNextStopsTheIterationInsteadOfLooping() {
    String same = server.url("/v1/Workspaces/" + WS + "/Activities?PageToken=PT1").toString();
    respond(200, activitiesPage(same));
    respond(200, activitiesPage(same));
    respond(200, activitiesPage(same));

    assertThatThrownBy(() -> client.workspace(WS).activities().list().toList())
        .isInstanceOf(PagingException.class).hasMessageContaining("leads back to page 2");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void cancellingAnAsyncListCancelsItsRequest() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    CompletableFuture<Page<Activity>> first = client.workspace(WS).activities().listAsync();
    take();
    first.cancel(true);

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
    while (client.httpClient().dispatcher().runningCallsCount() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(client.httpClient().dispatcher().runningCallsCount()).isZero();
  }

  @Test
  void aSidWithATrailingLineBreakIsRefused() {
    assertThatThrownBy(() -> client.workspace(WS + "\n")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("WorkspaceSid must be a WS SID");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aLargeLimitAsksForNoMoreThanTheSpecsLargestPage() {
    respond(200, activitiesPage(null));

    client.workspace(WS).activities().list().limit(5000).toList();

    assertThat(query(take())).containsEntry("PageSize", List.of("1000"));
  }
}
