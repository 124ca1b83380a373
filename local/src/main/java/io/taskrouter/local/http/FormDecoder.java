package io.taskrouter.local.http;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code application/x-www-form-urlencoded} (bodies and query strings): names keep their order, a
 * repeated name collects its values in order (that is how lists are sent). Strict: a broken
 * percent escape, bytes that are not UTF-8, or a pair without a name make the whole input
 * malformed rather than half-read.
 */
final class FormDecoder {
  private FormDecoder() {}

  static final class MalformedFormException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedFormException(String message) {
      super(message, null, false, false);
    }
  }

  static Map<String, List<String>> decode(byte[] bytes) throws MalformedFormException {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return decode(text);
    } catch (CharacterCodingException e) {
      throw new MalformedFormException("not UTF-8");
    }
  }

  static Map<String, List<String>> decode(String text) throws MalformedFormException {
    Map<String, List<String>> result = new LinkedHashMap<>();
    if (text.isEmpty()) {
      return result;
    }
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = unescape(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : unescape(pair.substring(equals + 1));
      if (name.isEmpty()) {
        throw new MalformedFormException("a parameter has no name: '" + pair + "'");
      }
      result.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return result;
  }

  private static String unescape(String text) throws MalformedFormException {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new MalformedFormException("bad percent-encoding in '" + text + "'");
    }
  }
}
