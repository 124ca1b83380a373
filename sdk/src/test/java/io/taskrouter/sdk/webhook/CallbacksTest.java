package io.taskrouter.sdk.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskrouter.sdk.model.TaskStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The parameters of the service's assignment and event callbacks, as its reference lists them. */
class CallbacksTest {
  private static final String AC = "AC0123456789abcdef0123456789abcdef";
  private static final String WS = "WS0123456789abcdef0123456789abcdef";
  private static final String WW = "WW0123456789abcdef0123456789abcdef";
  private static final String WQ = "WQ0123456789abcdef0123456789abcdef";
  private static final String WK = "WK0123456789abcdef0123456789abcdef";
  private static final String WT = "WT0123456789abcdef0123456789abcdef";
  private static final String WR = "WR0123456789abcdef0123456789abcdef";
  private static final String WA = "WA0123456789abcdef0123456789abcdef";

  /** A user type, read with Moshi like the models' getAttributesAs. */
  static final class Ticket {
    String type = "";
    double priority;
    List<String> tags = List.of();
  }

  private static String form(Map<String, String> params) {
    return params.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static Map<String, String> assignment() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("Timestamp", "1764601200");
    p.put("AccountSid", AC);
    p.put("WorkspaceSid", WS);
    p.put("WorkflowSid", WW);
    p.put("TaskQueueSid", WQ);
    p.put("WorkerSid", WK);
    p.put("WorkerAttributes", "{\"languages\":[\"en\"],\"level\":3}");
    p.put("TaskSid", WT);
    p.put("TaskAttributes", "{\"type\":\"ticket\",\"priority\":2,\"tags\":[\"gold\"],\"unknown\":true}");
    p.put("TaskAge", "12");
    p.put("TaskPriority", "10");
    p.put("ReservationSid", WR);
    p.put("SomethingAddedLater", "kept");
    return p;
  }

  @Test
  void anAssignmentCallbackIsReadIntoTypedFields() {
    AssignmentCallback callback = AssignmentCallback.fromBody(form(assignment()));

    assertThat(callback.getAccountSid()).isEqualTo(AC);
    assertThat(callback.getWorkspaceSid()).isEqualTo(WS);
    assertThat(callback.getWorkflowSid()).isEqualTo(WW);
    assertThat(callback.getTaskQueueSid()).isEqualTo(WQ);
    assertThat(callback.getWorkerSid()).isEqualTo(WK);
    assertThat(callback.getTaskSid()).isEqualTo(WT);
    assertThat(callback.getReservationSid()).isEqualTo(WR);
    assertThat(callback.getTaskAge()).isEqualTo(12);
    assertThat(callback.getTaskPriority()).isEqualTo(10);
    assertThat(callback.getTimestampAsInstant()).isEqualTo(Instant.ofEpochSecond(1764601200));
    assertThat(callback.getWorkerAttributesAsMap()).containsEntry("level", 3.0).containsEntry("languages", List.of("en"));
    assertThat(callback.getTaskAttributesAsMap()).containsEntry("type", "ticket").containsEntry("unknown", true);
    Ticket ticket = callback.getTaskAttributesAs(Ticket.class);
    assertThat(ticket.type).isEqualTo("ticket");
    assertThat(ticket.priority).isEqualTo(2.0);
    assertThat(ticket.tags).containsExactly("gold");
    assertThat(callback.getParameter("SomethingAddedLater")).isEqualTo("kept");
    assertThat(callback.getParameters().names()).hasSize(13);
    assertThat(callback.toString()).contains(WR).doesNotContain("gold");
  }

  @Test
  void aFrameworkMapReadsLikeTheBody() {
    AssignmentCallback fromMap = AssignmentCallback.from(FormParameters.of(assignment()));

    assertThat(fromMap.getParameters().asMap())
        .isEqualTo(AssignmentCallback.fromBody(form(assignment())).getParameters().asMap());
  }

