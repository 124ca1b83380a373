package io.taskrouter.local.http;

import io.taskrouter.local.api.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * HTTP Basic, as the API does it: the username is an account SID (with its auth token) or an API
 * key SID (with its secret; the key acts as the account it belongs to). In accept-any mode, for
 * tests, any non-empty username and password pass: an Account SID acts as itself, any other
 * username as the default account. Secrets are compared in constant time and never appear in a
 * message.
 */
public final class Authenticator {
  /** A username's secret and the account it acts as. */
  private record Credential(String secret, String accountSid) {}

  private record Configured(String secret, @Nullable String accountSid) {}

  /**
   * Told, in accept-any mode, of the credentials each request passed with: the server signs an
   * account's callbacks with the token it authenticates with. Called on HTTP threads; must be
   * quick, thread-safe, and never log the password.
   */
  @FunctionalInterface
  public interface PresentedCredentials {
    void presented(String accountSid, String username, String password);
  }

  private static final PresentedCredentials IGNORED = (accountSid, username, password) -> {};

  private final @Nullable Map<String, Credential> byUsername;
  private final String defaultAccountSid;
  private final PresentedCredentials presented;

  private Authenticator(@Nullable Map<String, Credential> byUsername, String defaultAccountSid,
      PresentedCredentials presented) {
    this.byUsername = byUsername;
    this.defaultAccountSid = defaultAccountSid;
    this.presented = presented;
  }

  public static Authenticator acceptAny(String defaultAccountSid) {
    return new Authenticator(null, defaultAccountSid, IGNORED);
  }

  /** Collects the accounts and API keys a server accepts; SIDs are already validated and normalised. */
  public static final class Builder {
    /** Username to secret and account; a null account is the default one, known only at build time. */
    private final Map<String, Configured> byUsername = new LinkedHashMap<>();
    private PresentedCredentials presented = IGNORED;

    public Builder account(String accountSid, String authToken) {
      byUsername.put(accountSid, new Configured(authToken, accountSid));
      return this;
    }

    /** @param accountSid the account the key acts as; null for the default account */
    public Builder apiKey(String keySid, String secret, @Nullable String accountSid) {
      byUsername.put(keySid, new Configured(secret, accountSid));
      return this;
    }

    /** In accept-any mode, {@code listener} hears of every request's credentials. */
    public Builder whenAnyAccepted(PresentedCredentials listener) {
      this.presented = java.util.Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** Accept-any when nothing was configured. */
    public Authenticator build(String defaultAccountSid) {
      if (byUsername.isEmpty()) {
        return new Authenticator(null, defaultAccountSid, presented);
      }
      Map<String, Credential> credentials = new LinkedHashMap<>();
      byUsername.forEach((username, entry) -> credentials.put(username, new Credential(entry.secret(),
          entry.accountSid() == null ? defaultAccountSid : entry.accountSid())));
      return new Authenticator(Map.copyOf(credentials), defaultAccountSid, IGNORED);
    }
  }

  public boolean acceptsAny() {
    return byUsername == null;
  }

  /**
   * The account the request acts as.
   *
   * @throws ApiException 401 (code 20003) unless the header carries valid credentials
   */
  String check(@Nullable String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      throw ApiException.unauthorized("Authentication Error - No credentials provided");
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.unauthorized("Authentication Error - malformed Basic credentials");
    }
    int colon = decoded.indexOf(':');
    String username = colon < 0 ? decoded : decoded.substring(0, colon);
    String password = colon < 0 ? "" : decoded.substring(colon + 1);
    if (username.isEmpty() || password.isEmpty()) {
      throw ApiException.unauthorized("Authentication Error - username and password are both required");
    }
    if (byUsername == null) {
      String accountSid = username.startsWith("AC") && username.length() == 34 ? normalize(username) : defaultAccountSid;
      presented.presented(accountSid, username, password);
      return accountSid;
    }
    Credential expected = byUsername.get(normalize(username));
    boolean valid = expected != null && MessageDigest.isEqual(
        expected.secret().getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8));
    if (!valid) {
      throw ApiException.unauthorized("Authentication Error - invalid username or password");
    }
    return expected.accountSid();
  }

  private static String normalize(String username) {
    return username.length() == 34 ? username.substring(0, 2) + username.substring(2).toLowerCase(Locale.ROOT) : username;
  }
}
