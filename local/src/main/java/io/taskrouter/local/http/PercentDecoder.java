package io.taskrouter.local.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Percent-decoding that refuses rather than guesses: a {@code %} not followed by two hex digits,
 * or bytes (raw or escaped) that are not UTF-8, are errors; nothing is replaced by U+FFFD. The JDK's
 * URLDecoder decodes {@code %C3%28} to a replacement character, which would then be stored.
 */
final class PercentDecoder {
  private PercentDecoder() {}

  /** Why a piece of encoded text cannot be decoded; the message says what was wrong. */
  static final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedException(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * @param plusIsSpace true for form encoding ({@code +} is a space), false for path segments
   */
  static String decode(String text, boolean plusIsSpace) throws MalformedException {
    if (text.indexOf('%') < 0 && (!plusIsSpace || text.indexOf('+') < 0)) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
        int low = high < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
        if (low < 0) {
          throw new MalformedException("bad percent-encoding in '" + text + "': % must be followed by two hex digits");
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
          encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(encoded);
      }
    }
    return utf8(bytes.toByteArray(), "'" + text + "'");
  }

  /** Strict UTF-8: malformed input is an error naming {@code what}. */
  static String utf8(byte[] bytes, String what) throws MalformedException {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedException(what + " is not UTF-8");
    }
  }
}
