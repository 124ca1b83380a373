package io.taskrouter.sdk;

import io.taskrouter.sdk.internal.AuthInterceptor;
import io.taskrouter.sdk.internal.Checks;
import io.taskrouter.sdk.internal.ErrorBodyLimit;
import io.taskrouter.sdk.internal.Moshis;
import io.taskrouter.sdk.internal.OneShotPosts;
import io.taskrouter.sdk.internal.RequestLogger;
import io.taskrouter.sdk.internal.WireFormat;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
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

  private TaskRouter(Builder builder, ApiContext context, OkHttpClient http) {
    super(context);
    this.baseUrl = context.baseUrl();
    this.username = builder.username;
    this.http = http;
    this.ownsHttpClient = builder.httpClient == null;
    this.context = context;
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
    private Duration writeTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ZERO;
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
        throw new IllegalArgumentException("baseUrl must be an http or https URL, got '" + baseUrl + "'");
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
     * @param timeout between two reads of the answer (default 30 s)
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = nonNegative("readTimeout", timeout);
      return this;
    }

    /**
     * @param timeout between two writes of the request (default 30 s)
     * @return this builder
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = nonNegative("writeTimeout", timeout);
      return this;
    }

    /**
     * @param timeout for one whole attempt, from connecting to reading the answer (default none)
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = nonNegative("callTimeout", timeout);
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
          .writeTimeout(writeTimeout)
          .callTimeout(callTimeout);
      if (httpCustomizer != null) {
        httpCustomizer.accept(http);
      }
      http.addInterceptor(new AuthInterceptor(baseUrl, username, secret, userAgent()));
      // OkHttp resends a request after some connection failures (and on 408); a one-shot body
      // makes it stop at a POST that may have reached the API, while it keeps trying the next
      // address of a host that is down before anything was sent.
      http.addInterceptor(new OneShotPosts());
      http.addInterceptor(new ErrorBodyLimit());
      if (requestLog != null) {
        http.addInterceptor(new RequestLogger(requestLog));
      }
      OkHttpClient client = http.build();
      Retrofit retrofit = new Retrofit.Builder()
          .baseUrl(baseUrl)
          .client(client)
          // Futures complete on OkHttp's threads, never on Android's main thread (where a join()
          // would deadlock).
          .callbackExecutor(Runnable::run)
          .addConverterFactory(new WireFormat())
          .addConverterFactory(MoshiConverterFactory.create(Moshis.MOSHI))
          .build();
      ApiContext context = new ApiContext(retrofit, client, baseUrl, retryPolicy, new ApiContext.Scheduler());
      return new TaskRouter(this, context, client);
    }

    private static String userAgent() {
      return "taskrouter-java/" + version() + " (Java " + System.getProperty("java.version", "?") + ")";
    }

    private static Duration nonNegative(String name, Duration value) {
      if (value == null || value.isNegative()) {
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
