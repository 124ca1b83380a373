package io.taskrouter.local.callback;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.TaskRouterLocal;
import io.taskrouter.sdk.RetryPolicy;
import io.taskrouter.sdk.TaskRouter;
import io.taskrouter.sdk.webhook.AssignmentInstruction;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which secret a callback is signed with, per way of configuring the server: the configured auth
 * token; in accept-any mode the token the account authenticates with; for an account reached only
 * through an API key, that key's secret.
 */
class CallbackSigningTest {
  private static final String ACCOUNT = TaskRouterLocal.DEFAULT_ACCOUNT_SID;
  private static final String KEY = "SK" + "fedcba9876543210".repeat(2);

  static Stream<Arguments> configurations() {
    Consumer<TaskRouter.Builder> asAccount = c -> c.credentials(ACCOUNT, "token-of-the-account");
    return Stream.of(
        Arguments.of("configured auth token",
            (Consumer<TaskRouterLocal.Builder>) b -> b.credentials(ACCOUNT, "token-of-the-account"), asAccount,
            "token-of-the-account"),
        Arguments.of("accept-any: the token presented",
            (Consumer<TaskRouterLocal.Builder>) b -> {}, asAccount, "token-of-the-account"),
        Arguments.of("accept-any: an API key's secret when no token was presented",
            (Consumer<TaskRouterLocal.Builder>) b -> {},
            (Consumer<TaskRouter.Builder>) c -> c.apiKey(KEY, "secret-of-the-key"), "secret-of-the-key"),
        Arguments.of("API key only: its secret",
            (Consumer<TaskRouterLocal.Builder>) b -> b.apiKey(KEY, "secret-of-the-key"),
            (Consumer<TaskRouter.Builder>) c -> c.apiKey(KEY, "secret-of-the-key"), "secret-of-the-key"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configurations")
  void theCallbackIsSignedWithTheAccountsSecret(String name, Consumer<TaskRouterLocal.Builder> server,
      Consumer<TaskRouter.Builder> credentials, String secret) throws Exception {
    TaskRouterLocal.Builder builder = TaskRouterLocal.builder();
    server.accept(builder);
    try (TaskRouterLocal local = builder.start(); Receiver receiver = Receiver.start()) {
      TaskRouter.Builder clientBuilder = TaskRouter.builder().baseUrl(local.baseUrl()).retryPolicy(RetryPolicy.none());
      credentials.accept(clientBuilder);
      try (TaskRouter client = clientBuilder.build()) {
        receiver.on(CallbackStory.ASSIGN, r -> CallbackStory.reply(AssignmentInstruction.accept()));
        CallbackStory s = new CallbackStory(client, CallbackStory.Urls.assignment(receiver));
        String jamie = s.worker("Jamie");
        s.task("{}");
        s.makeAvailable(jamie);
        local.awaitCallbacks(Duration.ofSeconds(30));

        assertThat(CallbackStory.signed(receiver, CallbackStory.ASSIGN, secret)).hasSize(1);
      }
    }
  }
}
