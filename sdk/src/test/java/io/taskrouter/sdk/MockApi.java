package io.taskrouter.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the SDK's wire tests: a MockWebServer, a client pointed at it, and helpers to read what
 * the client sent (request line, decoded form and query, headers).
 */
abstract class MockApi {
  static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
  static final String AUTH_TOKEN = "s3cr3t-auth-token-value";
  static final String EXPECTED_AUTHORIZATION =
      "Basic " + java.util.Base64.getEncoder().encodeToString(
          (ACCOUNT_SID + ":" + AUTH_TOKEN).getBytes(StandardCharsets.UTF_8));

  static final String WS = "WS0123456789abcdef0123456789abcdef";
  static final String WT = "WT0123456789abcdef0123456789abcdef";
  static final String WK = "WK0123456789abcdef0123456789abcdef";
  static final String WQ = "WQ0123456789abcdef0123456789abcdef";
  static final String WW = "WW0123456789abcdef0123456789abcdef";
  static final String WA = "WA0123456789abcdef0123456789abcdef";
  static final String WR = "WR0123456789abcdef0123456789abcdef";
  static final String EV = "EV0123456789abcdef0123456789abcdef";
  static final String TC = "TC0123456789abcdef0123456789abcdef";
  static final String WC = "WC0123456789abcdef0123456789abcdef";

  protected MockWebServer server;
  protected TaskRouter client;

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.start();
    client = newClient(RetryPolicy.none());
  }

  @AfterEach
  void stopServer() throws IOException {
    client.close();
    server.shutdown();
  }

  TaskRouter newClient(RetryPolicy retryPolicy) {
    return TaskRouter.builder()
        .credentials(ACCOUNT_SID, AUTH_TOKEN)
        .baseUrl(server.url("/").toString())
        .retryPolicy(retryPolicy)
        .build();
  }

  /** Queues a JSON answer. */
  void respond(int status, String json) {
    server.enqueue(new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "application/json; charset=utf-8").setBody(json));
  }

  /** Queues a JSON answer with an ETag header. */
  void respondWithETag(int status, String json, String etag) {
    server.enqueue(new MockResponse().setResponseCode(status).setHeader("ETag", etag)
        .setHeader("Content-Type", "application/json; charset=utf-8").setBody(json));
  }

  /** Queues an empty 204. */
  void respondNoContent() {
    server.enqueue(new MockResponse().setResponseCode(204));
  }

  /** The next request the server received; fails the test when none came. */
  RecordedRequest take() {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request).as("a request reached the server").isNotNull();
      return request;
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  /** Asserts the request line (method and path, without query) and the credentials. */
  static void assertRequest(RecordedRequest request, String method, String path) {
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(request.getRequestUrl().encodedPath()).isEqualTo(path);
    assertThat(request.getHeader("Authorization")).isEqualTo(EXPECTED_AUTHORIZATION);
    assertThat(request.getHeader("User-Agent")).startsWith("taskrouter-java/");
  }

  /** The form body as name -> values, in order; asserts the content type. */
  static Map<String, List<String>> form(RecordedRequest request) {
    assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    return decode(request.getBody().readUtf8());
  }

  /** The query string as name -> values, in order. */
  static Map<String, List<String>> query(RecordedRequest request) {
    HttpUrl url = request.getRequestUrl();
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String name : url.queryParameterNames()) {
      out.put(name, url.queryParameterValues(name));
    }
    return out;
  }

  static Map<String, List<String>> decode(String body) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (body.isEmpty()) {
      return out;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return out;
  }

  /** A JSON file of src/test/resources/fixtures. */
  static String fixture(String name) {
    try (InputStream in = MockApi.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
