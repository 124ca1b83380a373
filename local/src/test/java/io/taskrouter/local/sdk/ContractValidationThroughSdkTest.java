package io.taskrouter.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.taskrouter.sdk.NotFoundException;
import io.taskrouter.sdk.TaskRouter;
import io.taskrouter.sdk.WorkspaceScope;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

/** The contract check on the SDK's client sees every response, and a response the spec forbids fails the call. */
class ContractValidationThroughSdkTest extends SdkTest {

  @Test
  void everyResponseTheSdkReceivesIsValidatedAgainstTheSpec() {
    WorkspaceScope ws = fifoWorkspace();
    ws.tasks().create();
    ws.activities().list().toList();
    assertApiError(() -> ws.workers().fetch("WK" + "0".repeat(32)), NotFoundException.class, 404, 20404,
        "was not found");

    assertThat(recorder.exchanges()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(contract.validated()).isEqualTo(recorder.exchanges().size());
  }

  @Test
  void aResponseThatViolatesTheSpecFailsTheCall() {
    // Below the contract check, nearer the network: turns the workspace's SID into one the spec's pattern refuses.
    Interceptor corruptSid = chain -> {
      Response response = chain.proceed(chain.request());
      String body = response.body().string();
      return response.newBuilder()
          .body(ResponseBody.create(body.replace("\"sid\":\"WS", "\"sid\":\"XX"), MediaType.get("application/json")))
          .build();
    };
    try (TaskRouter corrupted = SdkClients.create(SERVER.baseUrl(), SERVER.server().accountSid(), "token", contract,
        recorder, corruptSid)) {
      Throwable thrown = catchThrowable(() -> corrupted.workspaces().create(p -> p.friendlyName("Corrupted")));

      assertThat(thrown).isInstanceOf(AssertionError.class)
          .hasMessageContaining("response violates openapi/taskrouter.yaml: POST /v1/Workspaces -> 201");
    }
    List<AssertionError> violations = contract.takeViolations();
    assertThat(violations).singleElement().satisfies(v -> assertThat(v).hasMessageContaining("sid"));
  }
}
