package io.taskrouter.examples;

import com.sun.net.httpserver.HttpHandler;
import io.taskrouter.sdk.token.WorkerToken;
import io.taskrouter.sdk.webhook.AssignmentCallback;
import io.taskrouter.sdk.webhook.AssignmentInstruction;
import io.taskrouter.sdk.webhook.FormParameters;
import io.taskrouter.sdk.webhook.WebhookValidator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The README's examples of webhooks and worker tokens, compiled by the build and run by its
 * tests; the README shows the blocks between the {@code README:} markers.
 */
public final class WebhookExamples {
  private WebhookExamples() {}

  /**
   * An assignment callback endpoint for the JDK's HTTP server, behind a proxy whose public URL
   * is {@code publicBaseUrl}: refuses what the service did not sign, answers the rest.
   */
  static HttpHandler assignmentHandler(String authToken, String publicBaseUrl, String busyActivitySid) {
    // README:webhook-handler
    WebhookValidator validator = WebhookValidator.forAuthToken(authToken).withPublicUrl(publicBaseUrl);

    HttpHandler assignments = exchange -> {
      FormParameters params = FormParameters.parse(
          new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      String signature = exchange.getRequestHeaders().getFirst(WebhookValidator.SIGNATURE_HEADER);
      if (!validator.isValid(exchange.getRequestURI().toString(), params, signature)) {
        exchange.sendResponseHeaders(403, -1);            // not from TaskRouter
        exchange.close();
        return;
      }
      AssignmentInstruction answer = decide(AssignmentCallback.from(params), busyActivitySid);
      byte[] json = answer.toJson().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", AssignmentInstruction.CONTENT_TYPE);
      exchange.sendResponseHeaders(200, json.length);
      exchange.getResponseBody().write(json);
      exchange.close();
    };
    // README:end
    return assignments;
  }

  /** Accepts gold tickets, connects calls, and turns the rest down. */
  static AssignmentInstruction decide(AssignmentCallback callback, String busyActivitySid) {
    // README:webhook-instruction
    Map<String, Object> task = callback.getTaskAttributesAsMap();
    if ("gold".equals(task.get("customer_value"))) {
      return AssignmentInstruction.accept();                            // {"instruction":"accept"}
    }
    if (task.containsKey("call_sid")) {
      return AssignmentInstruction.dequeue(d -> d
          .from("+15558675310")
          .postWorkActivitySid(busyActivitySid)
          .timeout(20));
    }
    return AssignmentInstruction.reject(busyActivitySid);               // worker moved to Busy
    // README:end
  }

  /** A token for the worker JavaScript SDK in Jamie's browser. */
  static String workerToken(String accountSid, String apiKeySid, String apiKeySecret, String workspaceSid,
      String workerSid) {
    // README:worker-token
    WorkerToken tokens = WorkerToken.builder(accountSid, apiKeySid, apiKeySecret)
        .workspaceSid(workspaceSid)
        .ttl(Duration.ofHours(8))                // at most 24 hours
        .build();                                // thread-safe: make one and share it

    String jwt = tokens.mint(workerSid, "jamie@example.com");
    // README:end
    return jwt;
  }
}
