package io.taskrouter.local.sdk;

import io.taskrouter.sdk.RetryPolicy;
import io.taskrouter.sdk.TaskRouter;
import java.time.Duration;
import okhttp3.Interceptor;

/** SDK clients for the tests: real HTTP to a local server, every response checked and recorded. */
final class SdkClients {
  private SdkClients() {}

  /**
   * A client whose OkHttp client validates every response against the spec ({@code contract}) and
   * records the operation of every request ({@code recorder}); {@code more} interceptors go below them
   * (nearer the network). No retries: a failure shows as it happened.
   */
  static TaskRouter create(String baseUrl, String accountSid, String token, ContractCheck contract,
      OperationRecorder recorder, Interceptor... more) {
    return TaskRouter.builder()
        .credentials(accountSid, token)
        .baseUrl(baseUrl)
        .retryPolicy(RetryPolicy.none())
        .readTimeout(Duration.ofSeconds(20))
        .customizeHttpClient(http -> {
          http.addInterceptor(recorder);
          http.addInterceptor(contract);
          for (Interceptor interceptor : more) {
            http.addInterceptor(interceptor);
          }
        })
        .build();
  }
}
