package io.taskrouter.local.callback;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One signed form POST and its answer, on the calling (delivery) thread, within a deadline that
 * covers connecting, the headers and the body. Redirects are not followed (a redirect would leave
 * the allowed hosts); the answer's body is read up to a size limit.
 */
final class CallbackPoster implements AutoCloseable {
  private static final String FORM_UTF8 = "application/x-www-form-urlencoded; charset=UTF-8";

  private final Http1Client client = new Http1Client();
  private final long connectNanos;
  private final String userAgent;
  private final int maxAnswerBytes;

  CallbackPoster(Duration connectTimeout, String userAgent, int maxAnswerBytes) {
    this.connectNanos = connectTimeout.toNanos();
    this.userAgent = userAgent;
    this.maxAnswerBytes = maxAnswerBytes;
  }

  /** A receiver's status and body text (UTF-8). */
  record Reply(int status, String body) {}

  /** Why a POST got no answer; its message never holds the signing key or the URL's credentials. */
  static final class DeliveryFailure extends Exception {
    private static final long serialVersionUID = 1L;

    DeliveryFailure(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * @param url the URL as configured: what is signed
   * @param readBody whether the answer's body matters (else it is read and dropped)
   * @throws InterruptedException when the outbox is closing
   */
  Reply post(URI uri, String url, FormParams params, SigningKey key, Duration timeout, boolean readBody)
      throws DeliveryFailure, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Http1Client.Endpoint endpoint;
    try {
      endpoint = Http1Client.Endpoint.of(uri);
    } catch (IllegalArgumentException e) {
      throw new DeliveryFailure("the HTTP client cannot use this URL");
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    String host = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    String head = "POST " + target + " HTTP/1.1\r\n"
        + "Host: " + host + "\r\n"
        + "User-Agent: " + userAgent + "\r\n"
        + "Content-Type: " + FORM_UTF8 + "\r\n"
        + WebhookSignature.HEADER + ": " + WebhookSignature.sign(key, url, params) + "\r\n";
    byte[] body = params.encoded().getBytes(StandardCharsets.UTF_8);
    try {
      Http1Client.Answer answer = client.post(endpoint, head, body, deadline, connectNanos,
          readBody ? maxAnswerBytes : -1);
      return new Reply(answer.status(), new String(answer.body(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new DeliveryFailure(reason(e, timeout));
    }
  }

  /** Aborts the exchanges in progress (their threads see an {@link InterruptedException}). */
  @Override
  public void close() {
    client.close();
  }

  private static String reason(IOException e, Duration timeout) {
    if (e instanceof Http1Client.ConnectFailed) {
      Throwable cause = e.getCause();
      if (cause instanceof SocketTimeoutException) {
        return "could not connect within " + timeout.toMillis() + " ms";
      }
      if (cause instanceof ConnectException) {
        return "connection refused";
      }
      return describe(cause == null ? e : cause);
    }
    if (e instanceof SocketTimeoutException) {
      return "no answer within " + timeout.toMillis() + " ms";
    }
    if (e instanceof Http1Client.TooLarge) {
      return e.getMessage();
    }
    return describe(e);
  }

  private static String describe(Throwable e) {
    return "I/O error (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
  }
}
