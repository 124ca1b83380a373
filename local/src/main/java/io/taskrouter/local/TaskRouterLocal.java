package io.taskrouter.local;

import io.taskrouter.local.callback.AllowedHosts;
import io.taskrouter.local.callback.Outbox;
import io.taskrouter.local.callback.OutboxSink;
import io.taskrouter.local.callback.SigningKeys;
import io.taskrouter.local.engine.Engine;
import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.Store;
import io.taskrouter.local.http.Authenticator;
import io.taskrouter.local.http.HttpFrontEnd;
import io.taskrouter.local.http.Limits;
import io.taskrouter.local.match.AttributeMatcher;
import io.taskrouter.local.match.ExpressionAttributeMatcher;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A TaskRouter server on loopback, with its state in memory.
 *
 * <pre>{@code
 * try (TaskRouterLocal server = TaskRouterLocal.start()) {        // free port, any credentials
 *   String baseUrl = server.baseUrl();                              // e.g. http://127.0.0.1:53124
 *   ...
 * }
 * TaskRouterLocal server = TaskRouterLocal.builder()
 *     .port(8080).credentials(accountSid, authToken).clock(manualClock).start();
 * }</pre>
 *
 * <p>Assignment and event callbacks are POSTed, signed, by background threads, to loopback hosts
 * only unless {@link Builder#allowCallbackHosts} allows more; {@link #awaitCallbacks} waits until
 * they were delivered and their answers applied.
 */
public final class TaskRouterLocal implements AutoCloseable {
  /** The account SID responses carry when none is configured. */
  public static final String DEFAULT_ACCOUNT_SID = "AC00000000000000000000000000000000";
  /** Request bodies above this many bytes are refused with 413. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
  /** Request line and headers together above this many bytes are refused with 414 or 431. */
  public static final int DEFAULT_MAX_HEADER_BYTES = 8 * 1024;
  /** A connection silent this long (mid-request or between requests) is closed. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

  /** How long {@link #awaitCallbacks()} waits: longer than a callback and its fallback may take. */
  public static final Duration DEFAULT_CALLBACK_WAIT =
      Outbox.DEFAULT_ASSIGNMENT_TIMEOUT.multipliedBy(2).plus(Outbox.DEFAULT_EVENT_TIMEOUT);

  private final Engine engine;
  private final OutboxSink callbacks;
  private final HttpFrontEnd frontEnd;
  private final String baseUrl;
  private final String accountSid;
  private final Clock clock;
  private final boolean acceptsAnyCredentials;

  private TaskRouterLocal(Builder builder) {
    this.accountSid = builder.accountSid;
    this.clock = builder.clock;
    Store store = new Store(builder.accountSid, builder.seed, builder.matcher);
    this.engine = new Engine(store, builder.clock);
    SigningKeys keys = new SigningKeys(builder.signingSecrets());
    this.callbacks = new OutboxSink(engine, keys, Outbox.builder().allowedHosts(builder.allowedHosts()));
    engine.callbacks(callbacks);
    Authenticator authenticator = builder.credentials.whenAnyAccepted(keys::presented).build(builder.accountSid);
    this.acceptsAnyCredentials = authenticator.acceptsAny();
    String urlHost = urlHost(builder.host);
    this.frontEnd = new HttpFrontEnd(new InetSocketAddress(builder.host, builder.port), authenticator, engine,
        port -> "http://" + urlHost + ":" + port,
        new Limits(builder.maxHeaderBytes, builder.maxBodyBytes, builder.idleTimeout));
    this.baseUrl = "http://" + urlHost + ":" + frontEnd.port();
  }

  /** Starts a server on a free loopback port that accepts any non-empty credentials. */
  public static TaskRouterLocal start() {
    return builder().start();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Where to send requests, e.g. {@code http://127.0.0.1:8080}; every url and link is on it. */
  public String baseUrl() {
    return baseUrl;
  }

  public int port() {
    return frontEnd.port();
  }

  public String accountSid() {
    return accountSid;
  }

  public Clock clock() {
    return clock;
  }

  public boolean acceptsAnyCredentials() {
    return acceptsAnyCredentials;
  }

  /**
   * Waits until every callback sent so far (and every one their answers led to) was delivered and
   * its answer applied: after it, the next request sees what the callbacks did. A test calls it
   * after each request that may have sent one, instead of sleeping.
   *
   * @throws IllegalStateException when callbacks are still in flight after {@code timeout}
   */
  public void awaitCallbacks(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (!callbacks.awaitIdle(timeout)) {
      throw new IllegalStateException(callbacks.pending() + " callback(s) still in flight after " + timeout
          + (Thread.currentThread().isInterrupted() ? " (interrupted)" : ""));
    }
  }

  /** {@link #awaitCallbacks(Duration)} with {@link #DEFAULT_CALLBACK_WAIT}. */
  public void awaitCallbacks() {
    awaitCallbacks(DEFAULT_CALLBACK_WAIT);
  }

  /** Forgets every workspace (and everything in it) and restarts the SID sequence; keeps listening. */
  public void reset() {
    callbacks.forget(); // answers to callbacks sent before now would land on the new state's reused SIDs
    engine.reset();
  }

  /** Stops listening and stops the engine. */
  @Override
  public void close() {
    frontEnd.close();
    callbacks.close();
    engine.close();
  }

  private static String urlHost(String host) {
    if (host.equals("0.0.0.0") || host.equals("::")) {
      return "127.0.0.1";
    }
    return host.contains(":") ? "[" + host + "]" : host;
  }

  /** Configuration of a {@link TaskRouterLocal}; every setting has a default fit for tests. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 0;
    private String accountSid = DEFAULT_ACCOUNT_SID;
    private boolean accountConfigured;
    private final Authenticator.Builder credentials = new Authenticator.Builder();
    private Clock clock = Clock.systemUTC();
    private AttributeMatcher matcher = new ExpressionAttributeMatcher();
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int maxHeaderBytes = DEFAULT_MAX_HEADER_BYTES;
    private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
    private long seed = new SecureRandom().nextLong();
    /** Auth tokens by account, and API key secrets by the account they act as (null: the default one). */
    private final Map<String, String> authTokens = new HashMap<>();
    private final List<Map.Entry<@Nullable String, String>> keySecrets = new ArrayList<>();
    private final List<String> callbackHosts = new ArrayList<>();

    private Builder() {}

    /** The address to listen on; loopback by default. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port; 0 (the default) picks a free one, see {@link TaskRouterLocal#port()}. */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be 0..65535: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Require credentials (Basic auth, username = account SID) and make this the default account.
     * Without any account or API key the server accepts any non-empty username and password.
     * The same as the first {@link #account}.
     */
    public Builder credentials(String accountSid, String authToken) {
      return account(accountSid, authToken);
    }

    /**
     * Accept this account (repeatable): its SID as the username, its auth token as the password.
     * The first account configured is the default one, which API keys without an account of their
     * own act as.
     */
    public Builder account(String accountSid, String authToken) {
      requireSid(accountSid, Sids.ACCOUNT, "accountSid");
      requireSecret(authToken, "authToken");
      String sid = Sids.normalize(accountSid);
      if (!accountConfigured) {
        this.accountSid = sid;
        accountConfigured = true;
      }
      credentials.account(sid, authToken);
      authTokens.put(sid, authToken);
      return this;
    }

    /** Also accept this API key (username = key SID, password = key secret), acting as the default account. */
    public Builder apiKey(String keySid, String keySecret) {
      requireSid(keySid, Sids.API_KEY, "keySid");
      requireSecret(keySecret, "keySecret");
      credentials.apiKey(Sids.normalize(keySid), keySecret, null);
      keySecrets.add(new java.util.AbstractMap.SimpleImmutableEntry<>(null, keySecret));
      return this;
    }

    /** Also accept this API key, acting as the given account. */
    public Builder apiKey(String keySid, String keySecret, String accountSid) {
      requireSid(keySid, Sids.API_KEY, "keySid");
      requireSecret(keySecret, "keySecret");
      requireSid(accountSid, Sids.ACCOUNT, "accountSid");
      credentials.apiKey(Sids.normalize(keySid), keySecret, Sids.normalize(accountSid));
      keySecrets.add(new java.util.AbstractMap.SimpleImmutableEntry<>(Sids.normalize(accountSid), keySecret));
      return this;
    }

    /**
     * The default account (when no account is configured): what API keys and, in accept-any mode,
     * usernames that are not Account SIDs act as.
     */
    public Builder accountSid(String accountSid) {
      requireSid(accountSid, Sids.ACCOUNT, "accountSid");
      if (accountConfigured) {
        throw new IllegalStateException("the default account is the first account(...) configured");
      }
      this.accountSid = Sids.normalize(accountSid);
      return this;
    }

    /** The clock for every date, age and timer; pass a {@link io.taskrouter.local.clock.ManualClock} to drive time. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How expressions are evaluated; by default the full language ({@link ExpressionAttributeMatcher}). */
    public Builder attributeMatcher(AttributeMatcher matcher) {
      this.matcher = Objects.requireNonNull(matcher, "matcher");
      return this;
    }

    /** Request bodies above this many bytes are refused with 413; default {@value #DEFAULT_MAX_BODY_BYTES}. */
    public Builder maxBodyBytes(int maxBodyBytes) {
      if (maxBodyBytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /**
     * The request line and headers together may take this many bytes; past it the request line
     * gets 414 and the headers 431. Default {@value #DEFAULT_MAX_HEADER_BYTES}.
     */
    public Builder maxHeaderBytes(int maxHeaderBytes) {
      if (maxHeaderBytes < 256) {
        throw new IllegalArgumentException("maxHeaderBytes must be at least 256: " + maxHeaderBytes);
      }
      this.maxHeaderBytes = maxHeaderBytes;
      return this;
    }

    /**
     * How long a connection may stay silent, mid-request or between requests, before it is closed
     * (a body cut off this way gets 408). Default {@link #DEFAULT_IDLE_TIMEOUT}.
     */
    public Builder idleTimeout(Duration idleTimeout) {
      Objects.requireNonNull(idleTimeout, "idleTimeout");
      if (idleTimeout.isNegative() || idleTimeout.isZero()) {
        throw new IllegalArgumentException("idleTimeout must be positive: " + idleTimeout);
      }
      this.idleTimeout = idleTimeout;
      return this;
    }

    /** Seeds SID generation: the same requests in the same order then give the same SIDs. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Also send callbacks to these hosts (names or IP addresses, matched exactly; {@code *} for
     * any host); repeatable. Loopback is always allowed; by default nothing else is, so that a
     * workflow cannot make the server post attributes and signatures anywhere.
     */
    public Builder allowCallbackHosts(String... hosts) {
      return allowCallbackHosts(Arrays.asList(hosts));
    }

    /** See {@link #allowCallbackHosts(String...)}. */
    public Builder allowCallbackHosts(Collection<String> hosts) {
      List<String> all = new ArrayList<>(callbackHosts);
      all.addAll(hosts);
      AllowedHosts.loopbackAnd(all); // refuses a malformed host here, naming it, before anything changes
      callbackHosts.clear();
      callbackHosts.addAll(all);
      return this;
    }

    public TaskRouterLocal start() {
      return new TaskRouterLocal(this);
    }

    private AllowedHosts allowedHosts() {
      return AllowedHosts.loopbackAnd(callbackHosts);
    }

    /**
     * The secret each configured account's callbacks are signed with: its auth token, else the
     * first API key acting as it (see {@link SigningKeys}).
     */
    private Map<String, String> signingSecrets() {
      Map<String, String> secrets = new LinkedHashMap<>();
      for (Map.Entry<@Nullable String, String> key : keySecrets) {
        secrets.putIfAbsent(key.getKey() == null ? accountSid : key.getKey(), key.getValue());
      }
      secrets.putAll(authTokens);
      return secrets;
    }

    private static void requireSid(String sid, String prefix, String what) {
      if (sid == null || !Sids.hasShape(sid, prefix)) {
        throw new IllegalArgumentException(what + " must be " + prefix + " followed by 32 hex digits");
      }
    }

    private static void requireSecret(String secret, String what) {
      if (secret == null || secret.isEmpty()) {
        throw new IllegalArgumentException(what + " must not be empty");
      }
    }
  }
}
