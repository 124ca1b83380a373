package io.taskrouter.sdk.token;

import com.squareup.moshi.JsonAdapter;
import io.taskrouter.sdk.internal.Checks;
import io.taskrouter.sdk.internal.Moshis;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mints the access token an app's server hands to the TaskRouter worker JavaScript SDK (v2): a
 * JWT signed HS256 with an API key secret, for one account, carrying an identity and a
 * {@code task_router} grant (workspace, worker, role). Immutable and thread-safe once built.
 *
 * <pre>{@code
 * WorkerToken tokens = WorkerToken.builder(accountSid, apiKeySid, apiKeySecret)
 *     .workspaceSid(workspaceSid)
 *     .ttl(Duration.ofHours(1))
 *     .build();
 * String jwt = tokens.mint(workerSid, "jamie");   // give it to the browser
 * }</pre>
 *
 * <p>The service refuses tokens living longer than 24 hours; so does this class.
 */
public final class WorkerToken {
  /** The longest time to live the service accepts. */
  public static final Duration MAX_TTL = Duration.ofHours(24);
  /** The time to live when none is given. */
  public static final Duration DEFAULT_TTL = Duration.ofHours(1);
  /** The role of a worker's own token. */
  public static final String WORKER_ROLE = "worker";

  private static final String HS256 = "HmacSHA256";
  private static final JsonAdapter<Object> WRITER = Moshis.MOSHI.adapter(Object.class);
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final String accountSid;
  private final String apiKeySid;
  private final SecretKeySpec key;
  private final String workspaceSid;
  private final String role;
  private final Duration ttl;
  private final Clock clock;

  private WorkerToken(Builder b, String workspaceSid) {
    this.accountSid = b.accountSid;
    this.apiKeySid = b.apiKeySid;
    this.key = b.key;
    this.workspaceSid = workspaceSid;
    this.role = b.role;
    this.ttl = b.ttl;
    this.clock = b.clock;
  }

  /**
   * @param accountSid the account the token is for ({@code AC...}): its {@code sub}
   * @param apiKeySid the API key signing it ({@code SK...}): its {@code iss}
   * @param apiKeySecret that key's secret: the HMAC key, never written anywhere
   * @return a builder
   * @throws IllegalArgumentException naming the parameter that is missing or malformed
   */
  public static Builder builder(String accountSid, String apiKeySid, String apiKeySecret) {
    return new Builder(accountSid, apiKeySid, apiKeySecret);
  }

  /**
   * @param workerSid the worker the front end acts as ({@code WK...})
   * @param identity who the token is for (a user name, an e-mail): the grant's {@code identity}
   * @return the signed JWT, valid from now for the configured time to live
   * @throws IllegalArgumentException naming the parameter that is missing or malformed
   */
  public String mint(String workerSid, String identity) {
    Checks.required("workerSid", workerSid);
    Checks.pattern("workerSid", workerSid, "^WK[0-9a-fA-F]{32}$");
    Checks.notBlank("identity", identity);

    long now = clock.instant().getEpochSecond();
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("typ", "JWT");
    header.put("alg", "HS256");
    header.put("cty", "twilio-fpa;v=1");

    Map<String, Object> taskRouter = new LinkedHashMap<>();
    taskRouter.put("workspace_sid", workspaceSid);
    taskRouter.put("worker_sid", workerSid);
    taskRouter.put("role", role);
    Map<String, Object> grants = new LinkedHashMap<>();
    grants.put("identity", identity);
    grants.put("task_router", taskRouter);

    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("jti", apiKeySid + "-" + now);
    claims.put("iss", apiKeySid);
    claims.put("sub", accountSid);
    claims.put("iat", now);
    claims.put("nbf", now);
    claims.put("exp", now + ttl.getSeconds());
    claims.put("grants", grants);

    String signingInput = encode(header) + "." + encode(claims);
    return signingInput + "." + BASE64URL.encodeToString(sign(signingInput));
  }

  private static String encode(Map<String, Object> json) {
    return BASE64URL.encodeToString(WRITER.toJson(json).getBytes(StandardCharsets.UTF_8));
  }

  private byte[] sign(String signingInput) {
    try {
      Mac mac = Mac.getInstance(HS256);
      mac.init(key);
      return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available on this runtime", e);
    }
  }

  /** The secret never shows. */
  @Override
  public String toString() {
    return "WorkerToken{accountSid=" + accountSid + ", apiKeySid=" + apiKeySid + ", apiKeySecret=****, workspaceSid="
        + workspaceSid + ", role=" + role + ", ttl=" + ttl + "}";
  }

  /** Sets up a {@link WorkerToken}; each setter checks its value at once. */
  public static final class Builder {
    private final String accountSid;
    private final String apiKeySid;
    private final SecretKeySpec key;
    private String workspaceSid = "";
    private String role = WORKER_ROLE;
    private Duration ttl = DEFAULT_TTL;
    private Clock clock = Clock.systemUTC();

    private Builder(String accountSid, String apiKeySid, String apiKeySecret) {
      this.accountSid = sid("accountSid", accountSid, "AC");
      this.apiKeySid = sid("apiKeySid", apiKeySid, "SK");
      Checks.notBlank("apiKeySecret", apiKeySecret);
      this.key = new SecretKeySpec(apiKeySecret.getBytes(StandardCharsets.UTF_8), HS256);
    }

    private static String sid(String name, String value, String prefix) {
      Checks.required(name, value);
      Checks.pattern(name, value, "^" + prefix + "[0-9a-fA-F]{32}$");
      return value;
    }

    /**
     * @param workspaceSid the workspace the worker belongs to ({@code WS...}); required
     * @return this builder
     */
    public Builder workspaceSid(String workspaceSid) {
      this.workspaceSid = sid("workspaceSid", workspaceSid, "WS");
      return this;
    }

    /**
     * @param role the grant's role; {@value WorkerToken#WORKER_ROLE} unless told otherwise
     * @return this builder
     */
    public Builder role(String role) {
      this.role = Checks.notBlank("role", role);
      return this;
    }

    /**
     * @param ttl how long each token is valid: more than zero, at most {@link #MAX_TTL}
     * @return this builder
     * @throws IllegalArgumentException naming {@code ttl} when out of bounds
     */
    public Builder ttl(Duration ttl) {
      Checks.required("ttl", ttl);
      if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_TTL) > 0 || ttl.getNano() != 0) {
        throw new IllegalArgumentException("ttl must be a whole number of seconds between 1 and "
            + MAX_TTL.getSeconds() + " (24 hours, the service's limit), got " + describe(ttl));
      }
      this.ttl = ttl;
      return this;
    }

    private static String describe(Duration ttl) {
      return ttl.getNano() == 0 ? ttl.getSeconds() + " seconds" : ttl.toString();
    }

    /**
     * @param clock where "now" comes from ({@code iat}, {@code nbf}, {@code exp}, {@code jti})
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Checks.required("clock", clock);
      return this;
    }

    /**
     * @return the minter
     * @throws IllegalStateException when no workspace was given
     */
    public WorkerToken build() {
      if (workspaceSid.isEmpty()) {
        throw new IllegalStateException("workspaceSid is required: call workspaceSid(\"WS...\") before build()");
      }
      return new WorkerToken(this, workspaceSid);
    }

    /** The secret never shows. */
    @Override
    public String toString() {
      return "WorkerToken.Builder{accountSid=" + accountSid + ", apiKeySid=" + apiKeySid + ", apiKeySecret=****}";
    }
  }
}
