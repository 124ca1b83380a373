package io.taskrouter.local.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.taskrouter.local.api.ApiException;
import io.taskrouter.local.api.ApiRequest;
import io.taskrouter.local.api.ApiResponse;
import io.taskrouter.local.api.Call;
import io.taskrouter.local.api.Params;
import io.taskrouter.local.api.Registry;
import io.taskrouter.local.engine.Caller;
import io.taskrouter.local.engine.Engine;
import io.taskrouter.local.json.Json;
import io.taskrouter.local.render.Fields;
import io.taskrouter.local.render.Representations;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP side of every request: read the body (within the size limit), authenticate, route,
 * decode parameters, hand the call to the engine, write the JSON answer. Any refusal on the way
 * becomes the API's error body; nothing here touches state.
 */
final class RequestHandler implements HttpHandler {
  private static final System.Logger LOG = System.getLogger(RequestHandler.class.getName());
  private static final String FORM = "application/x-www-form-urlencoded";
  /** How much of an oversized body is read before giving up on the connection. */
  private static final long DRAIN_LIMIT = 32L * 1024 * 1024;

  private final Authenticator authenticator;
  private final RouteTable routes;
  private final Engine engine;
  private final Representations render;
  private final int maxBodyBytes;

  RequestHandler(Authenticator authenticator, RouteTable routes, Engine engine, Representations render, int maxBodyBytes) {
    this.authenticator = authenticator;
    this.routes = routes;
    this.engine = engine;
    this.render = render;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      ApiResponse response;
      try {
        response = process(exchange);
      } catch (ApiException e) {
        response = error(e);
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.ERROR, "request failed: " + exchange.getRequestMethod() + " "
            + exchange.getRequestURI().getRawPath(), e);
        response = error(ApiException.internal("Internal error: " + e.getClass().getSimpleName()));
      }
      write(exchange, response);
    }
  }

  private ApiResponse process(HttpExchange exchange) throws IOException {
    byte[] body = readBody(exchange);
    String accountSid = authenticator.check(exchange.getRequestHeaders().getFirst("Authorization"),
        render.accountSid());
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    String path = exchange.getRequestURI().getRawPath();
    RouteTable.Match match = routes.match(method, path);
    RouteTable.Route route = match.route();
    if (route == null) {
      if (match.allowedMethods().isEmpty()) {
        throw ApiException.notFound("The requested resource " + path + " was not found");
      }
      ApiResponse refusal = error(ApiException.methodNotAllowed("Method " + method + " is not allowed on " + path
          + "; allowed: " + String.join(", ", match.allowedMethods())));
      return withHeader(refusal, "Allow", String.join(", ", match.allowedMethods()));
    }
    Params query = Params.query(decode(exchange.getRequestURI().getRawQuery(), "query string"));
    Params form = method.equals("POST") && route.body() == Registry.Body.FORM ? form(exchange, body) : Params.empty();
    ApiRequest request = new ApiRequest(method, path.endsWith("/") && path.length() > 1
        ? path.substring(0, path.length() - 1) : path, match.pathParams(), query, form, headers(exchange), body,
        exchange.getRemoteAddress() == null ? null : exchange.getRemoteAddress().getAddress().getHostAddress());
    return engine.execute(new Caller(accountSid, request.remoteAddress()),
        store -> route.handler().handle(new Call(request, store, render)));
  }

  /**
   * The body, refused with 413 past the limit. An oversized body is still read (and thrown away, up
   * to {@link #DRAIN_LIMIT}) so that the client finishes sending and reads the 413 instead of
   * failing on a reset connection.
   */
  private byte[] readBody(HttpExchange exchange) throws IOException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      try {
        Long.parseLong(declared.trim());
      } catch (NumberFormatException e) {
        throw ApiException.badRequest("Invalid Content-Length header");
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long total = 0;
    try (InputStream in = exchange.getRequestBody()) {
      byte[] buffer = new byte[8192];
      int read;
      while ((read = in.read(buffer)) != -1 && total <= DRAIN_LIMIT) {
        total += read;
        if (total <= maxBodyBytes) {
          out.write(buffer, 0, read);
        }
      }
    }
    if (total > maxBodyBytes) {
      throw tooLarge();
    }
    return out.toByteArray();
  }

  private ApiException tooLarge() {
    return ApiException.payloadTooLarge("Request body too large: the limit is " + maxBodyBytes + " bytes");
  }

  private static Params form(HttpExchange exchange, byte[] body) {
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (body.length > 0 && (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).trim().startsWith(FORM))) {
      throw ApiException.badRequest("Unsupported Content-Type " + contentType + ": send the parameters as " + FORM);
    }
    try {
      return Params.form(FormDecoder.decode(body));
    } catch (FormDecoder.MalformedFormException e) {
      throw ApiException.badRequest("Malformed form body: " + e.getMessage());
    }
  }

  private static Map<String, List<String>> decode(@Nullable String rawQuery, String what) {
    try {
      return rawQuery == null ? Map.of() : FormDecoder.decode(rawQuery);
    } catch (FormDecoder.MalformedFormException e) {
      throw ApiException.badRequest("Malformed " + what + ": " + e.getMessage());
    }
  }

  private static Map<String, String> headers(HttpExchange exchange) {
    Map<String, String> headers = new HashMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> {
      if (!values.isEmpty()) {
        headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
      }
    });
    return headers;
  }

  private static ApiResponse error(ApiException e) {
    ApiResponse response = new ApiResponse(e.status(), new Fields()
        .put("code", e.code())
        .put("message", e.getMessage())
        .put("more_info", e.moreInfo())
        .put("status", e.status())
        .map(), Map.of());
    return e.status() == 401 ? withHeader(response, "WWW-Authenticate", "Basic realm=\"TaskRouter API\"") : response;
  }

  private static ApiResponse withHeader(ApiResponse response, String name, String value) {
    Map<String, String> headers = new HashMap<>(response.headers());
    headers.put(name, value);
    return new ApiResponse(response.status(), response.body(), headers);
  }

  private static void write(HttpExchange exchange, ApiResponse response) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    response.headers().forEach(headers::set);
    // HEAD is answered (405: no operation uses it) but, by HTTP's rules, without a body.
    if (response.body() == null || exchange.getRequestMethod().equalsIgnoreCase("HEAD")) {
      exchange.sendResponseHeaders(response.status(), -1);
      return;
    }
    byte[] bytes = Json.write(response.body()).getBytes(StandardCharsets.UTF_8);
    headers.set("Content-Type", "application/json");
    exchange.sendResponseHeaders(response.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
