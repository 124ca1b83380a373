package io.taskrouter.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.TaskRouterLocal;
import io.taskrouter.local.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests a careless client or an attacker sends, byte for byte over a socket: each is answered
 * (never a hang, never an HTML page) with the API's error body whose status is the HTTP status.
 * One row per case, grouped by family (the first word of the name), with the message fragment
 * that tells the client what was wrong.
 */
class MalformedRequestsTest {
  private static final int MAX_BODY = 1000;
  private static final int MAX_HEADERS = 2048;
  private static final String AUTH = "Authorization: Basic "
      + Base64.getEncoder().encodeToString("AC00000000000000000000000000000000:token".getBytes(StandardCharsets.UTF_8))
      + "\r\n";
  private static final String FORM = "Content-Type: application/x-www-form-urlencoded\r\n";

  private static TaskRouterLocal server;
  private static String workspace;

  @BeforeAll
  static void start() {
    server = TaskRouterLocal.builder().maxBodyBytes(MAX_BODY).maxHeaderBytes(MAX_HEADERS).start();
    RawHttp.Response created = RawHttp.exchange(server.port(), post("/v1/Workspaces", FORM, "FriendlyName=W"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    workspace = (String) Json.parseObject(created.body()).get("sid");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A request (built once the workspace exists), its expected status, and a header it must carry. */
  private record Row(String name, Function<String, byte[]> request, int status, @Nullable String header,
      @Nullable String headerValue, String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Row row(String name, Function<String, String> request, int status, String message) {
    return new Row(name, ws -> request.apply(ws).getBytes(StandardCharsets.ISO_8859_1), status, null, null, message);
  }

  private static Row bytes(String name, Function<String, byte[]> request, int status, String message) {
    return new Row(name, request, status, null, null, message);
  }

  private static Row withHeader(String name, Function<String, String> request, int status, String header,
      String value, String message) {
    return new Row(name, ws -> request.apply(ws).getBytes(StandardCharsets.ISO_8859_1), status, header, value,
        message);
  }

  static Stream<Row> rows() {
    String longPath = "/v1/Workspaces/" + "a".repeat(MAX_HEADERS);
    return Stream.of(
        // Request line
        row("request-line: not HTTP at all", ws -> "HELLO\r\n\r\n", 400, "Malformed request"),
        row("request-line: no version (HTTP/0.9)", ws -> "GET /v1/Workspaces\r\n\r\n", 505, "HTTP/0.9"),
        row("request-line: unknown version", ws -> "GET /v1/Workspaces HTTP/7.1\r\nHost: x\r\n\r\n", 505, "Unknown Version"),
        row("request-line: space in the target", ws -> "GET /v1/Work spaces HTTP/1.1\r\nHost: x\r\n\r\n", 400, "Illegal character"),
        row("request-line: too long", ws -> "GET " + longPath + " HTTP/1.1\r\nHost: x\r\n\r\n", 414, "Request line too long: the limit for the request line and headers is 2048 bytes"),
        // Headers
        row("headers: too large", ws -> "GET /v1/Workspaces HTTP/1.1\r\nHost: x\r\n" + AUTH
            + "X-Filler: " + "f".repeat(MAX_HEADERS) + "\r\n\r\n", 431, "Request headers too large"),
        row("headers: no colon", ws -> "GET /v1/Workspaces HTTP/1.1\r\nHost: x\r\nBroken\r\n\r\n", 400, "Malformed request"),
        row("headers: no Host", ws -> "GET /v1/Workspaces HTTP/1.1\r\n" + AUTH + "\r\n", 400, "No Host"),
        // Framing of the body
        row("content-length: not a number", ws -> "POST /v1/Workspaces HTTP/1.1\r\nHost: x\r\n" + AUTH
            + "Content-Length: ten\r\n\r\n", 400, "Invalid Content-Length"),
        row("content-length: negative", ws -> "POST /v1/Workspaces HTTP/1.1\r\nHost: x\r\n" + AUTH
            + "Content-Length: -1\r\n\r\n", 400, "Invalid Content-Length"),
        row("content-length: two different values", ws -> "POST /v1/Workspaces HTTP/1.1\r\nHost: x\r\n" + AUTH
            + FORM + "Content-Length: 14\r\nContent-Length: 15\r\n\r\nFriendlyName=W", 400, "Multiple Content-Lengths"),
        row("content-length: with Transfer-Encoding", ws -> "POST /v1/Workspaces HTTP/1.1\r\nHost: x\r\n" + AUTH
            + FORM + "Content-Length: 14\r\nTransfer-Encoding: chunked\r\n\r\ne\r\nFriendlyName=W\r\n0\r\n\r\n", 400, "Transfer-Encoding and Content-Length"),
        row("transfer-encoding: not chunked", ws -> "POST /v1/Workspaces HTTP/1.1\r\nHost: x\r\n" + AUTH + FORM
            + "Transfer-Encoding: gzip\r\n\r\n", 400, "chunked not last"),
        row("transfer-encoding: bad chunk size", ws -> "POST /v1/Workspaces HTTP/1.1\r\nHost: x\r\n" + AUTH + FORM
            + "Transfer-Encoding: chunked\r\n\r\nzz\r\nFriendlyName=W\r\n0\r\n\r\n", 400, "Malformed request body"),
        // Path
        row("path: bad percent escape", ws -> get("/v1/Workspaces/WS%zz"), 400, "request target cannot be parsed"),
        row("path: truncated percent escape", ws -> get("/v1/Workspaces/WS%4"), 400, "request target cannot be parsed"),
        row("path: percent-encoded invalid UTF-8", ws -> get("/v1/Workspaces/%C3%28"), 400, "Malformed path: '%C3%28' is not UTF-8"),
        row("path: percent-encoded NUL", ws -> get("/v1/Workspaces/WS%00"), 400, "request target cannot be parsed"),
        row("path: encoded slash", ws -> get("/v1/Workspaces/WS%2F..%2FTasks"), 400, "Malformed request"),
        row("path: encoded dot segment", ws -> get("/v1/Workspaces/%2e%2e/Workspaces"), 400, "Malformed request"),
        row("path: unknown", ws -> get("/v1/Nothing"), 404, "/v1/Nothing was not found"),
        // Query
        row("query: bad percent escape", ws -> get("/v1/Workspaces?PageSize=%zz"), 400, "Malformed query string: bad percent-encoding in '%zz'"),
        row("query: percent-encoded invalid UTF-8", ws -> get("/v1/Workspaces?FriendlyName=%C3%28"), 400, "'%C3%28' is not UTF-8"),
        row("query: trailing NUL", ws -> get("/v1/Workspaces?FriendlyName=W%00"), 400, "parameter FriendlyName contains control character U+0000"),
        // Method
        withHeader("method: lower case is another method", ws -> "get /v1/Workspaces HTTP/1.1\r\nHost: x\r\n" + AUTH
            + "\r\n", 405, "Allow", "GET, POST", "Method get is not allowed"),
        withHeader("method: not on this route", ws -> "PUT /v1/Workspaces HTTP/1.1\r\nHost: x\r\n" + AUTH
            + "Content-Length: 0\r\n\r\n", 405, "Allow", "GET, POST", "Method PUT is not allowed"),
        withHeader("method: unknown", ws -> "BREW /v1/Workspaces/" + ws + " HTTP/1.1\r\nHost: x\r\n" + AUTH + "\r\n",
            405, "Allow", "DELETE, GET, POST", "Method BREW is not allowed"),
        // Body size
        row("body: declared over the limit", ws -> "POST /v1/Workspaces HTTP/1.1\r\nHost: x\r\n" + AUTH + FORM
            + "Content-Length: " + (MAX_BODY + 1) + "\r\n\r\n" + "a".repeat(MAX_BODY + 1), 413, "the limit is 1000 bytes"),
        row("body: chunked over the limit", ws -> "POST /v1/Workspaces HTTP/1.1\r\nHost: x\r\n" + AUTH + FORM
            + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(MAX_BODY + 1) + "\r\n"
            + "a".repeat(MAX_BODY + 1) + "\r\n0\r\n\r\n", 413, "the limit is 1000 bytes"),
        // Content type and encoding
        row("content-type: form type with a suffix", ws -> post("/v1/Workspaces",
            "Content-Type: application/x-www-form-urlencodedx\r\n", "FriendlyName=W"), 400, "Unsupported Content-Type application/x-www-form-urlencodedx"),
        row("content-type: form in another charset", ws -> post("/v1/Workspaces",
            "Content-Type: application/x-www-form-urlencoded; charset=ISO-8859-1\r\n", "FriendlyName=W"), 400, "Unsupported charset"),
        row("content-encoding: gzip", ws -> post("/v1/Workspaces", FORM + "Content-Encoding: gzip\r\n",
            "FriendlyName=W"), 415, "Unsupported Content-Encoding gzip"),
        // Form body
        row("form: bad percent escape", ws -> post("/v1/Workspaces", FORM, "FriendlyName=%G1"), 400, "bad percent-encoding in '%G1'"),
        row("form: percent-encoded invalid UTF-8", ws -> post("/v1/Workspaces", FORM, "FriendlyName=%C3%28"), 400, "'%C3%28' is not UTF-8"),
        bytes("form: raw invalid UTF-8", ws -> concat(post("/v1/Workspaces", FORM, "FriendlyName=AB").replace(
            "FriendlyName=AB", "FriendlyName="), new byte[] {(byte) 0xC3, (byte) 0x28}), 400, "not UTF-8"),
        row("form: trailing NUL", ws -> post("/v1/Workspaces", FORM, "FriendlyName=W%00"), 400, "parameter FriendlyName contains control character U+0000"),
        row("form: control character in a name", ws -> post("/v1/Workspaces", FORM, "Friendly%01Name=W"), 400, "parameter name 'Friendly\\u0001Name'"),
        // JSON body (bulk queue statistics)
        row("json: trailing garbage", ws -> post(bulk(ws), "Content-Type: application/json\r\n",
            "[\"WQ" + "0".repeat(32) + "\"] x"), 400, "The request body must be a JSON object"),
        row("json: unescaped control character", ws -> post(bulk(ws), "Content-Type: application/json\r\n",
            "[\"WQ" + "0".repeat(31) + "\u0001\"]"), 400, "unescaped control character U+0001"),
        row("json: single quotes", ws -> post(bulk(ws), "Content-Type: application/json\r\n",
            "['WQ" + "0".repeat(32) + "']"), 400, "The request body must be a JSON object"),
        // Credentials come before the body: this one is never sent, the 401 does not wait for it.
        row("credentials: wrong scheme, large body pending", ws -> "POST /v1/Workspaces HTTP/1.1\r\nHost: x\r\n"
            + "Authorization: Bearer x\r\n" + FORM + "Content-Length: " + (MAX_BODY - 1) + "\r\n\r\n", 401, "No credentials provided"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void isAnsweredWithTheApiErrorBody(Row row) {
    RawHttp.Response response = RawHttp.exchange(server.port(), row.request().apply(workspace));
    assertThat(response.status()).as(response.toString()).isEqualTo(row.status());
    assertThat(response.header("Content-Type")).as(response.toString()).startsWith("application/json");
    Map<String, Object> body = Json.parseObject(response.body());
    assertThat(body).as(response.body()).containsOnlyKeys("code", "message", "more_info", "status");
    assertThat(((Number) body.get("status")).intValue()).isEqualTo(row.status());
    assertThat(body.get("more_info")).isEqualTo("https://www.twilio.com/docs/errors/"
        + ((Number) body.get("code")).intValue());
    assertThat((String) body.get("message")).contains(row.message());
    if (row.header() != null) {
      assertThat(response.header(row.header())).isEqualTo(row.headerValue());
    }
  }

  /** RFC 9112 lets a server accept a bare LF as a line end; Jetty does, and answers. */
  @Test
  void bareLineFeedsAreAnswered() {
    RawHttp.Response response = RawHttp.exchange(server.port(),
        "GET /v1/Workspaces HTTP/1.1\nHost: x\n" + AUTH.replace("\r", "") + "Connection: close\n\n");
    assertThat(response.status()).isEqualTo(200);
    assertThat(Json.parseObject(response.body())).containsKey("workspaces");
  }

  /** The exact form type with parameters is a form; identity is no encoding at all. */
  @Test
  void aFormWithACharsetParameterAndIdentityEncodingIsAccepted() {
    RawHttp.Response response = RawHttp.exchange(server.port(), post("/v1/Workspaces",
        "Content-Type: Application/X-WWW-Form-URLEncoded; charset=\"UTF-8\"\r\nContent-Encoding: identity\r\n",
        "FriendlyName=%C3%A9t%C3%A9"));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    assertThat(Json.parseObject(response.body())).containsEntry("friendly_name", "\u00e9t\u00e9");
  }

  private static String get(String target) {
    return "GET " + target + " HTTP/1.1\r\nHost: x\r\n" + AUTH + "Connection: close\r\n\r\n";
  }

  private static String post(String target, String headers, String body) {
    return "POST " + target + " HTTP/1.1\r\nHost: x\r\n" + AUTH + headers + "Content-Length: "
        + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body;
  }

  private static String bulk(String ws) {
    return "/v1/Workspaces/" + ws + "/TaskQueues/RealTimeStatistics";
  }

  private static byte[] concat(String head, byte[] tail) {
    byte[] start = head.getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[start.length + tail.length];
    System.arraycopy(start, 0, all, 0, start.length);
    System.arraycopy(tail, 0, all, start.length, tail.length);
    return all;
  }
}
