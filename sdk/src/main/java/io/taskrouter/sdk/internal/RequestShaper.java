package io.taskrouter.sdk.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import okhttp3.Call;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;

/**
 * Retrofit's call factory: the one place where a request Retrofit built is completed before OkHttp
 * sends it, in a single rebuild: credentials and User-Agent (for the API's origin only: another
 * host never receives them), the caller's extra headers, and a one-shot POST body.
 *
 * <p>A one-shot body makes OkHttp stop at a POST that may have reached the API instead of sending
 * it again on its own (after a connection failure once sending started, or on a 408): TaskRouter
 * has no idempotency keys. Failures before sending are still recovered by OkHttp.
 *
 * <p>The extra headers of a call come from {@link #withHeaders}: the SDK creates each Retrofit call's
 * OkHttp call inside it, on the calling thread, so no per-call Retrofit or OkHttp client is needed.
 */
public final class RequestShaper implements Call.Factory {
  private static final ThreadLocal<Map<String, String>> EXTRA = new ThreadLocal<>();

  private final OkHttpClient http;
  private final HttpUrl apiOrigin;
  private final String authorization;
  private final String userAgent;

  /**
   * @param http the client that sends
   * @param apiOrigin the base URL of the API
   * @param username an Account SID or an API key SID
   * @param secret the auth token or the API key secret
   * @param userAgent the User-Agent to send
   */
  public RequestShaper(OkHttpClient http, HttpUrl apiOrigin, String username, String secret, String userAgent) {
    this.http = http;
    this.apiOrigin = apiOrigin;
    this.authorization = Credentials.basic(username, secret, StandardCharsets.UTF_8);
    this.userAgent = userAgent;
  }

  /**
   * Runs {@code action} (which makes Retrofit create its OkHttp call) with extra headers for the
   * requests created meanwhile on this thread.
   *
   * @param headers the headers to add
   * @param action what creates the call
   */
  public static void withHeaders(Map<String, String> headers, Runnable action) {
    if (headers.isEmpty()) {
      action.run();
      return;
    }
    Map<String, String> outer = EXTRA.get();
    EXTRA.set(headers);
    try {
      action.run();
    } finally {
      if (outer == null) {
        EXTRA.remove();
      } else {
        EXTRA.set(outer);
      }
    }
  }

  @Override
  public Call newCall(Request request) {
    return http.newCall(shape(request));
  }

  Request shape(Request request) {
    Request.Builder shaped = request.newBuilder();
    if (sameOrigin(request.url(), apiOrigin)) {
      // Retrofit's requests carry none of these (no generated method declares them): added, not replaced.
      shaped.addHeader("Authorization", authorization).addHeader("User-Agent", userAgent)
          .addHeader("Accept", "application/json");
    } else {
      shaped.removeHeader("Authorization");
    }
    Map<String, String> extra = EXTRA.get();
    for (Map.Entry<String, String> header : (extra == null ? Collections.<String, String>emptyMap() : extra)
        .entrySet()) {
      shaped.header(header.getKey(), header.getValue());
    }
    RequestBody body = request.body();
    if ("POST".equals(request.method()) && body != null && !body.isOneShot()) {
      shaped.method("POST", new OneShot(body));
    }
    return shaped.build();
  }

  /**
   * @param url a URL
   * @param origin the API's base URL
   * @return true when both have the same scheme, host and port
   */
  public static boolean sameOrigin(HttpUrl url, HttpUrl origin) {
    return url.port() == origin.port() && url.host().equals(origin.host()) && url.scheme().equals(origin.scheme());
  }

  @Override
  public String toString() {
    return "RequestShaper{" + apiOrigin.host() + ", Authorization=****}";
  }

  private static final class OneShot extends RequestBody {
    private final RequestBody delegate;

    OneShot(RequestBody delegate) {
      this.delegate = delegate;
    }

    @Override
    public @Nullable MediaType contentType() {
      return delegate.contentType();
    }

    @Override
    public long contentLength() throws IOException {
      return delegate.contentLength();
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      delegate.writeTo(sink);
    }

    @Override
    public boolean isOneShot() {
      return true;
    }
  }
}
