package io.taskrouter.sdk.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds HTTP Basic credentials and the User-Agent to requests for the configured API host, and only
 * to those: a URL on another host (a redirect, a page link) never receives the credentials.
 */
public final class AuthInterceptor implements Interceptor {
  private final HttpUrl apiOrigin;
  private final String authorization;
  private final String userAgent;

  /**
   * @param apiOrigin the base URL of the API
   * @param username an Account SID or an API key SID
   * @param secret the auth token or the API key secret
   * @param userAgent the User-Agent to send
   */
  public AuthInterceptor(HttpUrl apiOrigin, String username, String secret, String userAgent) {
    this.apiOrigin = apiOrigin;
    this.authorization = Credentials.basic(username, secret, StandardCharsets.UTF_8);
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    HttpUrl url = request.url();
    if (!url.scheme().equals(apiOrigin.scheme()) || !url.host().equals(apiOrigin.host())
        || url.port() != apiOrigin.port()) {
      return chain.proceed(request.newBuilder().removeHeader("Authorization").build());
    }
    return chain.proceed(request.newBuilder()
        .header("Authorization", authorization)
        .header("User-Agent", userAgent)
        .header("Accept", "application/json")
        .build());
  }

  @Override
  public String toString() {
    return "AuthInterceptor{" + apiOrigin.host() + ", Authorization=****}";
  }
}
