package io.taskrouter.sdk;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.taskrouter.sdk.model.CallStatusEvent;
import io.taskrouter.sdk.model.ConferenceEvent;
import io.taskrouter.sdk.model.HttpMethod;
import io.taskrouter.sdk.model.ReservationInstruction;
import io.taskrouter.sdk.model.ReservationStatus;
import io.taskrouter.sdk.model.SupervisorMode;
import io.taskrouter.sdk.model.TaskReservation;
import java.time.OffsetDateTime;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class TaskReservationsWireTest extends MockApi {
  private static final String WR2 = "WRfedcba9876543210fedcba9876543210";
  private static final String WA2 = "WAfedcba9876543210fedcba9876543210";
  private static final String CA = "CA0123456789abcdef0123456789abcdef";
  private static final String BASE = "https://taskrouter.twilio.com/v1/Workspaces/" + WS;
  private static final String PATH = "/v1/Workspaces/" + WS + "/Tasks/" + WT + "/Reservations";

  @Test
  void listSendsEveryFilterAndPagingParameterAndParsesThePage() {
    respond(200, fixture("task_reservations_page.json"));

    Page<TaskReservation> page = client.workspace(WS).task(WT).reservations().list(p -> p
        .reservationStatus(ReservationStatus.REJECTED)
        .workerSid(WK)
        .pageSize(25L)
        .pageToken("PAWR0123456789abcdef0123456789abcdef")).firstPage();

    RecordedRequest request = take();
    assertRequest(request, "GET", PATH);
    assertThat(query(request)).containsExactly(
        entry("ReservationStatus", List.of("rejected")),
        entry("WorkerSid", List.of(WK)),
        entry("PageSize", List.of("25")),
        entry("PageToken", List.of("PAWR0123456789abcdef0123456789abcdef")));

    List<TaskReservation> items = page.items();
    assertThat(items).hasSize(2);
    assertReservation(items.get(0), WR, ReservationStatus.REJECTED, "2026-11-24T15:00:02Z", "2026-11-24T15:00:32Z");
    assertReservation(items.get(1), WR2, ReservationStatus.REJECTED, "2026-11-24T15:00:33Z", "2026-11-24T15:00:41Z");
    assertThat(page.hasNextPage()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void fetchGetsTheReservationAndKeepsItsETag() {
    respondWithETag(200, fixture("task_reservation.json"), "5");

    TaskReservation reservation = client.workspace(WS).task(WT).reservations().fetch(WR);

    RecordedRequest request = take();
    assertRequest(request, "GET", PATH + "/" + WR);
    assertThat(query(request)).isEmpty();
    assertReservation(reservation, WR, ReservationStatus.ACCEPTED, "2026-11-24T15:00:02Z", "2026-11-24T15:00:09Z");
    assertThat(reservation.getReservationStatusValue()).isEqualTo("accepted");
    assertThat(reservation.getETag()).isEqualTo("5");
  }

  @Test
  void fetchReadsTheETagHeaderWhateverItsCase() {
    server.enqueue(new MockResponse().setResponseCode(200).setHeader("Etag", "11")
        .setHeader("Content-Type", "application/json; charset=utf-8").setBody(fixture("task_reservation.json")));

    TaskReservation reservation = client.workspace(WS).task(WT).reservations().fetch(WR);

    assertRequest(take(), "GET", PATH + "/" + WR);
    assertThat(reservation.getETag()).isEqualTo("11");
  }

  @Test
  void updateAcceptsConditionallyWithIfMatchAndReturnsTheNewETag() {
    respondWithETag(200, fixture("task_reservation.json"), "6");

    TaskReservation reservation = client.workspace(WS).task(WT).reservations().update(WR, p -> p
        .ifMatch("5")
        .reservationStatus(ReservationStatus.ACCEPTED)
        .workerActivitySid(WA));

    RecordedRequest request = take();
    assertRequest(request, "POST", PATH + "/" + WR);
    assertThat(request.getHeader("If-Match")).isEqualTo("5");
    assertThat(form(request)).containsExactly(
        entry("ReservationStatus", List.of("accepted")),
        entry("WorkerActivitySid", List.of(WA)));
    assertReservation(reservation, WR, ReservationStatus.ACCEPTED, "2026-11-24T15:00:02Z", "2026-11-24T15:00:09Z");
    assertThat(reservation.getETag()).isEqualTo("6");
  }

  @Test
  void updateWithoutIfMatchIsUnconditional() {
    respondWithETag(200, fixture("task_reservation.json"), "6");

    client.workspace(WS).task(WT).reservations().update(WR, p -> p.instruction(ReservationInstruction.REJECT));

    RecordedRequest request = take();
    assertRequest(request, "POST", PATH + "/" + WR);
    assertThat(request.getHeader("If-Match")).isNull();
    assertThat(form(request)).containsExactly(entry("Instruction", List.of("reject")));
  }

  @Test
  void updateSendsEveryInstructionParameterInSpecOrder() {
    respondWithETag(200, fixture("task_reservation.json"), "8");

    TaskReservation reservation = client.workspace(WS).task(WT).reservations().update(WR, p -> p
        .ifMatch("7")
        .reservationStatus(ReservationStatus.ACCEPTED)
        .workerActivitySid(WA)
        .instruction(ReservationInstruction.CONFERENCE)
        .dequeuePostWorkActivitySid(WA2)
        .dequeueFrom("+15017122661")
        .dequeueRecord("record-from-answer")
        .dequeueTimeout(25)
        .dequeueTo("client:alice")
        .dequeueStatusCallbackUrl("https://example.com/dequeue/status?leg=worker&n=1")
        .callFrom("+15558675310")
        .callRecord("do-not-record")
        .callTimeout(35)
        .callTo("sip:alice@example.com")
        .callUrl("https://example.com/twiml/call?lang=en")
        .callStatusCallbackUrl("https://example.com/call/status")
        .callAccept(true)
        .redirectCallSid(CA)
        .redirectAccept(false)
        .redirectUrl("https://example.com/twiml/redirect")
        .to("+14155550100")
        .from("+14155550199")
        .statusCallback("https://example.com/conference/leg-status")
        .statusCallbackMethod(HttpMethod.POST)
        .statusCallbackEvent(CallStatusEvent.INITIATED, CallStatusEvent.RINGING, CallStatusEvent.ANSWERED,
            CallStatusEvent.COMPLETED)
        .timeout(45)
        .recordValue(true)
        .muted(false)
        .beep("onEnter")
        .startConferenceOnEnter(true)
        .endConferenceOnExit(false)
        .waitUrl("https://example.com/hold-music.xml")
        .waitMethod(HttpMethod.GET)
        .earlyMedia(true)
        .maxParticipants(8)
        .conferenceStatusCallback("https://example.com/conference/events")
        .conferenceStatusCallbackMethod(HttpMethod.GET)
        .conferenceStatusCallbackEvent(ConferenceEvent.START, ConferenceEvent.END, ConferenceEvent.JOIN,
            ConferenceEvent.LEAVE, ConferenceEvent.MUTE, ConferenceEvent.HOLD, ConferenceEvent.SPEAKER)
        .conferenceRecord("record-from-start")
        .conferenceTrim("trim-silence")
        .recordingChannels("dual")
        .recordingStatusCallback("https://example.com/recording/leg")
        .recordingStatusCallbackMethod(HttpMethod.POST)
        .conferenceRecordingStatusCallback("https://example.com/recording/conference")
        .conferenceRecordingStatusCallbackMethod(HttpMethod.GET)
        .region("ie1")
        .sipAuthUsername("alice")
        .sipAuthPassword("p@ss w0rd&=!")
        .dequeueStatusCallbackEvent("ringing", "completed")
        .postWorkActivitySid(WA2)
        .supervisorMode(SupervisorMode.WHISPER)
        .supervisor("client:supervisor-bob")
        .endConferenceOnCustomerExit(true)
        .beepOnCustomerEntrance(false)
        .jitterBufferSize("medium"));

    RecordedRequest request = take();
    assertRequest(request, "POST", PATH + "/" + WR);
    assertThat(request.getHeader("If-Match")).isEqualTo("7");
    assertThat(form(request)).containsExactly(
        entry("ReservationStatus", List.of("accepted")),
        entry("WorkerActivitySid", List.of(WA)),
        entry("Instruction", List.of("conference")),
        entry("DequeuePostWorkActivitySid", List.of(WA2)),
        entry("DequeueFrom", List.of("+15017122661")),
        entry("DequeueRecord", List.of("record-from-answer")),
        entry("DequeueTimeout", List.of("25")),
        entry("DequeueTo", List.of("client:alice")),
        entry("DequeueStatusCallbackUrl", List.of("https://example.com/dequeue/status?leg=worker&n=1")),
        entry("CallFrom", List.of("+15558675310")),
        entry("CallRecord", List.of("do-not-record")),
        entry("CallTimeout", List.of("35")),
        entry("CallTo", List.of("sip:alice@example.com")),
        entry("CallUrl", List.of("https://example.com/twiml/call?lang=en")),
        entry("CallStatusCallbackUrl", List.of("https://example.com/call/status")),
        entry("CallAccept", List.of("true")),
        entry("RedirectCallSid", List.of(CA)),
        entry("RedirectAccept", List.of("false")),
        entry("RedirectUrl", List.of("https://example.com/twiml/redirect")),
        entry("To", List.of("+14155550100")),
        entry("From", List.of("+14155550199")),
        entry("StatusCallback", List.of("https://example.com/conference/leg-status")),
        entry("StatusCallbackMethod", List.of("POST")),
        entry("StatusCallbackEvent", List.of("initiated", "ringing", "answered", "completed")),
        entry("Timeout", List.of("45")),
        entry("Record", List.of("true")),
        entry("Muted", List.of("false")),
        entry("Beep", List.of("onEnter")),
        entry("StartConferenceOnEnter", List.of("true")),
        entry("EndConferenceOnExit", List.of("false")),
        entry("WaitUrl", List.of("https://example.com/hold-music.xml")),
        entry("WaitMethod", List.of("GET")),
        entry("EarlyMedia", List.of("true")),
        entry("MaxParticipants", List.of("8")),
        entry("ConferenceStatusCallback", List.of("https://example.com/conference/events")),
        entry("ConferenceStatusCallbackMethod", List.of("GET")),
        entry("ConferenceStatusCallbackEvent", List.of("start", "end", "join", "leave", "mute", "hold", "speaker")),
        entry("ConferenceRecord", List.of("record-from-start")),
        entry("ConferenceTrim", List.of("trim-silence")),
        entry("RecordingChannels", List.of("dual")),
        entry("RecordingStatusCallback", List.of("https://example.com/recording/leg")),
        entry("RecordingStatusCallbackMethod", List.of("POST")),
        entry("ConferenceRecordingStatusCallback", List.of("https://example.com/recording/conference")),
        entry("ConferenceRecordingStatusCallbackMethod", List.of("GET")),
        entry("Region", List.of("ie1")),
        entry("SipAuthUsername", List.of("alice")),
        entry("SipAuthPassword", List.of("p@ss w0rd&=!")),
        entry("DequeueStatusCallbackEvent", List.of("ringing", "completed")),
        entry("PostWorkActivitySid", List.of(WA2)),
        entry("SupervisorMode", List.of("whisper")),
        entry("Supervisor", List.of("client:supervisor-bob")),
        entry("EndConferenceOnCustomerExit", List.of("true")),
        entry("BeepOnCustomerEntrance", List.of("false")),
        entry("JitterBufferSize", List.of("medium")));
    assertThat(reservation.getSid()).isEqualTo(WR);
    assertThat(reservation.getETag()).isEqualTo("8");
  }

  @Test
  void updateDequeueInstructionSendsOnlyTheDequeueParameters() {
    respondWithETag(200, fixture("task_reservation.json"), "9");

    client.workspace(WS).task(WT).reservations().update(WR, p -> p
        .instruction(ReservationInstruction.DEQUEUE)
        .dequeueFrom("+15017122661")
        .dequeuePostWorkActivitySid(WA2)
        .dequeueStatusCallbackEvent(List.of("initiated", "answered")));

    RecordedRequest request = take();
    assertRequest(request, "POST", PATH + "/" + WR);
    // Spec order, not call order.
    assertThat(form(request)).containsExactly(
        entry("Instruction", List.of("dequeue")),
        entry("DequeuePostWorkActivitySid", List.of(WA2)),
        entry("DequeueFrom", List.of("+15017122661")),
        entry("DequeueStatusCallbackEvent", List.of("initiated", "answered")));
  }

  @Test
  void updateAsyncCompletesWithTheReservationAndItsETag() throws Exception {
    respondWithETag(200, fixture("task_reservation.json"), "10");

    TaskReservation reservation = client.workspace(WS).task(WT).reservations().updateAsync(WR, p -> p
        .ifMatch("9")
        .reservationStatus(ReservationStatus.ACCEPTED)).get(5, SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "POST", PATH + "/" + WR);
    assertThat(request.getHeader("If-Match")).isEqualTo("9");
    assertThat(form(request)).containsExactly(entry("ReservationStatus", List.of("accepted")));
    assertReservation(reservation, WR, ReservationStatus.ACCEPTED, "2026-11-24T15:00:02Z", "2026-11-24T15:00:09Z");
    assertThat(reservation.getETag()).isEqualTo("10");
  }

  @Test
  void listAsyncCompletesWithTheFirstPage() throws Exception {
    respond(200, fixture("task_reservations_page.json"));

    Page<TaskReservation> page = client.workspace(WS).task(WT).reservations()
        .listAsync(p -> p.workerSid(WK)).get(5, SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "GET", PATH);
    assertThat(query(request)).containsExactly(entry("WorkerSid", List.of(WK)));
    assertThat(page.items()).extracting(TaskReservation::getSid).containsExactly(WR, WR2);
    assertThat(page.hasNextPage()).isFalse();
  }

  /** Every field of a reservation of fixtures/task_reservation*.json. */
  private static void assertReservation(TaskReservation reservation, String sid, ReservationStatus status,
      String dateCreated, String dateUpdated) {
    assertThat(reservation.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(reservation.getDateCreated()).isEqualTo(OffsetDateTime.parse(dateCreated));
    assertThat(reservation.getDateUpdated()).isEqualTo(OffsetDateTime.parse(dateUpdated));
    assertThat(reservation.getReservationStatus()).isEqualTo(status);
    assertThat(reservation.getSid()).isEqualTo(sid);
    assertThat(reservation.getTaskSid()).isEqualTo(WT);
    assertThat(reservation.getWorkerName()).isEqualTo("Alice");
    assertThat(reservation.getWorkerSid()).isEqualTo(WK);
    assertThat(reservation.getWorkspaceSid()).isEqualTo(WS);
    assertThat(reservation.getUrl()).isEqualTo(BASE + "/Tasks/" + WT + "/Reservations/" + sid);
    assertThat(reservation.getLinks()).containsOnly(
        entry("task", BASE + "/Tasks/" + WT),
        entry("worker", BASE + "/Workers/" + WK),
        entry("workspace", BASE));
  }
}
