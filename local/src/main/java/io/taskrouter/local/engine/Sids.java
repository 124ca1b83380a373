package io.taskrouter.local.engine;

import java.util.Locale;
import java.util.regex.Pattern;

/** SID shapes and prefixes. */
public final class Sids {
  public static final String ACCOUNT = "AC";
  public static final String API_KEY = "SK";
  public static final String WORKSPACE = "WS";
  public static final String ACTIVITY = "WA";
  public static final String TASK_QUEUE = "WQ";
  public static final String WORKFLOW = "WW";
  public static final String WORKER = "WK";
  public static final String TASK = "WT";
  public static final String TASK_CHANNEL = "TC";
  public static final String WORKER_CHANNEL = "WC";
  public static final String RESERVATION = "WR";
  public static final String EVENT = "EV";

  private static final Pattern HEX32 = Pattern.compile("[0-9a-fA-F]{32}");

  private Sids() {}

  public static boolean hasShape(String value, String prefix) {
    return value.length() == 34 && value.startsWith(prefix) && HEX32.matcher(value.substring(2)).matches();
  }

  /** The API accepts upper-case hex digits; SIDs are stored lower-case. */
  public static String normalize(String sid) {
    if (sid.length() != 34) {
      return sid;
    }
    // Every lookup normalizes, and SIDs nearly always arrive lower-case already: no copy then.
    for (int i = 2; i < 34; i++) {
      char c = sid.charAt(i);
      if (c >= 'A' && c <= 'Z' || c > 0x7f) {
        return sid.substring(0, 2) + sid.substring(2).toLowerCase(Locale.ROOT);
      }
    }
    return sid;
  }
}
