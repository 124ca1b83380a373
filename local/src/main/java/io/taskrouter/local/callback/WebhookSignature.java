package io.taskrouter.local.callback;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Twilio-Signature} of a form POST: Base64 of HMAC-SHA1, keyed with the auth token,
 * over the full URL followed by every parameter's name and value, sorted by name and, for a repeated
 * name, by value (the order twilio-python and twilio-node validate with).
 *
 * <p>Sorting uses {@link String#compareTo} (UTF-16 units), as JavaScript's default sort does;
 * Python sorts by code point, which differs only between supplementary characters and U+E000..U+FFFF
 * in the values of a repeated name.
 */
public final class WebhookSignature {
  public static final String HEADER = "X-Twilio-Signature";
  private static final String HMAC_SHA1 = "HmacSHA1";
  private static final Comparator<Map.Entry<String, String>> NAME_THEN_VALUE =
      Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue());

  /**
   * One Mac per thread (a Mac is not thread-safe): looking the algorithm up among the providers
   * costs more than the HMAC of a callback itself. Re-initialised with the key on every use.
   */
  private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(() -> {
    try {
      return Mac.getInstance(HMAC_SHA1);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 unavailable", e);
    }
  });

  private WebhookSignature() {}

  /**
   * @param url the URL exactly as it is called (scheme, host, port as written, path, query)
   */
  public static String sign(SigningKey key, String url, FormParams params) {
    List<Map.Entry<String, String>> sorted = new ArrayList<>(params.entries());
    sorted.sort(NAME_THEN_VALUE);
    StringBuilder data = new StringBuilder(url);
    for (Map.Entry<String, String> e : sorted) {
      data.append(e.getKey()).append(e.getValue());
    }
    try {
      Mac mac = MACS.get();
      mac.init(new SecretKeySpec(key.bytes(), HMAC_SHA1));
      return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      // HmacSHA1 is a required algorithm of every Java platform.
      throw new IllegalStateException("HmacSHA1 unavailable", e);
    }
  }
}
