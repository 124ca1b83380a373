package io.taskrouter.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.WorkspaceScope;
import io.taskrouter.sdk.model.Activity;
import io.taskrouter.sdk.model.Task;
import io.taskrouter.sdk.model.Worker;
import io.taskrouter.sdk.model.WorkspaceCumulativeStatistics;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values that are easy to get wrong on the wire come back exactly as sent. */
class WireEncodingThroughSdkTest extends SdkTest {
  private static final String AWKWARD = "Café ☕ & Co = 100% + \"quotes\" / ünïcödé ✓";

  @Test
  void friendlyNamesWithReservedAndNonAsciiCharactersRoundTrip() {
    WorkspaceScope ws = emptyWorkspace();
    Activity activity = ws.activities().create(p -> p.friendlyName(AWKWARD).available(true));
    Worker worker = ws.workers().create(p -> p.friendlyName(AWKWARD));

    assertThat(ws.activities().fetch(activity.getSid()).getFriendlyName()).isEqualTo(AWKWARD);
    assertThat(ws.workers().fetch(worker.getSid()).getFriendlyName()).isEqualTo(AWKWARD);
    assertThat(ws.workers().list(p -> p.friendlyName(AWKWARD)).toList()).extracting(Worker::getSid)
        .containsExactly(worker.getSid());
  }

  @Test
  void attributesWithNestedValuesAndAwkwardTextRoundTrip() {
    WorkspaceScope ws = fifoWorkspace();
    Map<String, Object> attributes = Map.of(
        "text", AWKWARD,
        "line", "one\ntwo\tthree",
        "nested", Map.of("list", List.of("a", "b&c", "d=e"), "flag", false),
        "empty", List.of());

    Task task = ws.tasks().create(p -> p.attributes(attributes));

    assertThat(ws.tasks().fetch(task.getSid()).getAttributesAsMap()).isEqualTo(attributes);
    assertThat(ws.tasks().list(p -> p.evaluateTaskAttributes("nested.list HAS 'b&c'")).toList())
        .extracting(Task::getSid).containsExactly(task.getSid());
  }

  @Test
  void aDateWithAnOffsetIsSentAsTheSameInstant() {
    WorkspaceScope ws = fifoWorkspace();
    OffsetDateTime inParis = now().minusHours(2).withOffsetSameInstant(ZoneOffset.ofHours(1));

    Task task = ws.tasks().create(p -> p.virtualStartTime(inParis));

    assertThat(task.getVirtualStartTime()).isAtSameInstantAs(inParis);
    assertThat(ws.tasks().fetch(task.getSid()).getVirtualStartTime()).isAtSameInstantAs(inParis);
  }

  @Test
  void aStatisticsWindowWithOffsetsIsTheSameWindow() {
    WorkspaceScope ws = fifoWorkspace();
    ws.tasks().create();
    OffsetDateTime start = now().minusMinutes(10).withOffsetSameInstant(ZoneOffset.ofHoursMinutes(5, 30));
    OffsetDateTime end = now().plusMinutes(1).withOffsetSameInstant(ZoneOffset.ofHours(-8));

    WorkspaceCumulativeStatistics window = ws.statistics().cumulative(p -> p.startDate(start).endDate(end));

    assertThat(window.getStartTime()).isAtSameInstantAs(start);
    assertThat(window.getEndTime()).isAtSameInstantAs(end);
    assertThat(window.getTasksCreated()).isEqualTo(1);
  }
}
