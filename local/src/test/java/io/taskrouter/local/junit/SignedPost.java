package io.taskrouter.local.junit;

import io.taskrouter.sdk.webhook.FormParameters;
import io.taskrouter.sdk.webhook.WebhookValidator;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** Posts a callback to the receiver directly, signed as the server signs: what the outbox will do. */
final class SignedPost {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private SignedPost() {}

  static HttpResponse<String> post(String url, Map<String, String> params, String signingToken, Duration timeout)
      throws IOException, InterruptedException {
    String signature = WebhookValidator.forAuthToken(signingToken).signatureOf(url, FormParameters.of(params));
    String body = params.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .timeout(timeout)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header(WebhookValidator.SIGNATURE_HEADER, signature)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String url, Map<String, String> params, String signingToken)
      throws IOException, InterruptedException {
    return post(url, params, signingToken, TaskRouterLocalHandle.DEFAULT_AWAIT);
  }

  /** The parameters of an assignment callback for a task with these attributes. */
  static Map<String, String> assignment(String reservationSid, String taskAttributes) {
    return Map.of(
        "AccountSid", "AC00000000000000000000000000000000",
        "WorkspaceSid", "WS00000000000000000000000000000001",
        "TaskSid", "WT00000000000000000000000000000001",
        "ReservationSid", reservationSid,
        "WorkerSid", "WK00000000000000000000000000000001",
        "TaskAttributes", taskAttributes,
        "WorkerAttributes", "{\"skills\":[\"support\"]}");
  }
}