  @Test
  void absentOrMalformedValuesReadAsNullAndBadAttributesNameTheParameter() {
    AssignmentCallback callback =
        AssignmentCallback.fromBody("TaskAge=old&TaskPriority=9999999999&TaskAttributes=%5B1%5D&Timestamp=soon");

    assertThat(callback.getTaskAge()).isNull();
    assertThat(callback.getTaskPriority()).isNull();
    assertThat(callback.getWorkerAttributesAsMap()).isEmpty();
    assertThat(callback.getWorkerAttributesAs(Ticket.class)).isNull();
    assertThat(callback.getTimestampAsInstant()).isNull();
    assertThat(callback.getTimestamp()).isEqualTo("soon");
    assertThatThrownBy(callback::getTaskAttributesAsMap)
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("TaskAttributes cannot be read as");
  }

  /** The SIDs each kind of callback always carries, whose getters are non-null. */
  static Stream<Arguments> sidsSentWithEvery() {
    return Stream.concat(
        Stream.of("AccountSid", "WorkspaceSid", "WorkflowSid", "TaskQueueSid", "WorkerSid", "TaskSid",
            "ReservationSid").map(name -> Arguments.of("assignment", name)),
        Stream.of("AccountSid", "WorkspaceSid").map(name -> Arguments.of("event", name)));
  }

  @ParameterizedTest(name = "{0} without {1}")
  @MethodSource("sidsSentWithEvery")
  void aCallbackWithoutOneOfItsSidsNamesItWhenItIsRead(String kind, String name) throws Exception {
    boolean assignment = kind.equals("assignment");
    Map<String, String> p = assignment ? assignment() : new LinkedHashMap<>(Map.of("EventType", "task.created",
        "AccountSid", AC, "WorkspaceSid", WS, "TaskAge", "12"));
    TaskRouterCallback complete = assignment ? AssignmentCallback.fromBody(form(p)) : EventCallback.fromBody(form(p));
    String sent = p.remove(name);
    TaskRouterCallback callback = assignment ? AssignmentCallback.fromBody(form(p)) : EventCallback.fromBody(form(p));

    assertThat(complete.getClass().getMethod("get" + name).invoke(complete)).isEqualTo(sent);
    assertThat(callback.getParameter("TaskAge")).as("the rest is still read").isEqualTo("12");
    assertThat(callback.toString()).as("toString never throws").startsWith(callback.getClass().getSimpleName() + "{");
    assertThatThrownBy(() -> callback.getClass().getMethod("get" + name).invoke(callback))
        .hasRootCauseInstanceOf(IllegalStateException.class)
        .rootCause().hasMessage(callback.getClass().getSimpleName() + " has no " + name
            + ": TaskRouter sends it with every " + kind + "; is this body an " + kind + " callback?");
  }

  static Stream<Arguments> timestamps() {
    return Stream.of(
        Arguments.of("1764601200", Instant.ofEpochSecond(1764601200)),
        Arguments.of("1764601200.25", Instant.ofEpochSecond(1764601200, 250_000_000)),
        Arguments.of("2026-12-01T15:00:00Z", Instant.parse("2026-12-01T15:00:00Z")),
        Arguments.of("2026-12-01T16:00:00.5+01:00", Instant.parse("2026-12-01T15:00:00.5Z")),
        Arguments.of("", null),
        Arguments.of("Tue, 01 Dec 2026 15:00:00 GMT", null));
  }

  @ParameterizedTest
  @MethodSource("timestamps")
  void timestampsAreReadInEitherForm(String sent, @Nullable Instant read) {
    assertThat(AssignmentCallback.from(FormParameters.of(Map.of("Timestamp", sent))).getTimestampAsInstant()).isEqualTo(read);
  }

  @Test
  void anEventCallbackIsReadIntoTypedFields() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("EventType", "worker.activity.update");
    p.put("AccountSid", AC);
    p.put("WorkspaceSid", WS);
    p.put("WorkspaceName", "Support");
    p.put("EventDescription", "Worker Jamie updated to Available Activity");
    p.put("ResourceType", "Worker");
    p.put("ResourceSid", WK);
    p.put("Timestamp", "1764601200");
    p.put("TimestampMs", "1764601200123");
    p.put("WorkerSid", WK);
    p.put("WorkerName", "Jamie");
    p.put("WorkerAttributes", "{\"skills\":[\"sales\"]}");
    p.put("WorkerActivitySid", WA);
    p.put("WorkerActivityName", "Available");
    p.put("WorkerPreviousActivitySid", "WA" + "f".repeat(32));
    p.put("WorkerTimeInPreviousActivity", "26");
    p.put("WorkerTimeInPreviousActivityMs", "26123");
    p.put("WorkerChannelAvailable", "true");
    p.put("WorkerChannelAvailableCapacity", "1");
    p.put("WorkerChannelTaskCount", "0");
    p.put("TaskChannelSid", "TC" + "0".repeat(32));
    p.put("TaskChannelUniqueName", "voice");

