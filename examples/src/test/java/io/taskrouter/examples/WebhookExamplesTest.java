package io.taskrouter.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.taskrouter.sdk.webhook.AssignmentCallback;
import io.taskrouter.sdk.webhook.FormParameters;
import io.taskrouter.sdk.webhook.WebhookValidator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The README's webhook examples, run: a signed callback over real HTTP, and a token minted. */
class WebhookExamplesTest {
  private static final String TOKEN = "example-auth-token";
  private static final String PUBLIC = "https://hooks.example.com";
  private static final String BUSY = "WA0123456789abcdef0123456789abcdef";

  private HttpServer server;
  private URI endpoint;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/assignment", WebhookExamples.assignmentHandler(TOKEN, PUBLIC, BUSY));
    server.start();
    endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/assignment?workflow=sales");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private HttpResponse<String> post(String body, @Nullable String signature) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      request.header(WebhookValidator.SIGNATURE_HEADER, signature);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Signed for the public URL: what the service does when the app sits behind a proxy. */
  private static String signed(String body) {
    return WebhookValidator.forAuthToken(TOKEN)
        .signatureOf(PUBLIC + "/assignment?workflow=sales", FormParameters.parse(body));
  }

  @Test
  void aSignedCallbackIsAnsweredWithTheInstruction() throws Exception {
    String gold = "TaskSid=WT1&TaskAttributes=%7B%22customer_value%22%3A%22gold%22%7D";
    String silver = "TaskSid=WT2&TaskAttributes=%7B%22customer_value%22%3A%22silver%22%7D";

    HttpResponse<String> accepted = post(gold, signed(gold));
    HttpResponse<String> rejected = post(silver, signed(silver));

    assertThat(accepted.statusCode()).isEqualTo(200);
    assertThat(accepted.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(accepted.body()).isEqualTo("{\"instruction\":\"accept\"}");
    assertThat(rejected.body()).isEqualTo("{\"instruction\":\"reject\",\"activity_sid\":\"" + BUSY + "\"}");
  }

  @Test
  void unsignedOrTamperedCallbacksAreRefused() throws Exception {
    String gold = "TaskSid=WT1&TaskAttributes=%7B%22customer_value%22%3A%22gold%22%7D";

    assertThat(post(gold, null).statusCode()).isEqualTo(403);
    assertThat(post(gold.replace("WT1", "WT9"), signed(gold)).statusCode()).isEqualTo(403);
  }

  @Test
  void aCallIsDequeuedToTheWorker() {
    String call = "TaskAttributes=%7B%22call_sid%22%3A%22CA1%22%7D";

    assertThat(WebhookExamples.decide(AssignmentCallback.fromBody(call), BUSY).toJson())
        .isEqualTo("{\"instruction\":\"dequeue\",\"from\":\"+15558675310\",\"post_work_activity_sid\":\"" + BUSY
            + "\",\"timeout\":20}");
  }

  @Test
  void theTokenNamesTheWorkerItWasMintedFor() {
    String jwt = WebhookExamples.workerToken("AC" + "0".repeat(32), "SK" + "1".repeat(32), "secret",
        "WS" + "2".repeat(32), "WK" + "3".repeat(32));

    String claims = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    assertThat(claims).contains("\"worker_sid\":\"WK" + "3".repeat(32) + "\"").contains("\"identity\":\"jamie@example.com\"");
  }
}
