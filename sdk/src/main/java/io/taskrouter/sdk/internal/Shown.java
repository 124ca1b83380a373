package io.taskrouter.sdk.internal;

/**
 * How a refused value appears in a message: quoted and escaped, so that blanks, line breaks and
 * quotes are visible, and cut short, so that a 4 KB document does not fill the log. Values that may
 * be credentials show only their length and first characters.
 */
public final class Shown {
  /** Enough to recognise a SID (34) or the start of a document. */
  private static final int MAX_CHARS = 40;

  private Shown() {}

  /**
   * @param value a value the caller gave
   * @return the value in double quotes, escaped, and ending in {@code ...} when longer than 40
   *     characters
   */
  public static String text(String value) {
    int end = value.length() > MAX_CHARS ? value.offsetByCodePoints(0, Math.min(MAX_CHARS,
        value.codePointCount(0, value.length()))) : value.length();
    StringBuilder out = new StringBuilder(end + 8).append('"');
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
    return end < value.length() ? out.append("...").toString() : out.toString();
  }

  /**
   * @param value a value that may be a credential (an auth token given where a SID was expected)
   * @return its length and at most its first four characters: enough to tell which value it was,
   *     too little to use it
   */
  public static String hidden(String value) {
    int shown = Math.min(4, value.length() / 4);
    return value.length() + " characters starting " + text(value.substring(0, shown))
        + " (the rest is hidden: it may be a secret)";
  }
}
