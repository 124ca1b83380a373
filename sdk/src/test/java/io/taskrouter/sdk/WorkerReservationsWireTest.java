package io.taskrouter.sdk;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.taskrouter.sdk.model.CallStatusEvent;
import io.taskrouter.sdk.model.ConferenceEvent;
import io.taskrouter.sdk.model.HttpMethod;
import io.taskrouter.sdk.model.ReservationInstruction;
import io.taskrouter.sdk.model.ReservationStatus;
import io.taskrouter.sdk.model.WorkerReservation;
import java.time.OffsetDateTime;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class WorkerReservationsWireTest extends MockApi {
  private static final String WR2 = "WRfedcba9876543210fedcba9876543210";
  private static final String WT2 = "WTfedcba9876543210fedcba9876543210";
  private static final String WA2 = "WAfedcba9876543210fedcba9876543210";
  private static final String CA = "CAfedcba9876543210fedcba9876543210";
  private static final String BASE = "https://taskrouter.twilio.com/v1/Workspaces/" + WS;
  private static final String PATH = "/v1/Workspaces/" + WS + "/Workers/" + WK + "/Reservations";

  @Test
  void listSendsEveryFilterAndPagingParameterAndParsesThePage() {
    respond(200, fixture("worker_reservations_page.json"));

    Page<WorkerReservation> page = client.workspace(WS).worker(WK).reservations().list(p -> p
        .reservationStatus(ReservationStatus.COMPLETED)
        .pageSize(10L)
        .pageToken("PAWR0123456789abcdef0123456789abcdef")).firstPage();

    RecordedRequest request = take();
    assertRequest(request, "GET", PATH);
    assertThat(query(request)).containsExactly(
        entry("ReservationStatus", List.of("completed")),
        entry("PageSize", List.of("10")),
        entry("PageToken", List.of("PAWR0123456789abcdef0123456789abcdef")));

    List<WorkerReservation> items = page.items();
    assertThat(items).hasSize(2);
    assertReservation(items.get(0), WR, WT, ReservationStatus.COMPLETED, "2026-11-24T14:10:00Z",
        "2026-11-24T14:31:15Z");
    assertReservation(items.get(1), WR2, WT2, ReservationStatus.COMPLETED, "2026-11-24T14:40:00Z",
        "2026-11-24T14:58:20Z");
    assertThat(page.hasNextPage()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void fetchGetsTheReservationAndParsesEveryField() {
    respond(200, fixture("worker_reservation.json"));

    WorkerReservation reservation = client.workspace(WS).worker(WK).reservations().fetch(WR);

    RecordedRequest request = take();
    assertRequest(request, "GET", PATH + "/" + WR);
    assertThat(query(request)).isEmpty();
    assertReservation(reservation, WR, WT, ReservationStatus.PENDING, "2026-11-24T15:00:02Z", "2026-11-24T15:00:11Z");
    assertThat(reservation.getReservationStatusValue()).isEqualTo("pending");
  }

  @Test
  void updateAcceptsConditionallyWithIfMatch() {
    respond(200, fixture("worker_reservation_accepted.json"));

    WorkerReservation reservation = client.workspace(WS).worker(WK).reservations().update(WR, p -> p
        .ifMatch("3")
        .reservationStatus(ReservationStatus.ACCEPTED)
        .workerActivitySid(WA));

    RecordedRequest request = take();
    assertRequest(request, "POST", PATH + "/" + WR);
    assertThat(request.getHeader("If-Match")).isEqualTo("3");
    assertThat(form(request)).containsExactly(
        entry("ReservationStatus", List.of("accepted")),
        entry("WorkerActivitySid", List.of(WA)));
    assertReservation(reservation, WR, WT, ReservationStatus.ACCEPTED, "2026-11-24T15:00:02Z", "2026-11-24T15:00:14Z");
  }

  @Test
  void updateWithoutIfMatchIsUnconditional() {
    respond(200, fixture("worker_reservation_accepted.json"));

    client.workspace(WS).worker(WK).reservations().update(WR, p -> p.instruction(ReservationInstruction.ACCEPT));

    RecordedRequest request = take();
    assertRequest(request, "POST", PATH + "/" + WR);
    assertThat(request.getHeader("If-Match")).isNull();
    assertThat(form(request)).containsExactly(entry("Instruction", List.of("accept")));
  }

  @Test
  void updateSendsEveryInstructionParameterInSpecOrder() {
    respond(200, fixture("worker_reservation_accepted.json"));

    WorkerReservation reservation = client.workspace(WS).worker(WK).reservations().update(WR, p -> p
        .ifMatch("4")
        .reservationStatus(ReservationStatus.ACCEPTED)
        .workerActivitySid(WA)
        .instruction(ReservationInstruction.CONFERENCE)
        .dequeuePostWorkActivitySid(WA2)
        .dequeueFrom("+15017122661")
        .dequeueRecord("record-from-answer")
        .dequeueTimeout(20)
        .dequeueTo("client:alice")
        .dequeueStatusCallbackUrl("https://example.com/dequeue/status?leg=worker&n=2")
        .callFrom("+15558675310")
        .callRecord("record-from-ringing")
        .callTimeout(30)
        .callTo("sip:alice@example.com;transport=tls")
        .callUrl("https://example.com/twiml/call?lang=fr")
        .callStatusCallbackUrl("https://example.com/call/status")
        .callAccept(false)
        .redirectCallSid(CA)
        .redirectAccept(true)
        .redirectUrl("https://example.com/twiml/redirect")
        .to("client:alice")
        .from("+14155550199")
        .statusCallback("https://example.com/conference/leg-status")
        .statusCallbackMethod(HttpMethod.GET)
        .statusCallbackEvent(List.of(CallStatusEvent.RINGING, CallStatusEvent.COMPLETED))
        .timeout(40)
        .recordValue(false)
        .muted(true)
        .beep("false")
        .startConferenceOnEnter(false)
        .endConferenceOnExit(true)
        .waitUrl("https://example.com/hold-music.xml")
        .waitMethod(HttpMethod.POST)
        .earlyMedia(false)
        .maxParticipants(3)
        .conferenceStatusCallback("https://example.com/conference/events")
        .conferenceStatusCallbackMethod(HttpMethod.POST)
        .conferenceStatusCallbackEvent(List.of(ConferenceEvent.JOIN, ConferenceEvent.LEAVE, ConferenceEvent.END))
        .conferenceRecord("do-not-record")
        .conferenceTrim("do-not-trim")
        .recordingChannels("mono")
        .recordingStatusCallback("https://example.com/recording/leg")
        .recordingStatusCallbackMethod(HttpMethod.GET)
        .conferenceRecordingStatusCallback("https://example.com/recording/conference")
        .conferenceRecordingStatusCallbackMethod(HttpMethod.POST)
        .region("au1")
        .sipAuthUsername("alice@example.com")
        .sipAuthPassword("s3cret+/=?")
        .dequeueStatusCallbackEvent("initiated", "ringing", "answered", "completed")
        .postWorkActivitySid(WA2)
        .endConferenceOnCustomerExit(false)
        .beepOnCustomerEntrance(true)
        .jitterBufferSize("large"));

    RecordedRequest request = take();
    assertRequest(request, "POST", PATH + "/" + WR);
    assertThat(request.getHeader("If-Match")).isEqualTo("4");
    assertThat(form(request)).containsExactly(
        entry("ReservationStatus", List.of("accepted")),
        entry("WorkerActivitySid", List.of(WA)),
        entry("Instruction", List.of("conference")),
        entry("DequeuePostWorkActivitySid", List.of(WA2)),
        entry("DequeueFrom", List.of("+15017122661")),
        entry("DequeueRecord", List.of("record-from-answer")),
        entry("DequeueTimeout", List.of("20")),
        entry("DequeueTo", List.of("client:alice")),
        entry("DequeueStatusCallbackUrl", List.of("https://example.com/dequeue/status?leg=worker&n=2")),
        entry("CallFrom", List.of("+15558675310")),
        entry("CallRecord", List.of("record-from-ringing")),
        entry("CallTimeout", List.of("30")),
        entry("CallTo", List.of("sip:alice@example.com;transport=tls")),
        entry("CallUrl", List.of("https://example.com/twiml/call?lang=fr")),
        entry("CallStatusCallbackUrl", List.of("https://example.com/call/status")),
        entry("CallAccept", List.of("false")),
        entry("RedirectCallSid", List.of(CA)),
        entry("RedirectAccept", List.of("true")),
        entry("RedirectUrl", List.of("https://example.com/twiml/redirect")),
        entry("To", List.of("client:alice")),
        entry("From", List.of("+14155550199")),
        entry("StatusCallback", List.of("https://example.com/conference/leg-status")),
        entry("StatusCallbackMethod", List.of("GET")),
        entry("StatusCallbackEvent", List.of("ringing", "completed")),
        entry("Timeout", List.of("40")),
        entry("Record", List.of("false")),
        entry("Muted", List.of("true")),
        entry("Beep", List.of("false")),
        entry("StartConferenceOnEnter", List.of("false")),
        entry("EndConferenceOnExit", List.of("true")),
        entry("WaitUrl", List.of("https://example.com/hold-music.xml")),
        entry("WaitMethod", List.of("POST")),
        entry("EarlyMedia", List.of("false")),
        entry("MaxParticipants", List.of("3")),
        entry("ConferenceStatusCallback", List.of("https://example.com/conference/events")),
        entry("ConferenceStatusCallbackMethod", List.of("POST")),
        entry("ConferenceStatusCallbackEvent", List.of("join", "leave", "end")),
        entry("ConferenceRecord", List.of("do-not-record")),
        entry("ConferenceTrim", List.of("do-not-trim")),
        entry("RecordingChannels", List.of("mono")),
        entry("RecordingStatusCallback", List.of("https://example.com/recording/leg")),
        entry("RecordingStatusCallbackMethod", List.of("GET")),
        entry("ConferenceRecordingStatusCallback", List.of("https://example.com/recording/conference")),
        entry("ConferenceRecordingStatusCallbackMethod", List.of("POST")),
        entry("Region", List.of("au1")),
        entry("SipAuthUsername", List.of("alice@example.com")),
        entry("SipAuthPassword", List.of("s3cret+/=?")),
        entry("DequeueStatusCallbackEvent", List.of("initiated", "ringing", "answered", "completed")),
        entry("PostWorkActivitySid", List.of(WA2)),
        entry("EndConferenceOnCustomerExit", List.of("false")),
        entry("BeepOnCustomerEntrance", List.of("true")),
        entry("JitterBufferSize", List.of("large")));
    assertThat(reservation.getReservationStatus()).isEqualTo(ReservationStatus.ACCEPTED);
  }

  @Test
  void updateRedirectInstructionSendsOnlyTheRedirectParameters() {
    respond(200, fixture("worker_reservation_accepted.json"));

    client.workspace(WS).worker(WK).reservations().update(WR, p -> p
        .redirectUrl("https://example.com/twiml/agent-queue")
        .redirectAccept(true)
        .redirectCallSid(CA)
        .instruction(ReservationInstruction.REDIRECT));

    RecordedRequest request = take();
    assertRequest(request, "POST", PATH + "/" + WR);
    assertThat(form(request)).containsExactly(
        entry("Instruction", List.of("redirect")),
        entry("RedirectCallSid", List.of(CA)),
        entry("RedirectAccept", List.of("true")),
        entry("RedirectUrl", List.of("https://example.com/twiml/agent-queue")));
  }

  @Test
  void listAsyncCompletesWithTheFirstPage() throws Exception {
    respond(200, fixture("worker_reservations_page.json"));

    Page<WorkerReservation> page = client.workspace(WS).worker(WK).reservations()
        .listAsync(p -> p.reservationStatus(ReservationStatus.COMPLETED)).get(5, SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "GET", PATH);
    assertThat(query(request)).containsExactly(entry("ReservationStatus", List.of("completed")));
    assertThat(page.items()).extracting(WorkerReservation::getSid).containsExactly(WR, WR2);
    assertThat(page.items()).extracting(WorkerReservation::getTaskSid).containsExactly(WT, WT2);
    assertThat(page.hasNextPage()).isFalse();
  }

  @Test
  void updateAsyncCompletesWithTheReservation() throws Exception {
    respond(200, fixture("worker_reservation_accepted.json"));

    WorkerReservation reservation = client.workspace(WS).worker(WK).reservations()
        .updateAsync(WR, p -> p.reservationStatus(ReservationStatus.ACCEPTED)).get(5, SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "POST", PATH + "/" + WR);
    assertThat(form(request)).containsExactly(entry("ReservationStatus", List.of("accepted")));
    assertReservation(reservation, WR, WT, ReservationStatus.ACCEPTED, "2026-11-24T15:00:02Z", "2026-11-24T15:00:14Z");
  }

  /** Every field of a reservation of fixtures/worker_reservation*.json. */
  private static void assertReservation(WorkerReservation reservation, String sid, String taskSid,
      ReservationStatus status, String dateCreated, String dateUpdated) {
    assertThat(reservation.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(reservation.getDateCreated()).isEqualTo(OffsetDateTime.parse(dateCreated));
    assertThat(reservation.getDateUpdated()).isEqualTo(OffsetDateTime.parse(dateUpdated));
    assertThat(reservation.getReservationStatus()).isEqualTo(status);
    assertThat(reservation.getSid()).isEqualTo(sid);
    assertThat(reservation.getTaskSid()).isEqualTo(taskSid);
    assertThat(reservation.getWorkerName()).isEqualTo("Alice");
    assertThat(reservation.getWorkerSid()).isEqualTo(WK);
    assertThat(reservation.getWorkspaceSid()).isEqualTo(WS);
    assertThat(reservation.getUrl()).isEqualTo(BASE + "/Workers/" + WK + "/Reservations/" + sid);
    assertThat(reservation.getLinks()).containsOnly(
        entry("task", BASE + "/Tasks/" + taskSid),
        entry("worker", BASE + "/Workers/" + WK),
        entry("workspace", BASE));
  }
}
