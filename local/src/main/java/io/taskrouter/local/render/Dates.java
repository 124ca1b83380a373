package io.taskrouter.local.render;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** Dates on the wire: ISO 8601 in UTC to the second, e.g. {@code 2026-11-24T15:00:00Z}. */
public final class Dates {
  private Dates() {}

  public static @Nullable String format(@Nullable Instant instant) {
    return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }
}
