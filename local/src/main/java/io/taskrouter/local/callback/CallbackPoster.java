package io.taskrouter.local.callback;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One signed form POST and its answer, on the calling (delivery) thread, within a deadline that
 * covers connecting, the headers and the body. Redirects are not followed (a redirect would leave
 * the allowed hosts); the answer's body is read up to a size limit.
 */
final class CallbackPoster {
  private static final String FORM_UTF8 = "application/x-www-form-urlencoded; charset=UTF-8";

  private final HttpClient client;
  private final String userAgent;
  private final int maxAnswerBytes;

  CallbackPoster(HttpClient client, String userAgent, int maxAnswerBytes) {
    this.client = client;
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
    HttpRequest.Builder builder;
    try {
      builder = HttpRequest.newBuilder(uri);
    } catch (IllegalArgumentException e) {
      throw new DeliveryFailure("the HTTP client cannot use this URL");
    }
    HttpRequest request =
        builder
            .timeout(timeout)
            .header("Content-Type", FORM_UTF8)
            .header("User-Agent", userAgent)
            .header(WebhookSignature.HEADER, WebhookSignature.sign(key, url, params))
            .POST(HttpRequest.BodyPublishers.ofString(params.encoded(), StandardCharsets.UTF_8))
            .build();
    CompletableFuture<HttpResponse<String>> exchange =
        client.sendAsync(request, info -> new LimitedBody(readBody ? maxAnswerBytes : -1));
    try {
      HttpResponse<String> response = exchange.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      return new Reply(response.statusCode(), response.body());
    } catch (TimeoutException e) {
      exchange.cancel(true);
      throw new DeliveryFailure(noAnswerWithin(timeout));
    } catch (InterruptedException e) {
      exchange.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      throw new DeliveryFailure(reason(e.getCause(), timeout));
    }
  }

  private static String reason(Throwable cause, Duration timeout) {
    if (cause instanceof HttpConnectTimeoutException) {
      return "could not connect within " + timeout.toMillis() + " ms";
    }
    if (cause instanceof HttpTimeoutException) {
      return noAnswerWithin(timeout);
    }
    if (cause instanceof ConnectException) {
      return "connection refused";
    }
    if (cause instanceof AnswerTooLarge) {
      return cause.getMessage();
    }
    if (cause instanceof IOException) {
      return "I/O error (" + cause.getClass().getSimpleName()
          + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")";
    }
    return "failed (" + cause.getClass().getSimpleName() + ")";
  }

  private static String noAnswerWithin(Duration timeout) {
    return "no answer within " + timeout.toMillis() + " ms";
  }

  private static final class AnswerTooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    AnswerTooLarge(int limit) {
      super("answer larger than " + limit + " bytes");
    }
  }

  /**
   * Collects the body as UTF-8 text, failing (and cancelling the stream) past the limit; with a
   * negative limit, reads and drops it (an event receiver's body means nothing).
   */
  private static final class LimitedBody implements HttpResponse.BodySubscriber<String> {
    private final int limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<String> body = new CompletableFuture<>();
    private Flow.@org.jspecify.annotations.Nullable Subscription subscription;

    LimitedBody(int limit) {
      this.limit = limit;
    }

    @Override
    public CompletionStage<String> getBody() {
      return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (body.isDone()) {
        return;
      }
      for (ByteBuffer buffer : buffers) {
        if (limit < 0) {
          buffer.position(buffer.limit());
          continue;
        }
        if (bytes.size() + buffer.remaining() > limit) {
          body.completeExceptionally(new AnswerTooLarge(limit));
          Flow.Subscription s = subscription;
          if (s != null) {
            s.cancel();
          }
          return;
        }
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        bytes.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable error) {
      body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      body.complete(bytes.toString(StandardCharsets.UTF_8));
    }
  }
}
