package io.taskrouter.local.callback;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which secret signs an account's callbacks. The service signs with the account's auth token, so
 * that comes first: the one configured, or, when the server accepts any credentials, the last
 * password presented with the Account SID as the username. An account that has no auth token here
 * (reached only through API keys) is signed with a key secret: the first key configured for it, or
 * the last password presented for it in accept-any mode. The app then validates with that secret;
 * against the real service it would validate with the auth token instead (see local/README.md).
 *
 * <p>Thread-safe: HTTP threads report presented credentials while the engine thread looks keys up.
 * Secrets are never printed.
 */
public final class SigningKeys {
  private final Map<String, SigningKey> configured;
  private final ConcurrentHashMap<String, SigningKey> presentedTokens = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, SigningKey> presentedOthers = new ConcurrentHashMap<>();

  /**
   * @param configured the secret per account SID (its auth token, else a key secret), as the
   *     server was configured; empty in accept-any mode
   */
  public SigningKeys(Map<String, String> configured) {
    Map<String, SigningKey> keys = new java.util.HashMap<>();
    configured.forEach((account, secret) -> keys.put(account, SigningKey.of(secret)));
    this.configured = Map.copyOf(keys);
  }

  /**
   * A request passed authentication in accept-any mode with these credentials, acting as {@code
   * accountSid}. Cheap when nothing changed (the common case: the same client, request after
   * request).
   */
  public void presented(String accountSid, String username, String password) {
    if (password.isEmpty()) {
      return;
    }
    boolean asAccount = username.equalsIgnoreCase(accountSid);
    ConcurrentHashMap<String, SigningKey> into = asAccount ? presentedTokens : presentedOthers;
    SigningKey known = into.get(accountSid);
    if (known == null || !known.is(password)) {
      into.put(accountSid, SigningKey.of(password));
    }
  }

  /** The key for an account's callbacks; empty when the server knows no secret of that account. */
  public Optional<SigningKey> forAccount(String accountSid) {
    Objects.requireNonNull(accountSid, "accountSid");
    SigningKey key = configured.get(accountSid);
    if (key == null) {
      key = presentedTokens.get(accountSid);
    }
    if (key == null) {
      key = presentedOthers.get(accountSid);
    }
    return Optional.ofNullable(key);
  }

  @Override
  public String toString() {
    return "SigningKeys[" + configured.size() + " configured, " + presentedTokens.size() + " presented]";
  }
}
