package io.taskrouter.sdk;

import io.taskrouter.sdk.internal.Checks;
import io.taskrouter.sdk.internal.DirectCalls;
import io.taskrouter.sdk.internal.ErrorBodyLimit;
import io.taskrouter.sdk.internal.JsonBodies;
import io.taskrouter.sdk.internal.Moshis;
import io.taskrouter.sdk.internal.ReadBoundSockets;
import io.taskrouter.sdk.internal.Redirects;
import io.taskrouter.sdk.internal.RequestLogger;
import io.taskrouter.sdk.internal.RequestShaper;
import io.taskrouter.sdk.internal.Shown;
import io.taskrouter.sdk.internal.WireFormat;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Consumer;
import javax.net.SocketFactory;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * A client of the TaskRouter v1 API. Thread-safe; make one per set of credentials and share it.
 *
 * <pre>{@code
 * TaskRouter client = TaskRouter.builder()
 *     .credentials(accountSid, authToken)
 *     .build();
 * Workspace ws = client.workspaces().create(p -> p.friendlyName("Support").template("FIFO"));
 * Task task = client.workspace(ws.getSid()).tasks().create(p -> p.attributes(Map.of("type", "ticket")));
 * }</pre>
 *
 * <p>{@link #workspaces()} and {@link #workspace(String)} lead to every resource of the API. Calls
 * block and return the result, or throw {@link ApiException} or {@link TransportException};
 * each has an {@code Async} form returning a {@link java.util.concurrent.CompletableFuture}.
 */
public final class TaskRouter extends RootScope implements AutoCloseable {
  /** The real service. */
  public static final String DEFAULT_BASE_URL = "https://taskrouter.twilio.com";

  private final HttpUrl baseUrl;
  private final String username;
  private final OkHttpClient http;
  private final boolean ownsHttpClient;
  private final ApiContext context;

  private TaskRouter(String username, ApiContext context, OkHttpClient http, boolean ownsHttpClient) {
    super(context);
    this.baseUrl = context.baseUrl();
    this.username = username;
    this.http = http;
    this.ownsHttpClient = ownsHttpClient;
    this.context = context;
  }

  /**
   * A view of this client whose calls follow {@code options} (deadline, retry policy, extra
   * headers) where they say something, and this client's settings elsewhere. The view shares
   * everything else (connections, threads, credentials); it is cheap to make, for one call or many.
   * Closing a view closes the client.
   *
   * <pre>{@code
   * client.withOptions(o -> o.timeout(Duration.ofSeconds(5)).retryPolicy(RetryPolicy.none()))
   *     .workspace(wsSid).tasks().fetch(taskSid);
   * }</pre>
   *
   * @param options the options
   * @return the view
   */
  public TaskRouter withOptions(RequestOptions options) {
    return new TaskRouter(username, context.with(Objects.requireNonNull(options, "options")), http, ownsHttpClient);
  }

  /**
   * @param options sets the options on a builder
   * @return a view of this client following them (see {@link #withOptions(RequestOptions)})
   */
  public TaskRouter withOptions(Consumer<RequestOptions.Builder> options) {
    return withOptions(RequestOptions.of(options));
  }

  /** @return a builder; credentials are required, everything else has a default */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the base URL requests go to */
  public String baseUrl() {
    return baseUrl.toString();
  }

  /** @return the OkHttp client this SDK sends with (derived from yours when one was given) */
  public OkHttpClient httpClient() {
    return http;
  }

  /**
   * Refuses further calls ({@link IllegalStateException}), fails the asynchronous calls still in
   * flight or waiting to retry ({@link TransportException}), stops the retry scheduler and, when the
   * SDK created the OkHttp client itself, its threads and idle connections.
   */
  @Override
  public void close() {
    context.close();
    if (ownsHttpClient) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "TaskRouter{baseUrl=" + baseUrl.newBuilder().username("").password("").build() + ", username="
        + maskedUsername(username) + "}";
  }

  static String maskedUsername(String username) {
    return username.length() > 6 ? username.substring(0, 6) + "..." : "****";
  }

  static String version() {
    try (InputStream in = TaskRouter.class.getResourceAsStream("/io/taskrouter/sdk/version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }

  /** Configures a {@link TaskRouter}. Values are checked when set. */
  public static final class Builder {
    private @Nullable String username;
    private @Nullable String secret;
    private HttpUrl baseUrl = Objects.requireNonNull(HttpUrl.parse(DEFAULT_BASE_URL + "/"));
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ZERO;
    private Duration callTimeout = Duration.ofSeconds(60);
    private long maxResponseBodySize = JsonBodies.DEFAULT_MAX_BODY;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private @Nullable OkHttpClient httpClient;
    private @Nullable Consumer<OkHttpClient.Builder> httpCustomizer;
    private @Nullable Consumer<String> requestLog;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();

    private Builder() {}

    /**
     * Authenticates with the account's own credentials.
     *
     * @param accountSid the Account SID ({@code AC} + 32 hex digits)
     * @param authToken the account's auth token
     * @return this builder
     */
    public Builder credentials(String accountSid, String authToken) {
      this.username = Checks.pattern("accountSid", Checks.required("accountSid", accountSid), "^AC[0-9a-fA-F]{32}$");
      this.secret = Checks.notBlank("authToken", authToken);
      return this;
    }

    /**
     * Authenticates with an API key (recommended for servers: revocable, one per app).
     *
     * @param apiKeySid the key's SID ({@code SK} + 32 hex digits)
     * @param apiKeySecret the key's secret
     * @return this builder
     */
    public Builder apiKey(String apiKeySid, String apiKeySecret) {
      this.username = Checks.pattern("apiKeySid", Checks.required("apiKeySid", apiKeySid), "^SK[0-9a-fA-F]{32}$");
      this.secret = Checks.notBlank("apiKeySecret", apiKeySecret);
      return this;
    }

    /**
     * @param baseUrl where the API is: the real service by default, or a local TaskRouter server
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      String withSlash = Checks.notBlank("baseUrl", baseUrl).endsWith("/") ? baseUrl : baseUrl + "/";
      HttpUrl parsed = HttpUrl.parse(withSlash);
      if (parsed == null) {
        throw new IllegalArgumentException("baseUrl must be an http or https URL, got "
            + Shown.text(Objects.requireNonNull(Checks.maskUserInfo(baseUrl))));
      }
      this.baseUrl = parsed;
      return this;
    }

    /**
     * @param timeout to open a connection (default 10 s)
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = nonNegative("connectTimeout", timeout);
      return this;
    }

    /**
     * @param timeout of each wait for bytes from the server (default 30 s; zero: none), enforced
     *     by the socket itself ({@code SO_TIMEOUT}) unless you give your own socket factory
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = nonNegative("readTimeout", timeout);
      return this;
    }

    /**
     * @param timeout between two writes of the request (default none of its own: writes are
     *     bounded by the call's deadline, {@link #callTimeout}, which costs nothing per write)
     * @return this builder
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = nonNegative("writeTimeout", timeout);
      return this;
    }

    /**
     * @param timeout the deadline of one call: every attempt (connecting, writing, reading) and the
     *     waits between them (default 60 s; zero: none). {@link RequestOptions#timeout} changes it
     *     per call.
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = nonNegative("callTimeout", timeout);
      return this;
    }

    /**
     * @param bytes the most bytes of one successful answer read (default 32 MiB; the largest
     *     legitimate answers, a page of 1,000 tasks or a workflow with a large configuration, are a
     *     few MB); a larger one is a {@link ResponseFormatException} naming the limit
     * @return this builder
     */
    public Builder maxResponseBodySize(long bytes) {
      this.maxResponseBodySize = Checks.range("maxResponseBodySize", bytes, 1024, Long.MAX_VALUE);
      return this;
    }

    /**
     * @param clock the time of deadlines and of {@code Retry-After} dates (default the system's)
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @param sleeper how blocking calls wait between attempts (default {@link Sleeper#system()})
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * @param client an OkHttp client of yours to derive the SDK's from: the two share connections
     *     and threads; yours is not changed
     * @return this builder
     */
    public Builder httpClient(OkHttpClient client) {
      this.httpClient = Objects.requireNonNull(client, "httpClient");
      return this;
    }

    /**
     * @param customizer changes the SDK's OkHttp client before it is built: add interceptors, a
     *     proxy, certificate pinning, an event listener...
     * @return this builder
     */
    public Builder customizeHttpClient(Consumer<OkHttpClient.Builder> customizer) {
      this.httpCustomizer = Objects.requireNonNull(customizer, "customizer");
      return this;
    }

    /**
     * @param sink receives one line per HTTP exchange (method, URL, status, time); never headers
     *     or bodies
     * @return this builder
     */
    public Builder requestLog(Consumer<String> sink) {
      this.requestLog = Objects.requireNonNull(sink, "sink");
      return this;
    }

    /**
     * @param policy when to send a failed request again (default {@link RetryPolicy#defaults()})
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
      return this;
    }

    /** @return the client */
    public TaskRouter build() {
      if (username == null || secret == null) {
        throw new IllegalStateException("credentials are required: call credentials(accountSid, authToken)"
            + " or apiKey(apiKeySid, apiKeySecret)");
      }
      OkHttpClient.Builder http = (httpClient != null ? httpClient.newBuilder() : new OkHttpClient.Builder())
          .connectTimeout(connectTimeout)
          .readTimeout(readTimeout)
          .writeTimeout(writeTimeout);
      if (httpCustomizer != null) {
        httpCustomizer.accept(http);
      }
      // The SDK's deadline is enforced by its own Deadlines; redirects are the SDK's to follow or refuse.
      http.callTimeout(Duration.ZERO).followRedirects(false).followSslRedirects(false);
      http.addInterceptor(new Redirects(baseUrl));
      http.addInterceptor(new ErrorBodyLimit());
      if (requestLog != null) {
        http.addInterceptor(new RequestLogger(requestLog));
      }
      OkHttpClient client = cheapReadTimeouts(http.build());
      Retrofit retrofit = new Retrofit.Builder()
          .baseUrl(baseUrl)
          .callFactory(new RequestShaper(client, baseUrl, username, secret, userAgent()))
          .addCallAdapterFactory(new DirectCalls())
          .addConverterFactory(new WireFormat())
          .addConverterFactory(new JsonBodies(Moshis.MOSHI, maxResponseBodySize))
          .addConverterFactory(MoshiConverterFactory.create(Moshis.MOSHI))
          .build();
      ClientState state = new ClientState(retrofit, baseUrl, clock, sleeper);
      ApiContext context = new ApiContext(state,
          new CallSettings(callTimeout, retryPolicy, Collections.<String, String>emptyMap()));
      return new TaskRouter(username, context, client, httpClient == null);
    }

    /**
     * Moves the read timeout from OkHttp's watchdog (entered around every socket read) into the
     * socket itself ({@link ReadBoundSockets}), unless the sockets are someone else's. Such sockets
     * bound the HTTP/2 connection's shared reader too, which would close idle connections: calls
     * then use HTTP/1.1, the API's small request-answer exchanges gaining little from HTTP/2.
     */
    private static OkHttpClient cheapReadTimeouts(OkHttpClient client) {
      if (client.readTimeoutMillis() == 0 || client.socketFactory() != SocketFactory.getDefault()) {
        return client;
      }
      OkHttpClient.Builder cheaper = client.newBuilder()
          .socketFactory(new ReadBoundSockets(client.readTimeoutMillis()))
          .readTimeout(Duration.ZERO);
      if (client.protocols().contains(Protocol.HTTP_2)) {
        cheaper.protocols(Collections.singletonList(Protocol.HTTP_1_1));
      }
      return cheaper.build();
    }

    private static String userAgent() {
      return "taskrouter-java/" + version() + " (Java " + System.getProperty("java.version", "?") + ")";
    }

    private static Duration nonNegative(String name, Duration value) {
      if (Checks.required(name, value).isNegative()) {
        throw new IllegalArgumentException(name + " must be zero or positive, got " + value);
      }
      return value;
    }

    @Override
    public String toString() {
      return "TaskRouter.Builder{baseUrl=" + baseUrl + ", username="
          + (username == null ? "unset" : maskedUsername(username)) + ", secret=****}";
    }
  }
}
