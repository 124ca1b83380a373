package io.taskrouter.sdk.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words of SID refusals: what kind of resource a prefix names, with the article its spoken form
 * takes ("an account SID", "a workspace SID"), and what was wrong with the value given.
 */
final class Sids {
  private static final Map<String, String> KINDS = new HashMap<>();

  static {
    KINDS.put("AC", "an account SID");
    KINDS.put("CA", "a call SID");
    KINDS.put("EV", "an event SID");
    KINDS.put("SK", "an API key SID");
    KINDS.put("TC", "a task channel SID");
    KINDS.put("WA", "an activity SID");
    KINDS.put("WC", "a worker channel SID");
    KINDS.put("WK", "a worker SID");
    KINDS.put("WQ", "a task queue SID");
    KINDS.put("WR", "a reservation SID");
    KINDS.put("WS", "a workspace SID");
    KINDS.put("WT", "a task SID");
    KINDS.put("WW", "a workflow SID");
  }

  /** Letters whose English names start with a vowel sound: "an F", "an S", but "a W". */
  private static final String VOWEL_SOUNDED = "AEFHILMNORSX";

  private Sids() {}

  /** @return "a workspace SID" for WS; "an XY SID" (article as the letters are spoken) otherwise */
  static String kind(String prefix) {
    String kind = KINDS.get(prefix);
    if (kind != null) {
      return kind;
    }
    return (VOWEL_SOUNDED.indexOf(prefix.charAt(0)) >= 0 ? "an " : "a ") + prefix + " SID";
  }

  /**
   * @param name the parameter's name
   * @param value a value that is not a SID with {@code prefix}
   * @param prefix the expected two capital letters
   * @return the message: expected kind and shape, then what was given and why it is not that
   */
  static String refusal(String name, String value, String prefix) {
    String expected = name + " must be " + kind(prefix) + " (\"" + prefix + "\" and 32 hex digits), got ";
    boolean sidShaped = value.length() == 34 && isHex(value, 2) && Character.isLetter(value.charAt(0))
        && Character.isLetter(value.charAt(1));
    if (!sidShaped && besideSecret(name)) {
      // credentials(token, sid) swapped would otherwise print the auth token.
      return expected + Shown.hidden(value);
    }
    String given = value.length() >= 2 ? value.substring(0, 2) : value;
    if (given.equalsIgnoreCase(prefix) && !given.equals(prefix)) {
      return expected + Shown.text(value) + ", whose prefix must be upper-case \"" + prefix + "\"";
    }
    if (sidShaped) {
      String kind = kind(given.toUpperCase(Locale.ROOT));
      return expected + (given.equals(given.toUpperCase(Locale.ROOT)) ? kind : "a SID of another kind")
          + ": " + Shown.text(value);
    }
    if (value.length() != 34) {
      return expected + value.length() + (value.length() == 1 ? " character: " : " characters: ")
          + Shown.text(value);
    }
    if (!given.equals(prefix)) {
      return expected + Shown.text(value) + ", which does not start with \"" + prefix + "\"";
    }
    int bad = 2;
    while (hexDigit(value.charAt(bad))) {
      bad++;
    }
    return expected + Shown.text(value) + ", whose character " + (bad + 1) + " ('" + value.charAt(bad)
        + "') is not a hex digit";
  }

  /** Parameters given next to a secret, where a swapped argument would be the secret itself. */
  private static boolean besideSecret(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.equals("accountsid") || lower.equals("apikeysid");
  }

  /** @return whether every character of {@code value} from {@code from} on is a hex digit */
  static boolean isHex(String value, int from) {
    for (int i = from; i < value.length(); i++) {
      if (!hexDigit(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
