package io.taskrouter.local.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskrouter.local.TaskRouterLocal;
import io.taskrouter.local.support.ApiClient;
import io.taskrouter.local.support.Reply;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Several accounts on one server: each authenticates with its own token, an API key acts as the
 * account it is bound to, and a created workspace answers with the account that created it.
 */
class AccountsTest {
  private static final String FIRST = "AC" + "1".repeat(32);
  private static final String SECOND = "AC" + "2".repeat(32);
  private static final String KEY_OF_DEFAULT = "SK" + "a".repeat(32);
  private static final String KEY_OF_SECOND = "SK" + "b".repeat(32);

  private static TaskRouterLocal server() {
    return TaskRouterLocal.builder()
        .credentials(FIRST, "first-token")
        .apiKey(KEY_OF_DEFAULT, "default-key-secret")
        .account(SECOND, "second-token")
        .apiKey(KEY_OF_SECOND, "second-key-secret", SECOND)
        .start();
  }

  static Stream<Arguments> actingAs() {
    return Stream.of(
        Arguments.of(FIRST, "first-token", FIRST),
        Arguments.of(SECOND, "second-token", SECOND),
        Arguments.of(KEY_OF_DEFAULT, "default-key-secret", FIRST),
        Arguments.of(KEY_OF_SECOND, "second-key-secret", SECOND));
  }

  @ParameterizedTest(name = "{0} acts as {2}")
  @MethodSource("actingAs")
  void eachCredentialActsAsItsAccount(String username, String password, String account) {
    try (TaskRouterLocal server = server()) {
      Reply created = ApiClient.of(server.baseUrl()).withCredentials(username, password)
          .post("/v1/Workspaces", "FriendlyName", "W");
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      assertThat(created.string("account_sid")).isEqualTo(account);
      assertThat(server.accountSid()).as("the first account is the default").isEqualTo(FIRST);
    }
  }

  @Test
  void anotherAccountsTokenIsRefused() {
    try (TaskRouterLocal server = server()) {
      for (String[] wrong : new String[][] {{FIRST, "second-token"}, {SECOND, "first-token"},
          {KEY_OF_SECOND, "second-token"}}) {
        Reply reply = ApiClient.of(server.baseUrl()).withCredentials(wrong[0], wrong[1]).get("/v1/Workspaces");
        assertThat(reply.status()).as(String.join(" / ", wrong)).isEqualTo(401);
        assertThat(reply.number("status")).isEqualTo(401);
      }
    }
  }

  @Test
  void inAcceptAnyModeAnAccountSidActsAsItselfAndAnyOtherUsernameAsTheDefault() {
    try (TaskRouterLocal server = TaskRouterLocal.builder().accountSid(SECOND).start()) {
      ApiClient api = ApiClient.of(server.baseUrl());
      assertThat(api.withCredentials(FIRST, "x").post("/v1/Workspaces", "FriendlyName", "A").string("account_sid"))
          .isEqualTo(FIRST);
      assertThat(api.withCredentials("someone", "x").post("/v1/Workspaces", "FriendlyName", "B")
          .string("account_sid")).isEqualTo(SECOND);
    }
  }

  @Test
  void aKeyMustBeBoundToAnAccountSid() {
    assertThatThrownBy(() -> TaskRouterLocal.builder().apiKey(KEY_OF_SECOND, "s", "WS" + "0".repeat(32)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accountSid");
  }
}
