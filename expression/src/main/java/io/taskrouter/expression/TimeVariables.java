package io.taskrouter.expression;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code taskrouter.*} time-of-day variables for one instant, in UTC. */
final class TimeVariables {

  private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

  private TimeVariables() {}

  /**
   * {@code currentTime} (HHMM as an integer, 0 to 2359), {@code currentHour}, {@code currentMin}
   * and {@code dayOfWeek} ({@code Mon} to {@code Sun}).
   */
  static Map<String, Object> at(ZonedDateTime time) {
    ZonedDateTime utc = time.withZoneSameInstant(ZoneOffset.UTC);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("currentTime", utc.getHour() * 100 + utc.getMinute());
    variables.put("currentHour", utc.getHour());
    variables.put("currentMin", utc.getMinute());
    variables.put("dayOfWeek", DAYS[utc.getDayOfWeek().getValue() - 1]);
    return variables;
  }
}
