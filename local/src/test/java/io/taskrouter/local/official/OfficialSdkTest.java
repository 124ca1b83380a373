package io.taskrouter.local.official;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.twilio.base.Resource;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.taskrouter.v1.Workspace;
import com.twilio.rest.taskrouter.v1.workspace.Activity;
import com.twilio.rest.taskrouter.v1.workspace.Event;
import com.twilio.rest.taskrouter.v1.workspace.Task;
import com.twilio.rest.taskrouter.v1.workspace.TaskQueue;
import com.twilio.rest.taskrouter.v1.workspace.Worker;
import com.twilio.rest.taskrouter.v1.workspace.Workflow;
import com.twilio.rest.taskrouter.v1.workspace.WorkspaceCumulativeStatistics;
import com.twilio.rest.taskrouter.v1.workspace.WorkspaceRealTimeStatistics;
import com.twilio.rest.taskrouter.v1.workspace.task.Reservation;
import io.taskrouter.local.clock.ManualClock;
import io.taskrouter.local.junit.TaskRouterLocalExtension;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Any TaskRouter client works: the official {@code com.twilio.sdk:twilio} library, and nothing else,
 * drives the local server through a task's whole life, pages through a list and receives the server's
 * errors, every answer read through that library's own models (its enums, its parsed dates). The server
 * requires one account and token, which is all the official client is given.
 */
class OfficialSdkTest {
  private static final String ACCOUNT = "AC" + "5ca1ab1e0ff1c1a1".repeat(2);
  private static final String TOKEN = "official-sdk-token";
  private static final ManualClock CLOCK = ManualClock.at("2026-12-01T09:00:00Z");

  @RegisterExtension
  static final TaskRouterLocalExtension SERVER =
      TaskRouterLocalExtension.configured(server -> server.credentials(ACCOUNT, TOKEN).clock(CLOCK));

  private LoopbackHttpClient http;
  private TwilioRestClient twilio;

  @BeforeEach
  void connectTheOfficialSdk() {
    http = new LoopbackHttpClient(SERVER.baseUrl());
    twilio = client(TOKEN, http);
  }

