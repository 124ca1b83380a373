package io.taskrouter.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ErrorMappingTest extends MockApi {

  private static String apiError(int status, int code, String message) {
    return "{\"code\":" + code + ",\"message\":\"" + message + "\",\"more_info\":\"https://www.twilio.com/docs/errors/"
        + code + "\",\"status\":" + status + "}";
  }

  @ParameterizedTest
  @CsvSource({
      "400, 20001, BadRequestException",
      "401, 20003, AuthenticationException",
      "403, 20403, ForbiddenException",
      "404, 20404, NotFoundException",
      "412, 20412, PreconditionFailedException",
      "429, 20429, RateLimitException",
      "500, 20500, ServerException",
      "503, 20503, ServerException",
      "409, 20409, ApiException"})
  void jsonErrorsBecomeTypedExceptionsWithTheApisFields(int status, int code, String type) {
    server.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
        .setHeader("Twilio-Request-Id", "RQ123").setBody(apiError(status, code, "Something about WT")));

    ApiException error = catchThrowableOfType(ApiException.class, () -> client.workspace(WS).tasks().fetch(WT));

    assertThat(error.getClass().getSimpleName()).isEqualTo(type);
    assertThat(error.status()).isEqualTo(status);
    assertThat(error.code()).isEqualTo(code);
    assertThat(error.apiMessage()).isEqualTo("Something about WT");
    assertThat(error.moreInfo()).isEqualTo("https://www.twilio.com/docs/errors/" + code);
    assertThat(error.requestId()).isEqualTo("RQ123");
    assertThat(error.operation()).startsWith("FetchTask GET http://").endsWith("/v1/Workspaces/" + WS + "/Tasks/" + WT);
    assertThat(error.getMessage()).contains("HTTP " + status).contains("code " + code).contains("Something about WT");
    assertThat(error.isRetryable()).isEqualTo(status == 429 || status >= 500);
  }

  @ParameterizedTest
  @CsvSource({"400", "401", "404", "412", "429", "500"})
  void anErrorWithoutBodyKeepsItsStatus(int status) {
    server.enqueue(new MockResponse().setResponseCode(status));

    ApiException error = catchThrowableOfType(ApiException.class, () -> client.workspace(WS).tasks().fetch(WT));

    assertThat(error.status()).isEqualTo(status);
    assertThat(error.code()).isNull();
    assertThat(error.moreInfo()).isNull();
    assertThat(error.getMessage()).contains("HTTP " + status).contains("no error body");
  }

  @Test
  void anHtmlErrorPageKeepsTheStatusAndAShortExcerptWithoutMarkup() {
    server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
        .setBody("<html><head><style>body{}</style></head><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>"));

    ApiException error = catchThrowableOfType(ApiException.class, () -> client.workspace(WS).tasks().fetch(WT));

    assertThat(error).isInstanceOf(ServerException.class);
    assertThat(error.status()).isEqualTo(502);
    assertThat(error.code()).isNull();
    assertThat(error.apiMessage()).contains("502 Bad Gateway nginx").doesNotContain("<").doesNotContain("body{}");
  }

  @Test
  void aJsonBodyThatIsNotTheApisErrorIsTreatedAsText() {
    server.enqueue(new MockResponse().setResponseCode(500).setHeader("Content-Type", "application/json")
        .setBody("{\"unexpected\": true}"));

    ApiException error = catchThrowableOfType(ApiException.class, () -> client.workspaces().fetch(WS));

    assertThat(error.status()).isEqualTo(500);
    assertThat(error.code()).isNull();
    assertThat(error.apiMessage()).contains("HTTP 500").contains("unexpected");
  }

  @Test
  void asyncCallsFailWithTheSameTypedException() {
    respond(404, apiError(404, 20404, "The requested resource was not found"));

    assertThatThrownBy(() -> client.workspace(WS).tasks().fetchAsync(WT).get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause().isInstanceOf(NotFoundException.class)
        .hasMessageContaining("code 20404");
  }

  @Test
  void aConnectionThatDiesIsATransportFailureNotAnApiError() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));

    TransportException error = catchThrowableOfType(TransportException.class, () -> client.workspaces().fetch(WS));

    assertThat(error.operation()).startsWith("FetchWorkspace GET ");
    assertThat(error.getCause()).isInstanceOf(java.io.IOException.class);
  }

  @Test
  void joinOfAFailedFutureCarriesTheApiException() {
    respond(401, apiError(401, 20003, "Authenticate"));

    assertThatThrownBy(() -> client.workspaces().fetchAsync(WS).join())
        .isInstanceOf(CompletionException.class)
        .cause().isInstanceOf(AuthenticationException.class);
  }
}