    EventCallback event = EventCallback.fromBody(form(p));

    assertThat(event.getEventType()).isEqualTo("worker.activity.update");
    assertThat(event.getWorkspaceName()).isEqualTo("Support");
    assertThat(event.getEventDescription()).isEqualTo("Worker Jamie updated to Available Activity");
    assertThat(event.getResourceType()).isEqualTo("Worker");
    assertThat(event.getResourceSid()).isEqualTo(WK);
    assertThat(event.getTimestampMs()).isEqualTo(1764601200123L);
    assertThat(event.getWorkerName()).isEqualTo("Jamie");
    assertThat(event.getWorkerAttributesAsMap()).containsEntry("skills", List.of("sales"));
    assertThat(event.getWorkerActivitySid()).isEqualTo(WA);
    assertThat(event.getWorkerActivityName()).isEqualTo("Available");
    assertThat(event.getWorkerPreviousActivitySid()).isEqualTo("WA" + "f".repeat(32));
    assertThat(event.getWorkerTimeInPreviousActivity()).isEqualTo(26);
    assertThat(event.getWorkerTimeInPreviousActivityMs()).isEqualTo(26123L);
    assertThat(event.getWorkerChannelAvailable()).isTrue();
    assertThat(event.getWorkerChannelAvailableCapacity()).isEqualTo(1);
    assertThat(event.getWorkerChannelTaskCount()).isZero();
    assertThat(event.getTaskChannelSid()).isEqualTo("TC" + "0".repeat(32));
    assertThat(event.getTaskChannelUniqueName()).isEqualTo("voice");
    assertThat(event.toString()).isEqualTo("EventCallback{eventType=worker.activity.update, resourceSid=" + WK + "}");
  }

  @Test
  void aTaskEventCarriesItsStatusAndReasons() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("EventType", "task.canceled");
    p.put("TaskSid", WT);
    p.put("TaskAssignmentStatus", "canceled");
    p.put("TaskCanceledReason", "Task TTL Exceeded");
    p.put("TaskCompletedReason", "");
    p.put("TaskQueueSid", WQ);
    p.put("TaskQueueName", "Sales");
    p.put("TaskQueueTargetExpression", "1==1");
    p.put("TaskAttributes", "{\"type\":\"ticket\"}");

    EventCallback event = EventCallback.from(FormParameters.of(p));

    assertThat(event.getTaskAssignmentStatus()).isEqualTo(TaskStatus.CANCELED);
    assertThat(event.getTaskCanceledReason()).isEqualTo("Task TTL Exceeded");
    assertThat(event.getTaskCompletedReason()).isEmpty();
    assertThat(event.getTaskQueueName()).isEqualTo("Sales");
    assertThat(event.getTaskQueueTargetExpression()).isEqualTo("1==1");
    assertThat(event.getTaskAttributesAsMap()).containsEntry("type", "ticket");
  }

  @Test
  void anEventOfATypeAddedLaterParsesAndKeepsEverything() {
    EventCallback event = EventCallback.fromBody("EventType=task.teleported&TaskAssignmentStatus=teleporting"
        + "&TeleportDestination=Mars&WorkerTimeInPreviousActivityMs=x");

    assertThat(event.getEventType()).isEqualTo("task.teleported");
    assertThat(event.getTaskAssignmentStatus()).isEqualTo(TaskStatus.UNKNOWN);
    assertThat(event.getParameter("TaskAssignmentStatus")).isEqualTo("teleporting");
    assertThat(event.getParameter("TeleportDestination")).isEqualTo("Mars");
    assertThat(event.getWorkerTimeInPreviousActivityMs()).isNull();
    assertThat(event.getWorkerChannelAvailable()).isNull();
  }
}
