package io.taskrouter.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.taskrouter.local.junit.TaskRouterLocalExtension;
import io.taskrouter.sdk.ApiException;
import io.taskrouter.sdk.AuthenticationException;
import io.taskrouter.sdk.TaskRouter;
import io.taskrouter.sdk.model.Workspace;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A server started with credentials accepts only those. */
class AuthenticationThroughSdkTest {
  private static final String ACCOUNT_SID = "AC" + "5f".repeat(16);
  private static final String AUTH_TOKEN = "s3cret-token";
  private static final String API_KEY_SID = "SK" + "3c".repeat(16);
  private static final String API_KEY_SECRET = "key-secret";

  @RegisterExtension
  static final TaskRouterLocalExtension SERVER =
      TaskRouterLocalExtension.configured(b -> b.credentials(ACCOUNT_SID, AUTH_TOKEN)
          .apiKey(API_KEY_SID, API_KEY_SECRET));

  private final ContractCheck contract = new ContractCheck();
  private final OperationRecorder recorder = new OperationRecorder(SpecOperations.load());

  @AfterEach
  void everyResponseMetTheContract() {
    contract.assertNoViolations();
  }

  @Test
  void theRightCredentialsAreAccepted() {
    try (TaskRouter client = client(ACCOUNT_SID, AUTH_TOKEN)) {
      Workspace ws = client.workspaces().create(p -> p.friendlyName("Mine"));
      assertThat(ws.getAccountSid()).isEqualTo(ACCOUNT_SID);
      assertThat(client.workspaces().list().toList()).extracting(Workspace::getSid).containsExactly(ws.getSid());
    }
  }

  @Test
  void aWrongTokenIsRefusedWithAnAuthenticationException() {
    try (TaskRouter wrong = client(ACCOUNT_SID, "wrong-token")) {
      assertRefused(() -> wrong.workspaces().list().toList());
      assertRefused(() -> wrong.workspaces().create(p -> p.friendlyName("Intruder")));
    }
    assertThat(recorder.exchanges()).hasSize(2).allSatisfy(e -> assertThat(e.status()).isEqualTo(401));
    assertThat(contract.validated()).isEqualTo(2);

    try (TaskRouter client = client(ACCOUNT_SID, AUTH_TOKEN)) {
      assertThat(client.workspaces().list().toList()).as("the refused create created nothing").isEmpty();
    }
  }

  @Test
  void anotherAccountSidIsRefusedToo() {
    try (TaskRouter other = client("AC" + "a1".repeat(16), AUTH_TOKEN)) {
      assertRefused(() -> other.workspaces().list().toList());
    }
  }

  @Test
  void anAsynchronousCallWithAWrongTokenFailsItsFuture() {
    try (TaskRouter wrong = client(ACCOUNT_SID, "wrong-token")) {
      assertRefused(() -> wrong.workspaces().listAsync().get(10, TimeUnit.SECONDS));
    }
  }

  @Test
  void anApiKeyOfTheServerIsAcceptedAndAWrongSecretIsNot() {
    try (TaskRouter withKey = keyClient(API_KEY_SECRET)) {
      Workspace ws = withKey.workspaces().create(p -> p.friendlyName("By key"));
      assertThat(ws.getAccountSid()).isEqualTo(ACCOUNT_SID);
    }
    try (TaskRouter wrongSecret = keyClient("not-the-secret")) {
      assertRefused(() -> wrongSecret.workspaces().list().toList());
    }
  }

  private TaskRouter keyClient(String secret) {
    return TaskRouter.builder()
        .apiKey(API_KEY_SID, secret)
        .baseUrl(SERVER.baseUrl())
        .retryPolicy(io.taskrouter.sdk.RetryPolicy.none())
        .customizeHttpClient(http -> http.addInterceptor(recorder).addInterceptor(contract))
        .build();
  }

  private TaskRouter client(String accountSid, String token) {
    return SdkClients.create(SERVER.baseUrl(), accountSid, token, contract, recorder);
  }

  private static void assertRefused(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    if (thrown instanceof CompletionException || thrown instanceof java.util.concurrent.ExecutionException) {
      thrown = thrown.getCause();
    }
    assertThat(thrown).isInstanceOf(AuthenticationException.class);
    ApiException refused = (ApiException) thrown;
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.code()).isEqualTo(20003);
    assertThat(refused.apiMessage()).isNotBlank();
    assertThat(refused.toString()).doesNotContain(AUTH_TOKEN).doesNotContain("wrong-token")
        .doesNotContain("not-the-secret");
  }
}
