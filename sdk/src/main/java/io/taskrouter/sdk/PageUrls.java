package io.taskrouter.sdk;

import io.taskrouter.sdk.internal.RequestShaper;
import okhttp3.HttpUrl;

/**
 * Where the API's {@code next_page_url} leads. It is absolute; it is followed as given when it is
 * on the base URL's origin; otherwise its path and query are taken onto the base URL, so that
 * credentials never travel to another host and a local server, a proxy or a gateway mounted on a
 * path keeps receiving the pages. Anything that is not a URL is refused before any request.
 */
final class PageUrls {
  private final HttpUrl baseUrl;

  PageUrls(HttpUrl baseUrl) {
    this.baseUrl = baseUrl;
  }

  HttpUrl resolve(String next) {
    HttpUrl absolute = HttpUrl.parse(next);
    if (absolute != null && RequestShaper.sameOrigin(absolute, baseUrl)) {
      return absolute;
    }
    String path;
    String query;
    if (absolute != null) {
      path = absolute.encodedPath();
      query = absolute.encodedQuery();
    } else if (next.startsWith("/") && !next.startsWith("//")) {
      // A path from the API's root: rare, but unambiguous.
      HttpUrl onBase = baseUrl.resolve(next);
      if (onBase == null) {
        throw notAUrl(next);
      }
      path = onBase.encodedPath();
      query = onBase.encodedQuery();
    } else {
      throw notAUrl(next);
    }
    String base = baseUrl.encodedPath();
    if (!path.startsWith(base)) {
      path = base + path.substring(1);
    }
    return baseUrl.newBuilder().encodedPath(path).encodedQuery(query).build();
  }

  private static PagingException notAUrl(String next) {
    String shown = next.length() > 80 ? next.substring(0, 80) + "..." : next;
    return new PagingException("the API's next_page_url is not an http(s) URL or an absolute path: '" + shown + "'");
  }
}