  @Test
  void aTaskIsCreatedReservedAcceptedAndCompleted() {
    Workspace workspace = Workspace.creator("Official SDK").setMultiTaskEnabled(false).create(twilio);
    assertThat(workspace.getAccountSid()).isEqualTo(ACCOUNT);
    assertThat(workspace.getMultiTaskEnabled()).isFalse();
    assertThat(workspace.getDateCreated()).satisfies(at(CLOCK.instant()));
    String ws = workspace.getSid();

    String available = activitySid(ws, "Available");
    Activity reserved = Activity.creator(ws, "Reserved").setAvailable(false).create(twilio);
    Activity busy = Activity.creator(ws, "Busy").setAvailable(false).create(twilio);
    assertThat(busy.getAvailable()).isFalse();
    TaskQueue support = TaskQueue.creator(ws, "Support").setTargetWorkers("skills HAS \"support\"")
        .setReservationActivitySid(reserved.getSid()).setAssignmentActivitySid(busy.getSid()).create(twilio);
    assertThat(support.getTaskOrder()).isEqualTo(TaskQueue.TaskOrder.FIFO);
    assertThat(support.getReservationActivityName()).isEqualTo("Reserved");
    assertThat(support.getAssignmentActivityName()).isEqualTo("Busy");
    Workflow workflow = Workflow.creator(ws, "Support line", routeSupportTo(support.getSid())).create(twilio);
    assertThat(workflow.getConfiguration()).contains(support.getSid());
    Worker jamie = Worker.creator(ws, "Jamie").setAttributes("{\"skills\":[\"support\"]}").create(twilio);
    assertThat(jamie.getAvailable()).as("a new worker starts in the default activity, Offline").isFalse();

    jamie = Worker.updater(ws, jamie.getSid()).setActivitySid(available).update(twilio);
    assertThat(jamie.getAvailable()).isTrue();
    assertThat(jamie.getActivityName()).isEqualTo("Available");

    CLOCK.advanceSeconds(10);
    Instant createdAt = CLOCK.instant();
    Task task = Task.creator(ws).setWorkflowSid(workflow.getSid()).setAttributes("{\"type\":\"support\"}").create(twilio);
    assertThat(task.getAssignmentStatus()).as("the create answer, before routing").isEqualTo(Task.Status.PENDING);
    assertThat(task.getDateCreated()).satisfies(at(createdAt));
    String taskSid = task.getSid();

    Reservation offer = only(Reservation.reader(ws, taskSid).read(twilio));
    assertThat(offer.getReservationStatus()).isEqualTo(Reservation.Status.PENDING);
    assertThat(offer.getWorkerSid()).isEqualTo(jamie.getSid());
    assertThat(offer.getWorkerName()).isEqualTo("Jamie");
    assertThat(offer.getTaskSid()).isEqualTo(taskSid);
    Task reservedTask = Task.fetcher(ws, taskSid).fetch(twilio);
    assertThat(reservedTask.getAssignmentStatus()).isEqualTo(Task.Status.RESERVED);
    assertThat(reservedTask.getTaskQueueSid()).isEqualTo(support.getSid());
    assertThat(reservedTask.getWorkflowSid()).isEqualTo(workflow.getSid());
    assertThat(activityOf(ws, jamie)).as("single-tasking: the queue's reservation activity").isEqualTo("Reserved");

    CLOCK.advanceSeconds(7);
    Instant acceptedAt = CLOCK.instant();
    Reservation accepted = Reservation.updater(ws, taskSid, offer.getSid())
        .setReservationStatus(Reservation.Status.ACCEPTED).update(twilio);
    assertThat(accepted.getReservationStatus()).isEqualTo(Reservation.Status.ACCEPTED);
    assertThat(accepted.getDateUpdated()).satisfies(at(acceptedAt));
    assertThat(Task.fetcher(ws, taskSid).fetch(twilio).getAssignmentStatus()).isEqualTo(Task.Status.ASSIGNED);
    assertThat(activityOf(ws, jamie)).as("single-tasking: the queue's assignment activity").isEqualTo("Busy");
    WorkspaceRealTimeStatistics working = WorkspaceRealTimeStatistics.fetcher(ws).fetch(twilio);
    assertThat(count(working.getTasksByStatus(), "assigned")).isEqualTo(1);
    assertThat(working.getTotalWorkers()).isEqualTo(1);
    assertThat(workersIn(working, "Busy")).isEqualTo(1);

    CLOCK.advanceSeconds(60);
    Task completed = Task.updater(ws, taskSid).setAssignmentStatus(Task.Status.COMPLETED).setReason("solved")
        .update(twilio);
    assertThat(completed.getAssignmentStatus()).isEqualTo(Task.Status.COMPLETED);
    assertThat(completed.getReason()).isEqualTo("solved");
    assertThat(completed.getDateUpdated()).satisfies(at(CLOCK.instant()));
    assertThat(Reservation.fetcher(ws, taskSid, offer.getSid()).fetch(twilio).getReservationStatus())
        .as("the accepted reservation ends with its task").isEqualTo(Reservation.Status.COMPLETED);

    WorkspaceCumulativeStatistics day = WorkspaceCumulativeStatistics.fetcher(ws).setMinutes(24 * 60).fetch(twilio);
    assertThat(day.getTasksCreated()).isEqualTo(1);
    assertThat(day.getTasksCompleted()).isEqualTo(1);
    assertThat(day.getReservationsCreated()).isEqualTo(1);
    assertThat(day.getReservationsAccepted()).isEqualTo(1);
    assertThat(day.getReservationsRejected()).isZero();
    assertThat(day.getAvgTaskAcceptanceTime()).as("seconds from creation to acceptance").isEqualTo(7);
    assertThat(count(day.getWaitDurationUntilAccepted(), "max")).isEqualTo(7);
    assertThat(day.getEndTime()).satisfies(at(CLOCK.instant()));
    assertThat(day.getStartTime()).satisfies(at(CLOCK.instant().minusSeconds(24 * 60 * 60)));
    WorkspaceRealTimeStatistics done = WorkspaceRealTimeStatistics.fetcher(ws).fetch(twilio);
    assertThat(count(done.getTasksByStatus(), "assigned")).isZero();
    assertThat(count(done.getTasksByStatus(), "pending")).isZero();

    List<Event> everything = new ArrayList<>();
    Event.reader(ws).read(twilio).forEach(everything::add);
    assertThat(everything).extracting(Event::getEventType).contains("worker.created", "task.created");
    List<Event> ofTheTask = new ArrayList<>();
    Event.reader(ws).setTaskSid(taskSid).read(twilio).forEach(ofTheTask::add);
    assertThat(ofTheTask).extracting(Event::getEventType)
        .contains("task.created", "reservation.created", "reservation.accepted", "task.completed")
        .doesNotContain("worker.created", "activity.created");
    assertThat(event(ofTheTask, "task.created")).satisfies(e -> {
      assertThat(e.getResourceType()).isEqualTo("task");
      assertThat(e.getResourceSid()).isEqualTo(taskSid);
      assertThat(e.getEventDate()).satisfies(at(createdAt));
      assertThat(e.getEventDateMs()).isEqualTo(createdAt.toEpochMilli());
    });
    assertThat(event(ofTheTask, "reservation.accepted")).satisfies(e -> {
      assertThat(e.getResourceType()).isEqualTo("reservation");
      assertThat(e.getResourceSid()).isEqualTo(offer.getSid());
      assertThat(e.getEventDate()).satisfies(at(acceptedAt));
    });
  }

