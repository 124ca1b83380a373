package io.taskrouter.local.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code application/x-www-form-urlencoded} (bodies and query strings): names keep their order, a
 * repeated name collects its values in order (that is how lists are sent). Strict: a broken
 * percent escape, bytes that are not UTF-8 (raw or percent-encoded), a pair without a name, or a
 * control character make the whole input malformed rather than half-read.
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
      return decode(PercentDecoder.utf8(bytes, "the body"));
    } catch (PercentDecoder.MalformedException e) {
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
      int bad = firstControl(name, false);
      if (bad >= 0) {
        throw new MalformedFormException("parameter name '" + printable(name) + "' contains control character U+"
            + String.format("%04X", (int) name.charAt(bad)));
      }
      bad = firstControl(value, true);
      if (bad >= 0) {
        throw new MalformedFormException("parameter " + name + " contains control character U+"
            + String.format("%04X", (int) value.charAt(bad)) + " at index " + bad);
      }
      result.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return result;
  }

  /**
   * The index of the first control character, or -1. Values may hold tab, line feed and carriage
   * return: JSON parameters (Attributes, Configuration) are often sent pretty-printed.
   */
  static int firstControl(String text, boolean allowLineBreaksAndTabs) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean whitespace = c == '\t' || c == '\n' || c == '\r';
      if ((c < 0x20 && !(allowLineBreaksAndTabs && whitespace)) || (c >= 0x7F && c <= 0x9F)) {
        return i;
      }
    }
    return -1;
  }

  private static String printable(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) ? String.format("\\u%04X", c)
        : String.valueOf((char) c)));
    return out.toString();
  }

  private static String unescape(String text) throws MalformedFormException {
    try {
      return PercentDecoder.decode(text, true);
    } catch (PercentDecoder.MalformedException e) {
      throw new MalformedFormException(e.getMessage());
    }
  }
}
