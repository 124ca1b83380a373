package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskrouter.local.support.ApiClient;
import io.taskrouter.local.support.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A server with configured credentials: the account's token or an API key's secret, nothing else. */
class AuthenticationTest {
  private static final String ACCOUNT = "AC" + "1234567890abcdef".repeat(2);
  private static final String TOKEN = "secret-token";
  private static final String KEY = "SK" + "fedcba0987654321".repeat(2);
  private static final String KEY_SECRET = "key-secret";
  private static TaskRouterLocal server;

  @BeforeAll
  static void start() {
    server = TaskRouterLocal.builder().credentials(ACCOUNT, TOKEN).apiKey(KEY, KEY_SECRET).start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static ApiClient as(String username, String password) {
    return ApiClient.of(server.baseUrl()).withCredentials(username, password);
  }

  @Test
  void theAccountAndItsApiKeyAreAccepted() {
    Reply created = as(ACCOUNT, TOKEN).post("/v1/Workspaces", "FriendlyName", "Mine");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.string("account_sid")).isEqualTo(ACCOUNT);
    assertThat(as(KEY, KEY_SECRET).get("/v1/Workspaces").list("workspaces")).hasSize(1);
    assertThat(as(ACCOUNT.toUpperCase().replace("AC", "AC"), TOKEN).get("/v1/Workspaces").status())
        .as("hex digits in either case").isEqualTo(200);
    assertThat(server.acceptsAnyCredentials()).isFalse();
  }

  @Test
  void anythingElseIs401WithTheApiErrorBody() {
    for (Reply reply : new Reply[] {
        as(ACCOUNT, "wrong").get("/v1/Workspaces"),
        as(KEY, TOKEN).get("/v1/Workspaces"),
        as("AC" + "0".repeat(32), TOKEN).get("/v1/Workspaces"),
        ApiClient.of(server.baseUrl()).withoutCredentials().get("/v1/Nothing")}) {
      assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
      assertThat(reply.number("code")).isEqualTo(20003);
      assertThat(reply.number("status")).isEqualTo(401);
      assertThat(reply.string("more_info")).isEqualTo("https://www.twilio.com/docs/errors/20003");
      assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
      assertThat(reply.body()).doesNotContain(TOKEN).doesNotContain(KEY_SECRET);
    }
  }

  @Test
  void credentialsAreCheckedWhenConfigured() {
    assertThatThrownBy(() -> TaskRouterLocal.builder().credentials("WS" + "0".repeat(32), "t"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accountSid");
    assertThatThrownBy(() -> TaskRouterLocal.builder().apiKey("SK1", "t"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keySid");
    assertThatThrownBy(() -> TaskRouterLocal.builder().credentials(ACCOUNT, ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("authToken");
  }
}