  @Test
  void aListIsReadPageByPageFollowingNextPageUrl() {
    String ws = Workspace.creator("Paging").setTemplate("FIFO").create(twilio).getSid();
    String workflow = only(Workflow.reader(ws).read(twilio)).getSid();
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      CLOCK.advanceSeconds(1);
      created.add(Task.creator(ws).setWorkflowSid(workflow).setAttributes("{\"n\":" + i + "}").create(twilio).getSid());
    }
    int before = http.sent().size();

    List<String> listed = new ArrayList<>();
    Task.reader(ws).pageSize(3).read(twilio).forEach(t -> listed.add(t.getSid()));

    assertThat(listed).as("every task once, oldest first").containsExactlyElementsOf(created);
    List<String> pages = http.sent().subList(before, http.sent().size());
    assertThat(pages).as("three pages of 3, 3 and 1").hasSize(3)
        .allSatisfy(request -> assertThat(request).startsWith("GET /v1/Workspaces/" + ws + "/Tasks?"));
    assertThat(pages.get(0)).contains("PageSize=3").doesNotContain("PageToken");
    assertThat(pages.subList(1, 3)).as("the server's next_page_url, followed").allSatisfy(request ->
        assertThat(request).contains("PageSize=3").contains("PageToken="));
  }

  @Test
  void theServersErrorsReachTheOfficialSdkAsApiExceptions() {
    String ws = Workspace.creator("Errors").create(twilio).getSid();
    String unknownTask = "WT" + "0123456789abcdef".repeat(2);
    assertThatExceptionOfType(ApiException.class).isThrownBy(() -> Task.fetcher(ws, unknownTask).fetch(twilio))
        .satisfies(error -> assertApiError(error, 404, 20404));

    TwilioRestClient wrongToken = client("not-" + TOKEN, new LoopbackHttpClient(SERVER.baseUrl()));
    assertThatExceptionOfType(ApiException.class).isThrownBy(() -> Workspace.fetcher(ws).fetch(wrongToken))
        .satisfies(error -> assertApiError(error, 401, 20003));
  }

  private static TwilioRestClient client(String token, LoopbackHttpClient transport) {
    return new TwilioRestClient.Builder(ACCOUNT, token).httpClient(transport).build();
  }

  private static void assertApiError(ApiException error, int status, int code) {
    assertThat(error.getStatusCode()).as("status of %s", error.getMessage()).isEqualTo(status);
    assertThat(error.getCode()).as("code of %s", error.getMessage()).isEqualTo(code);
    assertThat(error.getMoreInfo()).isEqualTo("https://www.twilio.com/docs/errors/" + code);
    assertThat(error.getMessage()).isNotBlank();
  }

  /** Everything to the Support queue, by a filter on the task's type and by the default filter. */
  private static String routeSupportTo(String queueSid) {
    String target = "{\"queue\":\"" + queueSid + "\"}";
    return "{\"task_routing\":{\"filters\":[{\"filter_friendly_name\":\"Support\",\"expression\":\"type == \\\"support\\\"\","
        + "\"targets\":[" + target + "]}],\"default_filter\":" + target + "}}";
  }

  private String activitySid(String ws, String friendlyName) {
    return only(Activity.reader(ws).setFriendlyName(friendlyName).read(twilio)).getSid();
  }

  private String activityOf(String ws, Worker worker) {
    return Worker.fetcher(ws, worker.getSid()).fetch(twilio).getActivityName();
  }

  private static <T extends Resource> T only(Iterable<T> items) {
    List<T> all = new ArrayList<>();
    items.forEach(all::add);
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private static Event event(List<Event> events, String type) {
    return events.stream().filter(e -> type.equals(e.getEventType())).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " event"));
  }

  /** A count inside one of the statistics objects the official SDK leaves as parsed JSON. */
  private static int count(Object statistics, String key) {
    assertThat(statistics).as("statistics object").isInstanceOf(Map.class);
    Object value = ((Map<?, ?>) statistics).get(key);
    assertThat(value).as(key + " in " + statistics).isInstanceOf(Number.class);
    return ((Number) value).intValue();
  }

  private static int workersIn(WorkspaceRealTimeStatistics statistics, String activityName) {
    return statistics.getActivityStatistics().stream().map(Map.class::cast)
        .filter(activity -> activityName.equals(activity.get("friendly_name")))
        .mapToInt(activity -> count(activity, "workers")).findFirst()
        .orElseThrow(() -> new AssertionError("no activity " + activityName + " in " + statistics));
  }

  /** The date the official SDK parsed is {@code expected}. */
  private static ThrowingConsumer<ZonedDateTime> at(Instant expected) {
    return date -> {
      assertThat(date).as("a date the official SDK parsed").isNotNull();
      assertThat(date.toInstant()).isEqualTo(expected);
    };
  }
}
