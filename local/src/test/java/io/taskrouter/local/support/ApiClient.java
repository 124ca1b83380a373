package io.taskrouter.local.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * A plain HTTP client for the server's own tests: form-encoded requests with PascalCase names
 * (pairs of name, value; a repeated name is a list), every response validated against the spec.
 */
public final class ApiClient {
  private static final OkHttpClient SHARED = new OkHttpClient.Builder()
      .addInterceptor(ContractValidator.instance())
      .retryOnConnectionFailure(false)
      .readTimeout(30, TimeUnit.SECONDS)
      .build();

  private final String baseUrl;
  private final @Nullable String authorization;
  private final Map<String, String> headers;

  private ApiClient(String baseUrl, @Nullable String authorization, Map<String, String> headers) {
    this.baseUrl = baseUrl;
    this.authorization = authorization;
    this.headers = headers;
  }

  /** Any credentials: the servers under test accept any unless told otherwise. */
  public static ApiClient of(String baseUrl) {
    return new ApiClient(baseUrl, Credentials.basic("AC00000000000000000000000000000000", "token"), Map.of());
  }

  public ApiClient withCredentials(String username, String password) {
    return new ApiClient(baseUrl, Credentials.basic(username, password), headers);
  }

  public ApiClient withoutCredentials() {
    return new ApiClient(baseUrl, null, headers);
  }

  public ApiClient withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new ApiClient(baseUrl, authorization, copy);
  }

  /** GET with query pairs ({@code name, value, name, value ...}). */
  public Reply get(String pathOrUrl, String... query) {
    HttpUrl.Builder url = url(pathOrUrl).newBuilder();
    for (int i = 0; i < query.length; i += 2) {
      url.addQueryParameter(query[i], query[i + 1]);
    }
    return send(new Request.Builder().url(url.build()).get());
  }

  /** POST a form of pairs ({@code name, value, ...}). */
  public Reply post(String pathOrUrl, String... form) {
    FormBody.Builder body = new FormBody.Builder();
    for (int i = 0; i < form.length; i += 2) {
      body.add(form[i], form[i + 1]);
    }
    return send(new Request.Builder().url(url(pathOrUrl)).post(body.build()));
  }

  public Reply postRaw(String pathOrUrl, String contentType, byte[] body) {
    return send(new Request.Builder().url(url(pathOrUrl)).post(RequestBody.create(body, MediaType.get(contentType))));
  }

  public Reply delete(String pathOrUrl) {
    return send(new Request.Builder().url(url(pathOrUrl)).delete());
  }

  public Reply method(String method, String pathOrUrl) {
    RequestBody body = method.equals("GET") || method.equals("HEAD") || method.equals("DELETE") ? null
        : RequestBody.create(new byte[0], null);
    return send(new Request.Builder().url(url(pathOrUrl)).method(method, body));
  }

  private HttpUrl url(String pathOrUrl) {
    return HttpUrl.get(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
  }

  private Reply send(Request.Builder builder) {
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    headers.forEach(builder::header);
    Request request = builder.build();
    try (Response response = SHARED.newCall(request).execute()) {
      return new Reply(request.method(), request.url().toString(), response.code(), response.headers(),
          response.body() == null ? "" : response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.url(), e);
    }
  }
}
