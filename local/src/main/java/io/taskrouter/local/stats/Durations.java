package io.taskrouter.local.stats;

import io.taskrouter.local.render.Fields;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The API's duration summary: {@code {avg, min, max, total}} in whole seconds, zeros when empty. */
final class Durations {
  private Durations() {}

  static Map<String, @Nullable Object> summary(List<Long> seconds) {
    return into(new Fields(), seconds).map();
  }

  static Fields into(Fields fields, List<Long> seconds) {
    long total = seconds.stream().mapToLong(Long::longValue).sum();
    return fields
        .put("avg", seconds.isEmpty() ? 0 : Math.round((double) total / seconds.size()))
        .put("min", seconds.stream().mapToLong(Long::longValue).min().orElse(0))
        .put("max", seconds.stream().mapToLong(Long::longValue).max().orElse(0))
        .put("total", total);
  }
}
