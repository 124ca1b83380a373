package io.taskrouter.examples.quickstart;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.taskrouter.sdk.webhook.AssignmentCallback;
import io.taskrouter.sdk.webhook.AssignmentInstruction;
import io.taskrouter.sdk.webhook.FormParameters;
import io.taskrouter.sdk.webhook.WebhookValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * The assignment-callback endpoint of the story: a small HTTP server on this machine that checks
 * each callback's {@code X-Twilio-Signature}, reads it with the SDK's webhook helpers and answers
 * with an instruction ({@code accept}, or {@code reject} moving the worker to a coffee break).
 */
final class CallbackDesk implements ReservationDesk {
  static {
    // The JDK server writes headers and body separately; with Nagle's algorithm on, each answer then
    // waits for the client's delayed ACK (about 40 ms). It reads this property once, at first use.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private static final String PATH = "/assignment";

  private final HttpServer server;
  private final WebhookValidator validator;
  private final String callbackUrl;
  private final Map<String, String> workerNames;
  private final List<Offer> offers = new CopyOnWriteArrayList<>();
  private volatile @Nullable Decisions decisions;
  private volatile int refused;

  /**
   * @param port the port to listen on, 0 for any
   * @param publicBaseUrl the base URL TaskRouter reaches this endpoint through when it is not this
   *     machine (the real service calling through a tunnel or proxy forwarding to {@code port});
   *     null to use the local address
   * @param workerNames worker SID to name, filled in as the story creates workers
   */
  CallbackDesk(String authToken, int port, @Nullable String publicBaseUrl, Map<String, String> workerNames) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen for assignment callbacks on 127.0.0.1:" + port, e);
    }
    String base = publicBaseUrl == null
        ? "http://127.0.0.1:" + server.getAddress().getPort()
        : publicBaseUrl.replaceAll("/+$", "");
    this.callbackUrl = base + PATH;
    // The request line holds only the path; the signature covers the URL TaskRouter called.
    this.validator = WebhookValidator.forAuthToken(authToken).withPublicUrl(base);
    this.workerNames = workerNames;
    server.createContext(PATH, this::handle);
    server.start();
  }

  void decideWith(Decisions policy) {
    this.decisions = policy;
  }

  @Override
  public String callbackUrl() {
    return callbackUrl;
  }

  @Override
  public String describe() {
    return "assignment callbacks to " + callbackUrl + " (signatures checked, answered with instructions)";
  }

  @Override
  public void answerPending(String workspaceSid, String taskSid) {
    // The service calls us: nothing to poll.
  }

  @Override
  public List<Offer> offers() {
    return new ArrayList<>(offers);
  }

  /** Callbacks refused because their signature did not match. */
  int refusedCallbacks() {
    return refused;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      FormParameters params = FormParameters.parse(
          new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      String signature = exchange.getRequestHeaders().getFirst(WebhookValidator.SIGNATURE_HEADER);
      Decisions policy = decisions;
      if (policy == null || !validator.isValid(exchange.getRequestURI().toString(), params, signature)) {
        refused++;
        exchange.sendResponseHeaders(403, -1);
        return;
      }
      AssignmentCallback callback = AssignmentCallback.from(params);
      String taskSid = callback.getTaskSid();
      String workerSid = callback.getWorkerSid();
      AssignmentInstruction answer = policy.decide(taskSid, callback.getTaskQueueSid());
      offers.add(new Offer(callback.getReservationSid(), taskSid, workerSid,
          workerNames.getOrDefault(workerSid, workerSid), answer.toJson()));
      byte[] json = answer.toJson().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", AssignmentInstruction.CONTENT_TYPE);
      exchange.sendResponseHeaders(200, json.length);
      exchange.getResponseBody().write(json);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
