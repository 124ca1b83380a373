package io.taskrouter.sdk;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.taskrouter.sdk.model.Event;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class EventsWireTest extends MockApi {
  private static final String EV2 = "EVfedcba9876543210fedcba9876543210";
  private static final String BASE = "https://taskrouter.twilio.com/v1/Workspaces/" + WS;
  private static final String PATH = "/v1/Workspaces/" + WS + "/Events";

  @Test
  void listSendsEveryFilterInSpecOrderWithDatesInUtcAndParsesThePage() {
    respond(200, fixture("events_page.json"));

    Page<Event> page = client.workspace(WS).events().list(p -> p
        .pageToken("PAEV0123456789abcdef0123456789abcdef")
        .pageSize(40L)
        .sid(EV)
        .taskChannel("voice")
        .workflowSid(WW)
        .workerSid(WK)
        .taskSid(WT)
        .taskQueueSid(WQ)
        .startDate(OffsetDateTime.parse("2026-11-24T09:30:00-05:00"))
        .reservationSid(WR)
        .minutes(90)
        .eventType("reservation.accepted")
        .endDate(OffsetDateTime.parse("2026-11-24T23:15:00-03:00"))).firstPage();

    RecordedRequest request = take();
    assertRequest(request, "GET", PATH);
    assertThat(query(request)).containsExactly(
        entry("EndDate", List.of("2026-11-25T02:15:00Z")),
        entry("EventType", List.of("reservation.accepted")),
        entry("Minutes", List.of("90")),
        entry("ReservationSid", List.of(WR)),
        entry("StartDate", List.of("2026-11-24T14:30:00Z")),
        entry("TaskQueueSid", List.of(WQ)),
        entry("TaskSid", List.of(WT)),
        entry("WorkerSid", List.of(WK)),
        entry("WorkflowSid", List.of(WW)),
        entry("TaskChannel", List.of("voice")),
        entry("Sid", List.of(EV)),
        entry("PageSize", List.of("40")),
        entry("PageToken", List.of("PAEV0123456789abcdef0123456789abcdef")));

    List<Event> items = page.items();
    assertThat(items).hasSize(2);
    assertIsTheReservationAcceptedEvent(items.get(0));
    Event activity = items.get(1);
    assertThat(activity.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(activity.getActorSid()).isEqualTo(WK);
    assertThat(activity.getActorType()).isEqualTo("worker");
    assertThat(activity.getActorUrl()).isEqualTo(BASE + "/Workers/" + WK);
    assertThat(activity.getDescription()).isEqualTo("Worker Alice updated to Busy Activity");
    assertThat(activity.getEventData()).containsOnly(
        entry("worker_sid", WK),
        entry("worker_name", "Alice"),
        entry("worker_activity_sid", WA),
        entry("worker_activity_name", "Busy"),
        entry("worker_previous_activity_sid", "WAfedcba9876543210fedcba9876543210"),
        entry("worker_previous_activity_name", "Idle"),
        entry("worker_time_in_previous_activity", "312"),
        entry("workspace_sid", WS));
    assertThat(activity.getEventDate()).isEqualTo(OffsetDateTime.parse("2026-11-24T15:04:12Z"));
    Long millis = activity.getEventDateMs();
    assertThat(millis).isEqualTo(1_795_532_652_004L);
    assertThat(activity.getEventType()).isEqualTo("worker.activity.update");
    assertThat(activity.getResourceSid()).isEqualTo(WK);
    assertThat(activity.getResourceType()).isEqualTo("worker");
    assertThat(activity.getResourceUrl()).isEqualTo(BASE + "/Workers/" + WK);
    assertThat(activity.getSid()).isEqualTo(EV2);
    assertThat(activity.getSource()).isEqualTo("twilio");
    assertThat(activity.getSourceIpAddress()).isNull();
    assertThat(activity.getUrl()).isEqualTo(BASE + "/Events/" + EV2);
    assertThat(activity.getWorkspaceSid()).isEqualTo(WS);

    assertThat(page.hasNextPage()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void listWithoutFiltersSendsNoQueryAndIteratesTheSinglePage() {
    respond(200, fixture("events_page.json"));

    List<Event> events = client.workspace(WS).events().list().toList();

    RecordedRequest request = take();
    assertRequest(request, "GET", PATH);
    assertThat(query(request)).isEmpty();
    assertThat(events).extracting(Event::getSid).containsExactly(EV, EV2);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void fetchGetsTheEventAndParsesEveryField() {
    respond(200, fixture("event.json"));

    Event event = client.workspace(WS).events().fetch(EV);

    RecordedRequest request = take();
    assertRequest(request, "GET", PATH + "/" + EV);
    assertThat(query(request)).isEmpty();
    assertIsTheReservationAcceptedEvent(event);
  }

  @Test
  void listAsyncCompletesWithTheFirstPage() throws Exception {
    respond(200, fixture("events_page.json"));

    Page<Event> page = client.workspace(WS).events().listAsync(p -> p
        .eventType("worker.activity.update")
        .startDate(OffsetDateTime.parse("2026-11-24T17:45:30+02:00"))).get(5, SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "GET", PATH);
    assertThat(query(request)).containsExactly(
        entry("EventType", List.of("worker.activity.update")),
        entry("StartDate", List.of("2026-11-24T15:45:30Z")));
    assertThat(page.items()).extracting(Event::getEventType)
        .containsExactly("reservation.accepted", "worker.activity.update");
    assertThat(page.hasNextPage()).isFalse();
  }

  @Test
  void fetchAsyncCompletesWithTheParsedEvent() throws Exception {
    respond(200, fixture("event.json"));

    Event event = client.workspace(WS).events().fetchAsync(EV).get(5, SECONDS);

    assertRequest(take(), "GET", PATH + "/" + EV);
    assertIsTheReservationAcceptedEvent(event);
  }

  /** Every field of fixtures/event.json. */
  private static void assertIsTheReservationAcceptedEvent(Event event) {
    assertThat(event.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(event.getActorSid()).isEqualTo(WK);
    assertThat(event.getActorType()).isEqualTo("worker");
    assertThat(event.getActorUrl()).isEqualTo(BASE + "/Workers/" + WK);
    assertThat(event.getDescription())
        .isEqualTo("Reservation WR0123456789abcdef0123456789abcdef was accepted by Worker Alice");
    Map<String, Object> data = event.getEventData();
    assertThat(data).containsOnly(
        entry("reservation_sid", WR),
        entry("reservation_status", "accepted"),
        entry("task_sid", WT),
        entry("task_priority", "7"),
        entry("task_age", "25"),
        entry("task_assignment_status", "assigned"),
        entry("task_queue_sid", WQ),
        entry("task_queue_name", "Sales"),
        entry("task_channel_unique_name", "voice"),
        entry("worker_sid", WK),
        entry("worker_name", "Alice"),
        entry("workflow_sid", WW),
        entry("workspace_sid", WS));
    assertThat(event.getEventDate()).isEqualTo(OffsetDateTime.parse("2026-11-24T15:04:05Z"));
    Long millis = event.getEventDateMs();
    assertThat(millis).isEqualTo(1_795_532_645_318L);
    assertThat(event.getEventType()).isEqualTo("reservation.accepted");
    assertThat(event.getResourceSid()).isEqualTo(WR);
    assertThat(event.getResourceType()).isEqualTo("reservation");
    assertThat(event.getResourceUrl()).isEqualTo(BASE + "/Tasks/" + WT + "/Reservations/" + WR);
    assertThat(event.getSid()).isEqualTo(EV);
    assertThat(event.getSource()).isEqualTo("twilio");
    assertThat(event.getSourceIpAddress()).isEqualTo("203.0.113.17");
    assertThat(event.getUrl()).isEqualTo(BASE + "/Events/" + EV);
    assertThat(event.getWorkspaceSid()).isEqualTo(WS);
  }
}
