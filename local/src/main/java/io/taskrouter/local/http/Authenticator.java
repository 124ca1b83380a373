package io.taskrouter.local.http;

import io.taskrouter.local.api.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * HTTP Basic, as the API does it: the username is the account SID (with the auth token) or an API
 * key SID (with its secret). In accept-any mode, for tests, any non-empty username and password
 * pass. Secrets are compared in constant time and never appear in a message.
 */
public final class Authenticator {
  private final @Nullable Map<String, String> secretsByUsername;

  private Authenticator(@Nullable Map<String, String> secretsByUsername) {
    this.secretsByUsername = secretsByUsername;
  }

  public static Authenticator acceptAny() {
    return new Authenticator(null);
  }

  /** @param secretsByUsername account SID to auth token, API key SID to key secret */
  public static Authenticator of(Map<String, String> secretsByUsername) {
    return new Authenticator(Map.copyOf(secretsByUsername));
  }

  public boolean acceptsAny() {
    return secretsByUsername == null;
  }

  /**
   * The account the request acts as: the Account SID presented, or the default account for an API
   * key or (in accept-any mode) a username that is not an Account SID.
   *
   * @throws ApiException 401 (code 20003) unless the header carries valid credentials
   */
  String check(@Nullable String authorization, String defaultAccountSid) {
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
    String account = username.startsWith("AC") && username.length() == 34 ? normalize(username) : defaultAccountSid;
    if (secretsByUsername == null) {
      return account;
    }
    String expected = secretsByUsername.get(normalize(username));
    boolean valid = expected != null && MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8));
    if (!valid) {
      throw ApiException.unauthorized("Authentication Error - invalid username or password");
    }
    return account;
  }

  private static String normalize(String username) {
    return username.length() == 34 ? username.substring(0, 2) + username.substring(2).toLowerCase(Locale.ROOT) : username;
  }
}
