package io.taskrouter.sdk.internal;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Follows redirects the way an API client should (OkHttp's own following is turned off): a GET
 * follows redirects within the API's origin, up to {@link #MAX_FOLLOWED}; anything else is refused
 * with {@link RedirectRefused}: a redirect of another method (OkHttp would resend a POST or a DELETE
 * as a GET, and report the GET's answer), a redirect to another origin (the credentials must not
 * travel there), one without a usable Location, and a chain too long (a loop).
 */
public final class Redirects implements Interceptor {
  /** The most redirects one GET follows. */
  public static final int MAX_FOLLOWED = 5;

  private final HttpUrl apiOrigin;

  /** @param apiOrigin the base URL of the API */
  public Redirects(HttpUrl apiOrigin) {
    this.apiOrigin = apiOrigin;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    for (int followed = 0; ; followed++) {
      Response response = chain.proceed(request);
      if (!isRedirect(response.code())) {
        return response;
      }
      String location = response.header("Location");
      int status = response.code();
      response.close();
      HttpUrl target = location == null ? null : request.url().resolve(location);
      if (!"GET".equals(request.method())) {
        throw new RedirectRefused(status, location, "a redirect of a " + request.method()
            + " is not followed: it would be sent again as a GET");
      }
      if (target == null) {
        throw new RedirectRefused(status, location, "the answer has no usable Location");
      }
      if (!RequestShaper.sameOrigin(target, apiOrigin)) {
        throw new RedirectRefused(status, location, "a redirect to another origin than " + apiOrigin.scheme()
            + "://" + apiOrigin.host() + ":" + apiOrigin.port() + " is not followed");
      }
      if (followed == MAX_FOLLOWED) {
        throw new RedirectRefused(status, location, "more than " + MAX_FOLLOWED + " redirects in a row (a loop?)");
      }
      request = request.newBuilder().url(target).build();
    }
  }

  private static boolean isRedirect(int status) {
    return status == 300 || status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** A redirect the SDK does not follow; the SDK reports it as a {@code RedirectException}, never retried. */
  public static final class RedirectRefused extends IOException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final @Nullable String location;

    RedirectRefused(int status, @Nullable String location, String reason) {
      super("the API answered " + status + " redirecting to " + (location == null ? "nowhere" : location)
          + ": " + reason);
      this.status = status;
      this.location = location;
    }

    /** @return the redirect's status */
    public int status() {
      return status;
    }

    /** @return its Location header, or null */
    public @Nullable String location() {
      return location;
    }
  }
}
