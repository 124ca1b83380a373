package io.taskrouter.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.taskrouter.sdk.model.ActivityDuration;
import io.taskrouter.sdk.model.ActivityStatistic;
import io.taskrouter.sdk.model.TasksByStatus;
import io.taskrouter.sdk.model.WaitDurationStatistics;
import io.taskrouter.sdk.model.WaitTimeSplit;
import io.taskrouter.sdk.model.WaitTimeSplitCounts;
import java.util.List;
import java.util.Map;

/**
 * Checks of the helper shapes shared by the statistics schemas (ActivityStatistic, ActivityDuration,
 * WaitDurationStatistics, TasksByStatus, WaitTimeSplit), field by field through their typed getters.
 */
final class StatisticsAssertions {
  /** The three Activities every statistics fixture reports on, in fixture order. */
  static final String WA_AVAILABLE = "WA0123456789abcdef0123456789abcdef";
  static final String WA_OFFLINE = "WAfedcba9876543210fedcba9876543210";
  static final String WA_BUSY = "WA00112233445566778899aabbccddeeff";

  static final String BASE_URL = "https://taskrouter.twilio.com/v1/Workspaces/" + MockApi.WS;

  private StatisticsAssertions() {}

  /** activity_statistics: Available, Offline, Busy with these worker counts. */
  static void assertActivityStatistics(List<ActivityStatistic> statistics, int available, int offline, int busy) {
    assertThat(statistics).hasSize(3);
    assertActivityStatistic(statistics.get(0), WA_AVAILABLE, "Available", available);
    assertActivityStatistic(statistics.get(1), WA_OFFLINE, "Offline", offline);
    assertActivityStatistic(statistics.get(2), WA_BUSY, "Busy", busy);
  }

  static void assertActivityStatistic(ActivityStatistic statistic, String sid, String friendlyName, int workers) {
    assertThat(statistic).as("activity statistic %s", friendlyName).isNotNull();
    String actualSid = statistic.getSid();
    String actualName = statistic.getFriendlyName();
    int actualWorkers = statistic.getWorkers();
    assertThat(actualSid).as("sid").isEqualTo(sid);
    assertThat(actualName).as("friendly_name").isEqualTo(friendlyName);
    assertThat(actualWorkers).as("workers of %s", friendlyName).isEqualTo(workers);
  }

  static void assertActivityDuration(ActivityDuration duration, String sid, String friendlyName, double avg,
      int min, int max, long total) {
    assertThat(duration).as("activity duration %s", friendlyName).isNotNull();
    String actualSid = duration.getSid();
    String actualName = duration.getFriendlyName();
    double actualAvg = duration.getAvg();
    int actualMin = duration.getMin();
    int actualMax = duration.getMax();
    long actualTotal = duration.getTotal();
    assertThat(actualSid).as("sid").isEqualTo(sid);
    assertThat(actualName).as("friendly_name").isEqualTo(friendlyName);
    assertThat(actualAvg).as("avg of %s", friendlyName).isCloseTo(avg, within(1e-9));
    assertThat(actualMin).as("min of %s", friendlyName).isEqualTo(min);
    assertThat(actualMax).as("max of %s", friendlyName).isEqualTo(max);
    assertThat(actualTotal).as("total of %s", friendlyName).isEqualTo(total);
  }

  static void assertWaitDuration(WaitDurationStatistics wait, String name, double avg, int min, int max, long total) {
    assertThat(wait).as(name).isNotNull();
    double actualAvg = wait.getAvg();
    int actualMin = wait.getMin();
    int actualMax = wait.getMax();
    long actualTotal = wait.getTotal();
    assertThat(actualAvg).as("%s.avg", name).isCloseTo(avg, within(1e-9));
    assertThat(actualMin).as("%s.min", name).isEqualTo(min);
    assertThat(actualMax).as("%s.max", name).isEqualTo(max);
    assertThat(actualTotal).as("%s.total", name).isEqualTo(total);
  }

  /** tasks_by_status; the fixtures render some counters as numeric strings, which must read as numbers. */
  static void assertTasksByStatus(TasksByStatus status, int pending, int reserved, int assigned, int wrapping) {
    assertThat(status).as("tasks_by_status").isNotNull();
    int actualPending = status.getPending();
    int actualReserved = status.getReserved();
    int actualAssigned = status.getAssigned();
    int actualWrapping = status.getWrapping();
    assertThat(actualPending).as("tasks_by_status.pending").isEqualTo(pending);
    assertThat(actualReserved).as("tasks_by_status.reserved").isEqualTo(reserved);
    assertThat(actualAssigned).as("tasks_by_status.assigned").isEqualTo(assigned);
    assertThat(actualWrapping).as("tasks_by_status.wrapping").isEqualTo(wrapping);
  }

  /** tasks_by_priority: keys are priorities, values Integers (numeric strings coerced). */
  static void assertTasksByPriority(Map<String, Integer> byPriority, Map<String, Integer> expected) {
    assertThat(byPriority).as("tasks_by_priority").isEqualTo(expected);
    for (Map.Entry<String, Integer> entry : byPriority.entrySet()) {
      Object value = entry.getValue();
      assertThat(value).as("tasks_by_priority[%s]", entry.getKey()).isInstanceOf(Integer.class);
    }
  }

  /** split_by_wait_time: exactly these thresholds. */
  static void assertSplitThresholds(Map<String, WaitTimeSplit> split, String... thresholds) {
    assertThat(split).as("split_by_wait_time").isNotNull();
    assertThat(split.keySet()).as("split_by_wait_time thresholds").containsExactlyInAnyOrder(thresholds);
  }

  /** One threshold of split_by_wait_time: below and above counters. */
  static void assertSplit(Map<String, WaitTimeSplit> split, String threshold, int belowTasksCanceled,
      int belowReservationsAccepted, int aboveTasksCanceled, int aboveReservationsAccepted) {
    WaitTimeSplit one = split.get(threshold);
    assertThat(one).as("split_by_wait_time[%s]", threshold).isNotNull();
    assertCounts(one.getBelow(), "split_by_wait_time[" + threshold + "].below", belowTasksCanceled,
        belowReservationsAccepted);
    assertCounts(one.getAbove(), "split_by_wait_time[" + threshold + "].above", aboveTasksCanceled,
        aboveReservationsAccepted);
  }

  private static void assertCounts(WaitTimeSplitCounts counts, String name, int tasksCanceled,
      int reservationsAccepted) {
    assertThat(counts).as(name).isNotNull();
    int actualCanceled = counts.getTasksCanceled();
    int actualAccepted = counts.getReservationsAccepted();
    assertThat(actualCanceled).as("%s.tasks_canceled", name).isEqualTo(tasksCanceled);
    assertThat(actualAccepted).as("%s.reservations_accepted", name).isEqualTo(reservationsAccepted);
  }
}
