package io.taskrouter.local.callback;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The secret a callback is signed with (the account's auth token). Held in its own type so that it
 * can travel through deliveries, logs and exceptions without ever being printed.
 */
public final class SigningKey {
  private final byte[] bytes;

  private SigningKey(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * @throws IllegalArgumentException when the token is empty (an HMAC key must not be empty, and an
   *     empty token is always a configuration mistake)
   */
  public static SigningKey of(String authToken) {
    Objects.requireNonNull(authToken, "authToken");
    if (authToken.isEmpty()) {
      throw new IllegalArgumentException("authToken must not be empty");
    }
    return new SigningKey(authToken.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether this key is {@code secret} (constant time). */
  boolean is(String secret) {
    return java.security.MessageDigest.isEqual(bytes, secret.getBytes(StandardCharsets.UTF_8));
  }

  byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public String toString() {
    return "SigningKey[redacted]";
  }
}
