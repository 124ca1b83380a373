package io.taskrouter.local.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code PageToken} of paging URLs: a position in a list's {@link ListOrder} (not an offset)
 * and which side of it the page lies on, plus the page number to echo. Creating or deleting
 * records before the position therefore moves no record across it: every record that exists
 * throughout and keeps its sort key is served exactly once.
 *
 * <p>The token is opaque to clients and signed (HMAC-SHA256 with a key made when the JVM starts),
 * binding it to the list's path and order: a token altered, made up, or taken from another list is
 * refused with a 400 naming {@code PageToken}.
 */
record PageToken(boolean after, int page, ListOrder.Position position) {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final byte[] KEY = new byte[32];
  private static final int MAC_BYTES = 16;

  static {
    new SecureRandom().nextBytes(KEY);
  }

  /** @param list what the token is bound to: the list's path and its order's signature */
  String encode(String list) {
    StringBuilder payload = new StringBuilder().append(after ? 'A' : 'B').append('|').append(page);
    for (long value : position.values()) {
      payload.append('|').append(value);
    }
    payload.append('|').append(position.sid());
    byte[] bytes = payload.toString().getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(list, bytes));
  }

  /** The token, if this server issued it for {@code list} with {@code keys} sort keys; else a 400. */
  static PageToken decode(String token, String list, int keys) {
    try {
      int dot = token.indexOf('.');
      if (dot > 0) {
        byte[] payload = DECODER.decode(token.substring(0, dot));
        byte[] mac = DECODER.decode(token.substring(dot + 1));
        if (MessageDigest.isEqual(mac, mac(list, payload))) {
          String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
          if (parts.length == keys + 3) {
            List<Long> values = new ArrayList<>();
            for (int i = 2; i < parts.length - 1; i++) {
              values.add(Long.parseLong(parts[i]));
            }
            return new PageToken(parts[0].equals("A"), Integer.parseInt(parts[1]),
                new ListOrder.Position(values, parts[parts.length - 1]));
          }
        }
      }
    } catch (IllegalArgumentException e) {
      // not Base64 or not numbers: refused below like any other token this server did not issue
    }
    throw ApiException.badRequest("Invalid parameter PageToken: '" + token + "' is not a token this server issued for this list"
        + " (follow the page URLs of meta; a token is bound to the list's path and Ordering)");
  }

  private static byte[] mac(String list, byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
      mac.update(list.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
