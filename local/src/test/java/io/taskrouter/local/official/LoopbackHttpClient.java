package io.taskrouter.local.official;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The official SDK's own Apache-based transport, unchanged except for where it connects: every URL
 * the SDK builds for Twilio's hosts (query encoded) is moved onto the local
 * server's origin, path and query kept. Remembers the path and query of each request it sent, so a
 * test can see which links the SDK followed.
 */
final class LoopbackHttpClient extends NetworkHttpClient {
  private final URI origin;
  private final List<String> sent = new CopyOnWriteArrayList<>();

  LoopbackHttpClient(String origin) {
    this.origin = URI.create(origin);
  }

  @Override
  public Response makeRequest(Request request) {
    Request local = new OnOrigin(request, origin);
    URL url = local.constructURL();
    sent.add(request.getMethod() + " " + url.getFile());
    return super.makeRequest(local);
  }

  /** "METHOD /path?query" of every request sent so far, in order. */
  List<String> sent() {
    return List.copyOf(sent);
  }

  /** A copy of the SDK's request, through the public accessors, whose URL points at the origin. */
  private static final class OnOrigin extends Request {
    private final URI origin;

    OnOrigin(Request original, URI origin) {
      super(original.getMethod(), original.getUrl());
      this.origin = origin;
      original.getQueryParams().forEach((name, values) -> values.forEach(value -> addQueryParam(name, value)));
      original.getPostParams().forEach((name, values) -> values.forEach(value -> addPostParam(name, value)));
      original.getHeaderParams().forEach((name, values) -> values.forEach(value -> addHeaderParam(name, value)));
      if (original.getAuthStrategy() != null) {
        setAuth(original.getAuthStrategy());
      } else {
        setAuth(original.getUsername(), original.getPassword());
      }
      setContentType(original.getContentType());
      setBody(original.getBody());
      setFormParameters(original.getFormParameters());
      setUserAgentExtensions(original.getUserAgentExtensions());
    }

    @Override
    public URL constructURL() {
      URL twilio = super.constructURL();
      try {
        return new URL(origin.getScheme(), origin.getHost(), origin.getPort(), twilio.getFile());
      } catch (MalformedURLException e) {
        throw new IllegalStateException("cannot move " + twilio + " onto " + origin, e);
      }
    }
  }
}
