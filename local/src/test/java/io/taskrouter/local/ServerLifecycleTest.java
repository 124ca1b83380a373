package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskrouter.local.clock.ManualClock;
import io.taskrouter.local.support.ApiClient;
import io.taskrouter.local.support.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class ServerLifecycleTest {

  @Test
  void startsOnAFreeLoopbackPortAndStopsCleanly() throws IOException {
    int port;
    try (TaskRouterLocal server = TaskRouterLocal.start()) {
      port = server.port();
      assertThat(port).isPositive();
      assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
      assertThat(server.acceptsAnyCredentials()).isTrue();
      assertThat(ApiClient.of(server.baseUrl()).get("/v1/Workspaces").status()).isEqualTo(200);
    }
    try (ServerSocket again = new ServerSocket(port)) {
      assertThat(again.getLocalPort()).as("the port is free after close").isEqualTo(port);
    }
  }

  @Test
  void resetForgetsEverythingAndRestartsTheSidSequence() {
    try (TaskRouterLocal server = TaskRouterLocal.builder().seed(7).start()) {
      ApiClient api = ApiClient.of(server.baseUrl());
      String first = api.post("/v1/Workspaces", "FriendlyName", "One").sid();
      server.reset();
      assertThat(api.get("/v1/Workspaces").list("workspaces")).isEmpty();
      assertThat(api.post("/v1/Workspaces", "FriendlyName", "One").sid()).as("same seed, same SIDs").isEqualTo(first);
    }
  }

  @Test
  void theSameSeedGivesTheSameSidsOnAnotherServer() {
    String[] sids = new String[2];
    for (int i = 0; i < 2; i++) {
      try (TaskRouterLocal server = TaskRouterLocal.builder().seed(99).start()) {
        sids[i] = ApiClient.of(server.baseUrl()).post("/v1/Workspaces", "FriendlyName", "W", "Template", "FIFO").sid();
      }
    }
    assertThat(sids[0]).isEqualTo(sids[1]);
  }

  @Test
  void datesComeFromTheInjectedClock() {
    ManualClock clock = ManualClock.at("2031-05-06T07:08:09.750Z");
    try (TaskRouterLocal server = TaskRouterLocal.builder().clock(clock).accountSid("AC" + "ab".repeat(16)).start()) {
      // A username that is not an Account SID acts as the default account.
      Reply created = ApiClient.of(server.baseUrl()).withCredentials("tester", "pw")
          .post("/v1/Workspaces", "FriendlyName", "Timed");
      assertThat(created.string("date_created")).isEqualTo("2031-05-06T07:08:09Z");
      assertThat(created.string("account_sid")).isEqualTo("AC" + "ab".repeat(16));
      assertThat(server.clock()).isSameAs(clock);
    }
  }

  @Test
  void headIsRefusedWithoutABody() {
    try (TaskRouterLocal server = TaskRouterLocal.start()) {
      Reply head = ApiClient.of(server.baseUrl()).method("HEAD", "/v1/Workspaces");
      assertThat(head.status()).isEqualTo(405);
      assertThat(head.header("Allow")).isEqualTo("GET, POST");
      assertThat(head.body()).isEmpty();
    }
  }

  @Test
  void aBusyPortIsReported() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      assertThatThrownBy(() -> TaskRouterLocal.builder().port(taken.getLocalPort()).start())
          .isInstanceOf(UncheckedIOException.class).hasMessageContaining("cannot listen");
    }
  }

  @Test
  void theManualClockOnlyMovesForward() {
    ManualClock clock = ManualClock.at("2026-01-01T00:00:00Z");
    clock.advanceSeconds(5);
    assertThat(clock.instant().toString()).isEqualTo("2026-01-01T00:00:05Z");
    assertThatThrownBy(() -> clock.set(java.time.Instant.parse("2025-12-31T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> clock.advance(java.time.Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
