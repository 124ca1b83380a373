package io.taskrouter.local.sdk;

import io.taskrouter.sdk.WorkspaceScope;
import io.taskrouter.sdk.model.ActivityStatistic;
import io.taskrouter.sdk.model.TaskStatus;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;

/**
 * A known state for the statistics tests. Two workers: Jamie (Available, English) and Alex (Offline,
 * Spanish). Three tasks through the FIFO workflow: the oldest (priority 0), 5 s later an urgent one on
 * sms (priority 5) and one more, canceled 10 s after that. So: 2 pending tasks, 1 canceled, 3 created.
 * Jamie has no capacity on the tasks' channels, so that nothing is offered: these tests are about
 * counting what waits (what reservations do to the figures is tested in ReservationLifecycleTest).
 */
abstract class StatisticsSdkTest extends SdkTest {
  protected WorkspaceScope ws;
  protected String queue;
  protected String workflow;
  protected String jamie;
  protected String alex;
  protected String oldest;
  protected String urgent;
  protected String canceled;

  @BeforeEach
  void knownState() {
    ws = fifoWorkspace();
    queue = queueSid(ws, "Sample Queue");
    workflow = workflowSid(ws, "Default Fifo Workflow");
    String available = activitySid(ws, "Available");
    jamie = ws.workers().create(p -> p.friendlyName("Jamie").activitySid(available)
        .attributes(Map.of("lang", "en"))).getSid();
    for (String channel : List.of("default", "sms")) {
      ws.worker(jamie).channels().update(channel, p -> p.capacity(0));
    }
    alex = ws.workers().create(p -> p.friendlyName("Alex").attributes(Map.of("lang", "es"))).getSid();
    oldest = ws.tasks().create().getSid();
    SERVER.clock().advanceSeconds(5);
    urgent = ws.tasks().create(p -> p.priority(5).taskChannel("sms")).getSid();
    canceled = ws.tasks().create().getSid();
    SERVER.clock().advanceSeconds(10);
    ws.tasks().update(canceled, p -> p.assignmentStatus(TaskStatus.CANCELED).reason("test"));
  }

  protected static Map<String, Integer> workersByActivity(List<ActivityStatistic> statistics) {
    return statistics.stream()
        .collect(Collectors.toMap(ActivityStatistic::getFriendlyName, ActivityStatistic::getWorkers));
  }
}
