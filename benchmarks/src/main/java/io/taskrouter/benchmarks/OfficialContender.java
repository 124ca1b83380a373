package io.taskrouter.benchmarks;

import com.twilio.base.ResourceSet;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.taskrouter.v1.workspace.Task;
import java.net.MalformedURLException;
import java.net.URL;

/**
 * The official {@code com.twilio.sdk:twilio} SDK, pointed at the loopback server through a custom
 * HTTP client: its own Apache-based {@link NetworkHttpClient}, with each request's URL moved onto
 * the loopback origin (the one cost this adds: copying the request's parameter maps).
 */
final class OfficialContender implements Contender {
  private final TwilioRestClient client;

  OfficialContender(String origin) {
    client = new TwilioRestClient.Builder(Fixtures.ACCOUNT, Fixtures.TOKEN).httpClient(new Loopback(origin)).build();
  }

  @Override
  public String fetch() {
    return Task.fetcher(Fixtures.WORKSPACE, Fixtures.TASK).fetch(client).getSid();
  }

  @Override
  public String create() {
    return Task.creator(Fixtures.WORKSPACE).setWorkflowSid(Fixtures.WORKFLOW).setAttributes("{\"type\":\"support\"}")
        .create(client).getSid();
  }

  @Override
  public int listAll() {
    return (int) count(Task.reader(Fixtures.WORKSPACE).pageSize(Fixtures.LIST_PAGE).read(client));
  }

  @Override
  public long listHuge() {
    return count(Task.reader(Fixtures.BIG_WORKSPACE).pageSize(Fixtures.BIG_PAGE).read(client));
  }

  private static long count(ResourceSet<Task> tasks) {
    long count = 0;
    for (Task task : tasks) {
      count += task.getSid() != null ? 1 : 0;
    }
    return count;
  }

  @Override
  public void close() {
    // The Apache client is closed with the JVM.
  }

  /** Sends every request to the loopback origin instead of the real hosts. */
  private static final class Loopback extends NetworkHttpClient {
    private final URL origin;

    Loopback(String origin) {
      try {
        this.origin = new URL(origin);
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException(e);
      }
    }

    @Override
    public Response makeRequest(Request request) {
      return super.makeRequest(new Rebased(request, origin));
    }
  }

  private static final class Rebased extends Request {
    private final URL origin;

    Rebased(Request original, URL origin) {
      super(original.getMethod(), original.getUrl());
      this.origin = origin;
      queryParams.putAll(original.getQueryParams());
      postParams.putAll(original.getPostParams());
      headerParams.putAll(original.getHeaderParams());
      setAuth(original.getAuthStrategy());
      setContentType(original.getContentType());
      setBody(original.getBody());
      setUserAgentExtensions(original.getUserAgentExtensions());
    }

    @Override
    public URL constructURL() {
      URL real = super.constructURL();
      try {
        return new URL(origin.getProtocol(), origin.getHost(), origin.getPort(), real.getFile());
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
