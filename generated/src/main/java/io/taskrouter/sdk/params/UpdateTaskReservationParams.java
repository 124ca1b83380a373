// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.params;

import io.taskrouter.sdk.internal.Checks;
import io.taskrouter.sdk.internal.JsonText;
import io.taskrouter.sdk.model.CallStatusEvent;
import io.taskrouter.sdk.model.ConferenceEvent;
import io.taskrouter.sdk.model.HttpMethod;
import io.taskrouter.sdk.model.ReservationInstruction;
import io.taskrouter.sdk.model.ReservationStatus;
import io.taskrouter.sdk.model.SupervisorMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Options of {@code UpdateTaskReservation}: Update a reservation of a task.
 *
 * <p>Immutable. Build one with {@link #builder()}, or pass a {@code Consumer<Builder>} to the
 * resource method. Each setter checks its value at once and {@link Builder#build()} checks that the
 * required options are there: an invalid value is refused with an {@link IllegalArgumentException}
 * that names the parameter, before anything is sent.
 */
public final class UpdateTaskReservationParams {
  private final @Nullable String ifMatch;
  private final @Nullable ReservationStatus reservationStatus;
  private final @Nullable String workerActivitySid;
  private final @Nullable ReservationInstruction instruction;
  private final @Nullable String dequeuePostWorkActivitySid;
  private final @Nullable String dequeueFrom;
  private final @Nullable String dequeueRecord;
  private final @Nullable Integer dequeueTimeout;
  private final @Nullable String dequeueTo;
  private final @Nullable String dequeueStatusCallbackUrl;
  private final @Nullable String callFrom;
  private final @Nullable String callRecord;
  private final @Nullable Integer callTimeout;
  private final @Nullable String callTo;
  private final @Nullable String callUrl;
  private final @Nullable String callStatusCallbackUrl;
  private final @Nullable Boolean callAccept;
  private final @Nullable String redirectCallSid;
  private final @Nullable Boolean redirectAccept;
  private final @Nullable String redirectUrl;
  private final @Nullable String to;
  private final @Nullable String from;
  private final @Nullable String statusCallback;
  private final @Nullable HttpMethod statusCallbackMethod;
  private final @Nullable List<CallStatusEvent> statusCallbackEvent;
  private final @Nullable Integer timeout;
  private final @Nullable Boolean recordValue;
  private final @Nullable Boolean muted;
  private final @Nullable String beep;
  private final @Nullable Boolean startConferenceOnEnter;
  private final @Nullable Boolean endConferenceOnExit;
  private final @Nullable String waitUrl;
  private final @Nullable HttpMethod waitMethod;
  private final @Nullable Boolean earlyMedia;
  private final @Nullable Integer maxParticipants;
  private final @Nullable String conferenceStatusCallback;
  private final @Nullable HttpMethod conferenceStatusCallbackMethod;
  private final @Nullable List<ConferenceEvent> conferenceStatusCallbackEvent;
  private final @Nullable String conferenceRecord;
  private final @Nullable String conferenceTrim;
  private final @Nullable String recordingChannels;
  private final @Nullable String recordingStatusCallback;
  private final @Nullable HttpMethod recordingStatusCallbackMethod;
  private final @Nullable String conferenceRecordingStatusCallback;
  private final @Nullable HttpMethod conferenceRecordingStatusCallbackMethod;
  private final @Nullable String region;
  private final @Nullable String sipAuthUsername;
  private final @Nullable String sipAuthPassword;
  private final @Nullable List<String> dequeueStatusCallbackEvent;
  private final @Nullable String postWorkActivitySid;
  private final @Nullable SupervisorMode supervisorMode;
  private final @Nullable String supervisor;
  private final @Nullable Boolean endConferenceOnCustomerExit;
  private final @Nullable Boolean beepOnCustomerEntrance;
  private final @Nullable String jitterBufferSize;
  private final Map<String, String> extraParams;

  private UpdateTaskReservationParams(Builder builder) {
    this.ifMatch = builder.ifMatch;
    this.reservationStatus = builder.reservationStatus;
    this.workerActivitySid = builder.workerActivitySid;
    this.instruction = builder.instruction;
    this.dequeuePostWorkActivitySid = builder.dequeuePostWorkActivitySid;
    this.dequeueFrom = builder.dequeueFrom;
    this.dequeueRecord = builder.dequeueRecord;
    this.dequeueTimeout = builder.dequeueTimeout;
    this.dequeueTo = builder.dequeueTo;
    this.dequeueStatusCallbackUrl = builder.dequeueStatusCallbackUrl;
    this.callFrom = builder.callFrom;
    this.callRecord = builder.callRecord;
    this.callTimeout = builder.callTimeout;
    this.callTo = builder.callTo;
    this.callUrl = builder.callUrl;
    this.callStatusCallbackUrl = builder.callStatusCallbackUrl;
    this.callAccept = builder.callAccept;
    this.redirectCallSid = builder.redirectCallSid;
    this.redirectAccept = builder.redirectAccept;
    this.redirectUrl = builder.redirectUrl;
    this.to = builder.to;
    this.from = builder.from;
    this.statusCallback = builder.statusCallback;
    this.statusCallbackMethod = builder.statusCallbackMethod;
    this.statusCallbackEvent = builder.statusCallbackEvent;
    this.timeout = builder.timeout;
    this.recordValue = builder.recordValue;
    this.muted = builder.muted;
    this.beep = builder.beep;
    this.startConferenceOnEnter = builder.startConferenceOnEnter;
    this.endConferenceOnExit = builder.endConferenceOnExit;
    this.waitUrl = builder.waitUrl;
    this.waitMethod = builder.waitMethod;
    this.earlyMedia = builder.earlyMedia;
    this.maxParticipants = builder.maxParticipants;
    this.conferenceStatusCallback = builder.conferenceStatusCallback;
    this.conferenceStatusCallbackMethod = builder.conferenceStatusCallbackMethod;
    this.conferenceStatusCallbackEvent = builder.conferenceStatusCallbackEvent;
    this.conferenceRecord = builder.conferenceRecord;
    this.conferenceTrim = builder.conferenceTrim;
    this.recordingChannels = builder.recordingChannels;
    this.recordingStatusCallback = builder.recordingStatusCallback;
    this.recordingStatusCallbackMethod = builder.recordingStatusCallbackMethod;
    this.conferenceRecordingStatusCallback = builder.conferenceRecordingStatusCallback;
    this.conferenceRecordingStatusCallbackMethod = builder.conferenceRecordingStatusCallbackMethod;
    this.region = builder.region;
    this.sipAuthUsername = builder.sipAuthUsername;
    this.sipAuthPassword = builder.sipAuthPassword;
    this.dequeueStatusCallbackEvent = builder.dequeueStatusCallbackEvent;
    this.postWorkActivitySid = builder.postWorkActivitySid;
    this.supervisorMode = builder.supervisorMode;
    this.supervisor = builder.supervisor;
    this.endConferenceOnCustomerExit = builder.endConferenceOnCustomerExit;
    this.beepOnCustomerEntrance = builder.beepOnCustomerEntrance;
    this.jitterBufferSize = builder.jitterBufferSize;
    this.extraParams = Collections.unmodifiableMap(new LinkedHashMap<>(builder.extraParams));
  }

  /** @return a builder with no option set */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds the options that {@code options} sets on a new builder.
   *
   * @param options sets the options
   * @return the options, checked
   */
  public static UpdateTaskReservationParams of(Consumer<Builder> options) {
    Checks.required("options", options);
    Builder builder = new Builder();
    options.accept(builder);
    return builder.build();
  }

  /** @return a builder holding these options, to derive other options from them */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.ifMatch = ifMatch;
    builder.reservationStatus = reservationStatus;
    builder.workerActivitySid = workerActivitySid;
    builder.instruction = instruction;
    builder.dequeuePostWorkActivitySid = dequeuePostWorkActivitySid;
    builder.dequeueFrom = dequeueFrom;
    builder.dequeueRecord = dequeueRecord;
    builder.dequeueTimeout = dequeueTimeout;
    builder.dequeueTo = dequeueTo;
    builder.dequeueStatusCallbackUrl = dequeueStatusCallbackUrl;
    builder.callFrom = callFrom;
    builder.callRecord = callRecord;
    builder.callTimeout = callTimeout;
    builder.callTo = callTo;
    builder.callUrl = callUrl;
    builder.callStatusCallbackUrl = callStatusCallbackUrl;
    builder.callAccept = callAccept;
    builder.redirectCallSid = redirectCallSid;
    builder.redirectAccept = redirectAccept;
    builder.redirectUrl = redirectUrl;
    builder.to = to;
    builder.from = from;
    builder.statusCallback = statusCallback;
    builder.statusCallbackMethod = statusCallbackMethod;
    builder.statusCallbackEvent = statusCallbackEvent;
    builder.timeout = timeout;
    builder.recordValue = recordValue;
    builder.muted = muted;
    builder.beep = beep;
    builder.startConferenceOnEnter = startConferenceOnEnter;
    builder.endConferenceOnExit = endConferenceOnExit;
    builder.waitUrl = waitUrl;
    builder.waitMethod = waitMethod;
    builder.earlyMedia = earlyMedia;
    builder.maxParticipants = maxParticipants;
    builder.conferenceStatusCallback = conferenceStatusCallback;
    builder.conferenceStatusCallbackMethod = conferenceStatusCallbackMethod;
    builder.conferenceStatusCallbackEvent = conferenceStatusCallbackEvent;
    builder.conferenceRecord = conferenceRecord;
    builder.conferenceTrim = conferenceTrim;
    builder.recordingChannels = recordingChannels;
    builder.recordingStatusCallback = recordingStatusCallback;
    builder.recordingStatusCallbackMethod = recordingStatusCallbackMethod;
    builder.conferenceRecordingStatusCallback = conferenceRecordingStatusCallback;
    builder.conferenceRecordingStatusCallbackMethod = conferenceRecordingStatusCallbackMethod;
    builder.region = region;
    builder.sipAuthUsername = sipAuthUsername;
    builder.sipAuthPassword = sipAuthPassword;
    builder.dequeueStatusCallbackEvent = dequeueStatusCallbackEvent;
    builder.postWorkActivitySid = postWorkActivitySid;
    builder.supervisorMode = supervisorMode;
    builder.supervisor = supervisor;
    builder.endConferenceOnCustomerExit = endConferenceOnCustomerExit;
    builder.beepOnCustomerEntrance = beepOnCustomerEntrance;
    builder.jitterBufferSize = jitterBufferSize;
    builder.extraParams.putAll(extraParams);
    return builder;
  }

  /**
   * Revision (a previously returned {@code ETag} value) the write depends on. If the resource has changed since, nothing is written and the API answers HTTP 412. Without this header the write is unconditional.
   *
   * @return the value of {@code If-Match}, or null when it is not set
   */
  public @Nullable String ifMatch() {
    return ifMatch;
  }

  /**
   * New status of a pending Reservation: {@code accepted} or {@code rejected}; on Flex also {@code wrapping} or {@code completed} for an accepted one.
   *
   * @return the value of {@code ReservationStatus}, or null when it is not set
   */
  public @Nullable ReservationStatus reservationStatus() {
    return reservationStatus;
  }

  /**
   * Activity the Worker moves to with this update. On a rejection without it the Worker returns to the Activity it had before the Reservation.
   *
   * @return the value of {@code WorkerActivitySid}, or null when it is not set
   */
  public @Nullable String workerActivitySid() {
    return workerActivitySid;
  }

  /**
   * Instruction that answers a pending Reservation: {@code accept} or {@code reject} it, or have TaskRouter {@code dequeue} the caller to the Worker, {@code call} the Worker, {@code redirect} the call, or join both in a {@code conference}.
   *
   * @return the value of {@code Instruction}, or null when it is not set
   */
  public @Nullable ReservationInstruction instruction() {
    return instruction;
  }

  /**
   * dequeue: Activity the Worker moves to when the call ends.
   *
   * @return the value of {@code DequeuePostWorkActivitySid}, or null when it is not set
   */
  public @Nullable String dequeuePostWorkActivitySid() {
    return dequeuePostWorkActivitySid;
  }

  /**
   * dequeue: caller ID shown on the Worker's phone.
   *
   * @return the value of {@code DequeueFrom}, or null when it is not set
   */
  public @Nullable String dequeueFrom() {
    return dequeueFrom;
  }

  /**
   * dequeue: recording mode of the call, e.g. {@code record-from-answer}.
   *
   * @return the value of {@code DequeueRecord}, or null when it is not set
   */
  public @Nullable String dequeueRecord() {
    return dequeueRecord;
  }

  /**
   * dequeue: seconds to wait for the Worker to answer.
   *
   * @return the value of {@code DequeueTimeout}, or null when it is not set
   */
  public @Nullable Integer dequeueTimeout() {
    return dequeueTimeout;
  }

  /**
   * dequeue: number or client address to connect. Defaults to the Worker's {@code contact_uri} attribute.
   *
   * @return the value of {@code DequeueTo}, or null when it is not set
   */
  public @Nullable String dequeueTo() {
    return dequeueTo;
  }

  /**
   * dequeue: URL that receives call status updates.
   *
   * @return the value of {@code DequeueStatusCallbackUrl}, or null when it is not set
   */
  public @Nullable String dequeueStatusCallbackUrl() {
    return dequeueStatusCallbackUrl;
  }

  /**
   * call: caller ID of the outbound call to the Worker.
   *
   * @return the value of {@code CallFrom}, or null when it is not set
   */
  public @Nullable String callFrom() {
    return callFrom;
  }

  /**
   * call: recording mode of the outbound call.
   *
   * @return the value of {@code CallRecord}, or null when it is not set
   */
  public @Nullable String callRecord() {
    return callRecord;
  }

  /**
   * call: seconds to wait for the Worker to answer.
   *
   * @return the value of {@code CallTimeout}, or null when it is not set
   */
  public @Nullable Integer callTimeout() {
    return callTimeout;
  }

  /**
   * call: number or client address to dial. Defaults to the Worker's {@code contact_uri} attribute.
   *
   * @return the value of {@code CallTo}, or null when it is not set
   */
  public @Nullable String callTo() {
    return callTo;
  }

  /**
   * call: URL of the TwiML executed once the Worker answers.
   *
   * @return the value of {@code CallUrl}, or null when it is not set
   */
  public @Nullable String callUrl() {
    return callUrl;
  }

  /**
   * call: URL that receives call status updates.
   *
   * @return the value of {@code CallStatusCallbackUrl}, or null when it is not set
   */
  public @Nullable String callStatusCallbackUrl() {
    return callStatusCallbackUrl;
  }

  /**
   * call: accept the Reservation as soon as the call is placed. Default false.
   *
   * @return the value of {@code CallAccept}, or null when it is not set
   */
  public @Nullable Boolean callAccept() {
    return callAccept;
  }

  /**
   * redirect: SID of the live call to move.
   *
   * @return the value of {@code RedirectCallSid}, or null when it is not set
   */
  public @Nullable String redirectCallSid() {
    return redirectCallSid;
  }

  /**
   * redirect: accept the Reservation together with the redirect.
   *
   * @return the value of {@code RedirectAccept}, or null when it is not set
   */
  public @Nullable Boolean redirectAccept() {
    return redirectAccept;
  }

  /**
   * redirect: URL of the TwiML the call is sent to.
   *
   * @return the value of {@code RedirectUrl}, or null when it is not set
   */
  public @Nullable String redirectUrl() {
    return redirectUrl;
  }

  /**
   * conference: number or client address of the Worker leg. Defaults to the Worker's {@code contact_uri} attribute.
   *
   * @return the value of {@code To}, or null when it is not set
   */
  public @Nullable String to() {
    return to;
  }

  /**
   * conference: caller ID used to dial the Worker.
   *
   * @return the value of {@code From}, or null when it is not set
   */
  public @Nullable String from() {
    return from;
  }

  /**
   * conference: URL that receives status updates of the Worker's call.
   *
   * @return the value of {@code StatusCallback}, or null when it is not set
   */
  public @Nullable String statusCallback() {
    return statusCallback;
  }

  /**
   * HTTP method used to call {@code StatusCallback}.
   *
   * @return the value of {@code StatusCallbackMethod}, or null when it is not set
   */
  public @Nullable HttpMethod statusCallbackMethod() {
    return statusCallbackMethod;
  }

  /**
   * conference: call progress events reported to {@code StatusCallback}.
   *
   * @return the value of {@code StatusCallbackEvent}, or null when it is not set
   */
  public @Nullable List<CallStatusEvent> statusCallbackEvent() {
    return statusCallbackEvent;
  }

  /**
   * conference: seconds to wait for the Worker to answer.
   *
   * @return the value of {@code Timeout}, or null when it is not set
   */
  public @Nullable Integer timeout() {
    return timeout;
  }

  /**
   * conference: record the Worker's call leg.
   *
   * @return the value of {@code Record}, or null when it is not set
   */
  public @Nullable Boolean recordValue() {
    return recordValue;
  }

  /**
   * conference: the Worker joins muted.
   *
   * @return the value of {@code Muted}, or null when it is not set
   */
  public @Nullable Boolean muted() {
    return muted;
  }

  /**
   * conference: beep setting on join/leave, e.g. {@code true}, {@code false}, {@code onEnter} or {@code onExit}.
   *
   * @return the value of {@code Beep}, or null when it is not set
   */
  public @Nullable String beep() {
    return beep;
  }

  /**
   * conference: the conference starts when the Worker joins.
   *
   * @return the value of {@code StartConferenceOnEnter}, or null when it is not set
   */
  public @Nullable Boolean startConferenceOnEnter() {
    return startConferenceOnEnter;
  }

  /**
   * conference: the conference ends when the Worker leaves.
   *
   * @return the value of {@code EndConferenceOnExit}, or null when it is not set
   */
  public @Nullable Boolean endConferenceOnExit() {
    return endConferenceOnExit;
  }

  /**
   * conference: URL of the audio or TwiML played while waiting for the conference to start.
   *
   * @return the value of {@code WaitUrl}, or null when it is not set
   */
  public @Nullable String waitUrl() {
    return waitUrl;
  }

  /**
   * HTTP method used to fetch {@code WaitUrl}.
   *
   * @return the value of {@code WaitMethod}, or null when it is not set
   */
  public @Nullable HttpMethod waitMethod() {
    return waitMethod;
  }

  /**
   * conference: let the Worker hear ringing and other early media.
   *
   * @return the value of {@code EarlyMedia}, or null when it is not set
   */
  public @Nullable Boolean earlyMedia() {
    return earlyMedia;
  }

  /**
   * conference: maximum number of participants.
   *
   * @return the value of {@code MaxParticipants}, or null when it is not set
   */
  public @Nullable Integer maxParticipants() {
    return maxParticipants;
  }

  /**
   * conference: URL that receives conference events.
   *
   * @return the value of {@code ConferenceStatusCallback}, or null when it is not set
   */
  public @Nullable String conferenceStatusCallback() {
    return conferenceStatusCallback;
  }

  /**
   * HTTP method used to call {@code ConferenceStatusCallback}.
   *
   * @return the value of {@code ConferenceStatusCallbackMethod}, or null when it is not set
   */
  public @Nullable HttpMethod conferenceStatusCallbackMethod() {
    return conferenceStatusCallbackMethod;
  }

  /**
   * conference: conference events reported to {@code ConferenceStatusCallback}.
   *
   * @return the value of {@code ConferenceStatusCallbackEvent}, or null when it is not set
   */
  public @Nullable List<ConferenceEvent> conferenceStatusCallbackEvent() {
    return conferenceStatusCallbackEvent;
  }

  /**
   * conference: whether and when to record the conference, e.g. {@code record-from-start} or {@code do-not-record}.
   *
   * @return the value of {@code ConferenceRecord}, or null when it is not set
   */
  public @Nullable String conferenceRecord() {
    return conferenceRecord;
  }

  /**
   * conference: {@code trim-silence} removes leading and trailing silence from the recording; {@code do-not-trim} keeps it.
   *
   * @return the value of {@code ConferenceTrim}, or null when it is not set
   */
  public @Nullable String conferenceTrim() {
    return conferenceTrim;
  }

  /**
   * conference: {@code mono} or {@code dual} recording of the Worker leg.
   *
   * @return the value of {@code RecordingChannels}, or null when it is not set
   */
  public @Nullable String recordingChannels() {
    return recordingChannels;
  }

  /**
   * conference: URL notified when the Worker leg recording is available.
   *
   * @return the value of {@code RecordingStatusCallback}, or null when it is not set
   */
  public @Nullable String recordingStatusCallback() {
    return recordingStatusCallback;
  }

  /**
   * HTTP method used to call {@code RecordingStatusCallback}.
   *
   * @return the value of {@code RecordingStatusCallbackMethod}, or null when it is not set
   */
  public @Nullable HttpMethod recordingStatusCallbackMethod() {
    return recordingStatusCallbackMethod;
  }

  /**
   * conference: URL notified when the conference recording is available.
   *
   * @return the value of {@code ConferenceRecordingStatusCallback}, or null when it is not set
   */
  public @Nullable String conferenceRecordingStatusCallback() {
    return conferenceRecordingStatusCallback;
  }

  /**
   * HTTP method used to call {@code ConferenceRecordingStatusCallback}.
   *
   * @return the value of {@code ConferenceRecordingStatusCallbackMethod}, or null when it is not set
   */
  public @Nullable HttpMethod conferenceRecordingStatusCallbackMethod() {
    return conferenceRecordingStatusCallbackMethod;
  }

  /**
   * conference: region where the conference is mixed, e.g. {@code us1}.
   *
   * @return the value of {@code Region}, or null when it is not set
   */
  public @Nullable String region() {
    return region;
  }

  /**
   * conference: user name for SIP authentication when {@code To} is a SIP address.
   *
   * @return the value of {@code SipAuthUsername}, or null when it is not set
   */
  public @Nullable String sipAuthUsername() {
    return sipAuthUsername;
  }

  /**
   * conference: password for SIP authentication when {@code To} is a SIP address.
   *
   * @return the value of {@code SipAuthPassword}, or null when it is not set
   */
  public @Nullable String sipAuthPassword() {
    return sipAuthPassword;
  }

  /**
   * dequeue: call progress events to report to {@code DequeueStatusCallbackUrl}.
   *
   * @return the value of {@code DequeueStatusCallbackEvent}, or null when it is not set
   */
  public @Nullable List<String> dequeueStatusCallbackEvent() {
    return dequeueStatusCallbackEvent;
  }

  /**
   * conference: Activity the Worker moves to after the conference.
   *
   * @return the value of {@code PostWorkActivitySid}, or null when it is not set
   */
  public @Nullable String postWorkActivitySid() {
    return postWorkActivitySid;
  }

  /**
   * Role of the supervisor joining the conference: {@code monitor} (listen only), {@code whisper} (heard by the Worker only) or {@code barge} (heard by everyone).
   *
   * @return the value of {@code SupervisorMode}, or null when it is not set
   */
  public @Nullable SupervisorMode supervisorMode() {
    return supervisorMode;
  }

  /**
   * Number, client or SIP address of the supervisor to add to the conference.
   *
   * @return the value of {@code Supervisor}, or null when it is not set
   */
  public @Nullable String supervisor() {
    return supervisor;
  }

  /**
   * conference: end the conference when the customer leaves.
   *
   * @return the value of {@code EndConferenceOnCustomerExit}, or null when it is not set
   */
  public @Nullable Boolean endConferenceOnCustomerExit() {
    return endConferenceOnCustomerExit;
  }

  /**
   * conference: beep when the customer joins.
   *
   * @return the value of {@code BeepOnCustomerEntrance}, or null when it is not set
   */
  public @Nullable Boolean beepOnCustomerEntrance() {
    return beepOnCustomerEntrance;
  }

  /**
   * conference: jitter buffer size of the Worker leg: {@code off}, {@code small}, {@code medium} or {@code large}.
   *
   * @return the value of {@code JitterBufferSize}, or null when it is not set
   */
  public @Nullable String jitterBufferSize() {
    return jitterBufferSize;
  }

  /** @return parameters this version of the SDK does not know, sent as they are */
  public Map<String, String> extraParams() {
    return extraParams;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof UpdateTaskReservationParams)) {
      return false;
    }
    UpdateTaskReservationParams that = (UpdateTaskReservationParams) other;
    return Objects.equals(ifMatch, that.ifMatch) && Objects.equals(reservationStatus, that.reservationStatus) && Objects.equals(workerActivitySid, that.workerActivitySid) && Objects.equals(instruction, that.instruction) && Objects.equals(dequeuePostWorkActivitySid, that.dequeuePostWorkActivitySid) && Objects.equals(dequeueFrom, that.dequeueFrom) && Objects.equals(dequeueRecord, that.dequeueRecord) && Objects.equals(dequeueTimeout, that.dequeueTimeout) && Objects.equals(dequeueTo, that.dequeueTo) && Objects.equals(dequeueStatusCallbackUrl, that.dequeueStatusCallbackUrl) && Objects.equals(callFrom, that.callFrom) && Objects.equals(callRecord, that.callRecord) && Objects.equals(callTimeout, that.callTimeout) && Objects.equals(callTo, that.callTo) && Objects.equals(callUrl, that.callUrl) && Objects.equals(callStatusCallbackUrl, that.callStatusCallbackUrl) && Objects.equals(callAccept, that.callAccept) && Objects.equals(redirectCallSid, that.redirectCallSid) && Objects.equals(redirectAccept, that.redirectAccept) && Objects.equals(redirectUrl, that.redirectUrl) && Objects.equals(to, that.to) && Objects.equals(from, that.from) && Objects.equals(statusCallback, that.statusCallback) && Objects.equals(statusCallbackMethod, that.statusCallbackMethod) && Objects.equals(statusCallbackEvent, that.statusCallbackEvent) && Objects.equals(timeout, that.timeout) && Objects.equals(recordValue, that.recordValue) && Objects.equals(muted, that.muted) && Objects.equals(beep, that.beep) && Objects.equals(startConferenceOnEnter, that.startConferenceOnEnter) && Objects.equals(endConferenceOnExit, that.endConferenceOnExit) && Objects.equals(waitUrl, that.waitUrl) && Objects.equals(waitMethod, that.waitMethod) && Objects.equals(earlyMedia, that.earlyMedia) && Objects.equals(maxParticipants, that.maxParticipants) && Objects.equals(conferenceStatusCallback, that.conferenceStatusCallback) && Objects.equals(conferenceStatusCallbackMethod, that.conferenceStatusCallbackMethod) && Objects.equals(conferenceStatusCallbackEvent, that.conferenceStatusCallbackEvent) && Objects.equals(conferenceRecord, that.conferenceRecord) && Objects.equals(conferenceTrim, that.conferenceTrim) && Objects.equals(recordingChannels, that.recordingChannels) && Objects.equals(recordingStatusCallback, that.recordingStatusCallback) && Objects.equals(recordingStatusCallbackMethod, that.recordingStatusCallbackMethod) && Objects.equals(conferenceRecordingStatusCallback, that.conferenceRecordingStatusCallback) && Objects.equals(conferenceRecordingStatusCallbackMethod, that.conferenceRecordingStatusCallbackMethod) && Objects.equals(region, that.region) && Objects.equals(sipAuthUsername, that.sipAuthUsername) && Objects.equals(sipAuthPassword, that.sipAuthPassword) && Objects.equals(dequeueStatusCallbackEvent, that.dequeueStatusCallbackEvent) && Objects.equals(postWorkActivitySid, that.postWorkActivitySid) && Objects.equals(supervisorMode, that.supervisorMode) && Objects.equals(supervisor, that.supervisor) && Objects.equals(endConferenceOnCustomerExit, that.endConferenceOnCustomerExit) && Objects.equals(beepOnCustomerEntrance, that.beepOnCustomerEntrance) && Objects.equals(jitterBufferSize, that.jitterBufferSize) && extraParams.equals(that.extraParams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ifMatch, reservationStatus, workerActivitySid, instruction, dequeuePostWorkActivitySid, dequeueFrom, dequeueRecord, dequeueTimeout, dequeueTo, dequeueStatusCallbackUrl, callFrom, callRecord, callTimeout, callTo, callUrl, callStatusCallbackUrl, callAccept, redirectCallSid, redirectAccept, redirectUrl, to, from, statusCallback, statusCallbackMethod, statusCallbackEvent, timeout, recordValue, muted, beep, startConferenceOnEnter, endConferenceOnExit, waitUrl, waitMethod, earlyMedia, maxParticipants, conferenceStatusCallback, conferenceStatusCallbackMethod, conferenceStatusCallbackEvent, conferenceRecord, conferenceTrim, recordingChannels, recordingStatusCallback, recordingStatusCallbackMethod, conferenceRecordingStatusCallback, conferenceRecordingStatusCallbackMethod, region, sipAuthUsername, sipAuthPassword, dequeueStatusCallbackEvent, postWorkActivitySid, supervisorMode, supervisor, endConferenceOnCustomerExit, beepOnCustomerEntrance, jitterBufferSize, extraParams);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("UpdateTaskReservationParams{");
    Checks.appendIfSet(out, "If-Match", ifMatch);
    Checks.appendIfSet(out, "ReservationStatus", reservationStatus);
    Checks.appendIfSet(out, "WorkerActivitySid", workerActivitySid);
    Checks.appendIfSet(out, "Instruction", instruction);
    Checks.appendIfSet(out, "DequeuePostWorkActivitySid", dequeuePostWorkActivitySid);
    Checks.appendIfSet(out, "DequeueFrom", dequeueFrom);
    Checks.appendIfSet(out, "DequeueRecord", dequeueRecord);
    Checks.appendIfSet(out, "DequeueTimeout", dequeueTimeout);
    Checks.appendIfSet(out, "DequeueTo", dequeueTo);
    Checks.appendIfSet(out, "DequeueStatusCallbackUrl", dequeueStatusCallbackUrl);
    Checks.appendIfSet(out, "CallFrom", callFrom);
    Checks.appendIfSet(out, "CallRecord", callRecord);
    Checks.appendIfSet(out, "CallTimeout", callTimeout);
    Checks.appendIfSet(out, "CallTo", callTo);
    Checks.appendIfSet(out, "CallUrl", callUrl);
    Checks.appendIfSet(out, "CallStatusCallbackUrl", callStatusCallbackUrl);
    Checks.appendIfSet(out, "CallAccept", callAccept);
    Checks.appendIfSet(out, "RedirectCallSid", redirectCallSid);
    Checks.appendIfSet(out, "RedirectAccept", redirectAccept);
    Checks.appendIfSet(out, "RedirectUrl", redirectUrl);
    Checks.appendIfSet(out, "To", to);
    Checks.appendIfSet(out, "From", from);
    Checks.appendIfSet(out, "StatusCallback", statusCallback);
    Checks.appendIfSet(out, "StatusCallbackMethod", statusCallbackMethod);
    Checks.appendIfSet(out, "StatusCallbackEvent", statusCallbackEvent);
    Checks.appendIfSet(out, "Timeout", timeout);
    Checks.appendIfSet(out, "Record", recordValue);
    Checks.appendIfSet(out, "Muted", muted);
    Checks.appendIfSet(out, "Beep", beep);
    Checks.appendIfSet(out, "StartConferenceOnEnter", startConferenceOnEnter);
    Checks.appendIfSet(out, "EndConferenceOnExit", endConferenceOnExit);
    Checks.appendIfSet(out, "WaitUrl", waitUrl);
    Checks.appendIfSet(out, "WaitMethod", waitMethod);
    Checks.appendIfSet(out, "EarlyMedia", earlyMedia);
    Checks.appendIfSet(out, "MaxParticipants", maxParticipants);
    Checks.appendIfSet(out, "ConferenceStatusCallback", conferenceStatusCallback);
    Checks.appendIfSet(out, "ConferenceStatusCallbackMethod", conferenceStatusCallbackMethod);
    Checks.appendIfSet(out, "ConferenceStatusCallbackEvent", conferenceStatusCallbackEvent);
    Checks.appendIfSet(out, "ConferenceRecord", conferenceRecord);
    Checks.appendIfSet(out, "ConferenceTrim", conferenceTrim);
    Checks.appendIfSet(out, "RecordingChannels", recordingChannels);
    Checks.appendIfSet(out, "RecordingStatusCallback", recordingStatusCallback);
    Checks.appendIfSet(out, "RecordingStatusCallbackMethod", recordingStatusCallbackMethod);
    Checks.appendIfSet(out, "ConferenceRecordingStatusCallback", conferenceRecordingStatusCallback);
    Checks.appendIfSet(out, "ConferenceRecordingStatusCallbackMethod", conferenceRecordingStatusCallbackMethod);
    Checks.appendIfSet(out, "Region", region);
    Checks.appendIfSet(out, "SipAuthUsername", sipAuthUsername);
    Checks.appendIfSet(out, "SipAuthPassword", sipAuthPassword);
    Checks.appendIfSet(out, "DequeueStatusCallbackEvent", dequeueStatusCallbackEvent);
    Checks.appendIfSet(out, "PostWorkActivitySid", postWorkActivitySid);
    Checks.appendIfSet(out, "SupervisorMode", supervisorMode);
    Checks.appendIfSet(out, "Supervisor", supervisor);
    Checks.appendIfSet(out, "EndConferenceOnCustomerExit", endConferenceOnCustomerExit);
    Checks.appendIfSet(out, "BeepOnCustomerEntrance", beepOnCustomerEntrance);
    Checks.appendIfSet(out, "JitterBufferSize", jitterBufferSize);
    return out.append(extraParams.isEmpty() ? "" : " extra=" + extraParams.keySet()).append('}').toString();
  }

  /** Sets the options one by one; {@link #build()} gives the immutable {@link UpdateTaskReservationParams}. */
  public static final class Builder {
    private @Nullable String ifMatch;
    private @Nullable ReservationStatus reservationStatus;
    private @Nullable String workerActivitySid;
    private @Nullable ReservationInstruction instruction;
    private @Nullable String dequeuePostWorkActivitySid;
    private @Nullable String dequeueFrom;
    private @Nullable String dequeueRecord;
    private @Nullable Integer dequeueTimeout;
    private @Nullable String dequeueTo;
    private @Nullable String dequeueStatusCallbackUrl;
    private @Nullable String callFrom;
    private @Nullable String callRecord;
    private @Nullable Integer callTimeout;
    private @Nullable String callTo;
    private @Nullable String callUrl;
    private @Nullable String callStatusCallbackUrl;
    private @Nullable Boolean callAccept;
    private @Nullable String redirectCallSid;
    private @Nullable Boolean redirectAccept;
    private @Nullable String redirectUrl;
    private @Nullable String to;
    private @Nullable String from;
    private @Nullable String statusCallback;
    private @Nullable HttpMethod statusCallbackMethod;
    private @Nullable List<CallStatusEvent> statusCallbackEvent;
    private @Nullable Integer timeout;
    private @Nullable Boolean recordValue;
    private @Nullable Boolean muted;
    private @Nullable String beep;
    private @Nullable Boolean startConferenceOnEnter;
    private @Nullable Boolean endConferenceOnExit;
    private @Nullable String waitUrl;
    private @Nullable HttpMethod waitMethod;
    private @Nullable Boolean earlyMedia;
    private @Nullable Integer maxParticipants;
    private @Nullable String conferenceStatusCallback;
    private @Nullable HttpMethod conferenceStatusCallbackMethod;
    private @Nullable List<ConferenceEvent> conferenceStatusCallbackEvent;
    private @Nullable String conferenceRecord;
    private @Nullable String conferenceTrim;
    private @Nullable String recordingChannels;
    private @Nullable String recordingStatusCallback;
    private @Nullable HttpMethod recordingStatusCallbackMethod;
    private @Nullable String conferenceRecordingStatusCallback;
    private @Nullable HttpMethod conferenceRecordingStatusCallbackMethod;
    private @Nullable String region;
    private @Nullable String sipAuthUsername;
    private @Nullable String sipAuthPassword;
    private @Nullable List<String> dequeueStatusCallbackEvent;
    private @Nullable String postWorkActivitySid;
    private @Nullable SupervisorMode supervisorMode;
    private @Nullable String supervisor;
    private @Nullable Boolean endConferenceOnCustomerExit;
    private @Nullable Boolean beepOnCustomerEntrance;
    private @Nullable String jitterBufferSize;
    private final Map<String, String> extraParams = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Revision (a previously returned {@code ETag} value) the write depends on. If the resource has changed since, nothing is written and the API answers HTTP 412. Without this header the write is unconditional.
     *
     * @param ifMatch the value of {@code If-Match}, not blank (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder ifMatch(String ifMatch) {
      Checks.given("If-Match", ifMatch);
      // An empty header value names no revision: sent, it would fail as a mismatch, not as a mistake.
      Checks.notBlank("If-Match", ifMatch);
      this.ifMatch = ifMatch;
      return this;
    }

    /**
     * New status of a pending Reservation: {@code accepted} or {@code rejected}; on Flex also {@code wrapping} or {@code completed} for an accepted one.
     *
     * @param reservationStatus the value of {@code ReservationStatus}: one of {@code accepted}, {@code rejected}, {@code wrapping}, {@code completed} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder reservationStatus(ReservationStatus reservationStatus) {
      Checks.given("ReservationStatus", reservationStatus);
      this.reservationStatus = Checks.oneOf("ReservationStatus", reservationStatus, "accepted", "rejected", "wrapping", "completed");
      return this;
    }

    /**
     * Activity the Worker moves to with this update. On a rejection without it the Worker returns to the Activity it had before the Reservation.
     *
     * @param workerActivitySid the value of {@code WorkerActivitySid} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder workerActivitySid(String workerActivitySid) {
      Checks.given("WorkerActivitySid", workerActivitySid);
      this.workerActivitySid = Checks.pattern("WorkerActivitySid", workerActivitySid, "^WA[0-9a-fA-F]{32}$");
      return this;
    }

    /**
     * Instruction that answers a pending Reservation: {@code accept} or {@code reject} it, or have TaskRouter {@code dequeue} the caller to the Worker, {@code call} the Worker, {@code redirect} the call, or join both in a {@code conference}.
     *
     * @param instruction the value of {@code Instruction} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder instruction(ReservationInstruction instruction) {
      Checks.given("Instruction", instruction);
      this.instruction = Checks.known("Instruction", instruction);
      return this;
    }

    /**
     * dequeue: Activity the Worker moves to when the call ends.
     *
     * @param dequeuePostWorkActivitySid the value of {@code DequeuePostWorkActivitySid} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder dequeuePostWorkActivitySid(String dequeuePostWorkActivitySid) {
      Checks.given("DequeuePostWorkActivitySid", dequeuePostWorkActivitySid);
      this.dequeuePostWorkActivitySid = Checks.pattern("DequeuePostWorkActivitySid", dequeuePostWorkActivitySid, "^WA[0-9a-fA-F]{32}$");
      return this;
    }

    /**
     * dequeue: caller ID shown on the Worker's phone.
     *
     * @param dequeueFrom the value of {@code DequeueFrom} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder dequeueFrom(String dequeueFrom) {
      Checks.given("DequeueFrom", dequeueFrom);
      this.dequeueFrom = dequeueFrom;
      return this;
    }

    /**
     * dequeue: recording mode of the call, e.g. {@code record-from-answer}.
     *
     * @param dequeueRecord the value of {@code DequeueRecord} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder dequeueRecord(String dequeueRecord) {
      Checks.given("DequeueRecord", dequeueRecord);
      this.dequeueRecord = dequeueRecord;
      return this;
    }

    /**
     * dequeue: seconds to wait for the Worker to answer.
     *
     * @param dequeueTimeout the value of {@code DequeueTimeout}
     * @return this builder
     */
    public Builder dequeueTimeout(int dequeueTimeout) {
      this.dequeueTimeout = dequeueTimeout;
      return this;
    }

    /**
     * dequeue: number or client address to connect. Defaults to the Worker's {@code contact_uri} attribute.
     *
     * @param dequeueTo the value of {@code DequeueTo} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder dequeueTo(String dequeueTo) {
      Checks.given("DequeueTo", dequeueTo);
      this.dequeueTo = dequeueTo;
      return this;
    }

    /**
     * dequeue: URL that receives call status updates.
     *
     * @param dequeueStatusCallbackUrl the value of {@code DequeueStatusCallbackUrl} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder dequeueStatusCallbackUrl(String dequeueStatusCallbackUrl) {
      Checks.given("DequeueStatusCallbackUrl", dequeueStatusCallbackUrl);
      this.dequeueStatusCallbackUrl = dequeueStatusCallbackUrl;
      return this;
    }

    /**
     * call: caller ID of the outbound call to the Worker.
     *
     * @param callFrom the value of {@code CallFrom} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder callFrom(String callFrom) {
      Checks.given("CallFrom", callFrom);
      this.callFrom = callFrom;
      return this;
    }

    /**
     * call: recording mode of the outbound call.
     *
     * @param callRecord the value of {@code CallRecord} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder callRecord(String callRecord) {
      Checks.given("CallRecord", callRecord);
      this.callRecord = callRecord;
      return this;
    }

    /**
     * call: seconds to wait for the Worker to answer.
     *
     * @param callTimeout the value of {@code CallTimeout}
     * @return this builder
     */
    public Builder callTimeout(int callTimeout) {
      this.callTimeout = callTimeout;
      return this;
    }

    /**
     * call: number or client address to dial. Defaults to the Worker's {@code contact_uri} attribute.
     *
     * @param callTo the value of {@code CallTo} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder callTo(String callTo) {
      Checks.given("CallTo", callTo);
      this.callTo = callTo;
      return this;
    }

    /**
     * call: URL of the TwiML executed once the Worker answers.
     *
     * @param callUrl the value of {@code CallUrl} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder callUrl(String callUrl) {
      Checks.given("CallUrl", callUrl);
      this.callUrl = callUrl;
      return this;
    }

    /**
     * call: URL that receives call status updates.
     *
     * @param callStatusCallbackUrl the value of {@code CallStatusCallbackUrl} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder callStatusCallbackUrl(String callStatusCallbackUrl) {
      Checks.given("CallStatusCallbackUrl", callStatusCallbackUrl);
      this.callStatusCallbackUrl = callStatusCallbackUrl;
      return this;
    }

    /**
     * call: accept the Reservation as soon as the call is placed. Default false.
     *
     * @param callAccept the value of {@code CallAccept}
     * @return this builder
     */
    public Builder callAccept(boolean callAccept) {
      this.callAccept = callAccept;
      return this;
    }

    /**
     * redirect: SID of the live call to move.
     *
     * @param redirectCallSid the value of {@code RedirectCallSid} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder redirectCallSid(String redirectCallSid) {
      Checks.given("RedirectCallSid", redirectCallSid);
      this.redirectCallSid = Checks.pattern("RedirectCallSid", redirectCallSid, "^CA[0-9a-fA-F]{32}$");
      return this;
    }

    /**
     * redirect: accept the Reservation together with the redirect.
     *
     * @param redirectAccept the value of {@code RedirectAccept}
     * @return this builder
     */
    public Builder redirectAccept(boolean redirectAccept) {
      this.redirectAccept = redirectAccept;
      return this;
    }

    /**
     * redirect: URL of the TwiML the call is sent to.
     *
     * @param redirectUrl the value of {@code RedirectUrl} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder redirectUrl(String redirectUrl) {
      Checks.given("RedirectUrl", redirectUrl);
      this.redirectUrl = redirectUrl;
      return this;
    }

    /**
     * conference: number or client address of the Worker leg. Defaults to the Worker's {@code contact_uri} attribute.
     *
     * @param to the value of {@code To} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder to(String to) {
      Checks.given("To", to);
      this.to = to;
      return this;
    }

    /**
     * conference: caller ID used to dial the Worker.
     *
     * @param from the value of {@code From} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder from(String from) {
      Checks.given("From", from);
      this.from = from;
      return this;
    }

    /**
     * conference: URL that receives status updates of the Worker's call.
     *
     * @param statusCallback the value of {@code StatusCallback} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder statusCallback(String statusCallback) {
      Checks.given("StatusCallback", statusCallback);
      this.statusCallback = statusCallback;
      return this;
    }

    /**
     * HTTP method used to call {@code StatusCallback}.
     *
     * @param statusCallbackMethod the value of {@code StatusCallbackMethod} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder statusCallbackMethod(HttpMethod statusCallbackMethod) {
      Checks.given("StatusCallbackMethod", statusCallbackMethod);
      this.statusCallbackMethod = Checks.known("StatusCallbackMethod", statusCallbackMethod);
      return this;
    }

    /**
     * conference: call progress events reported to {@code StatusCallback}.
     * Sent as the name {@code StatusCallbackEvent} repeated, once per value.
     *
     * @param statusCallbackEvent the values: at least one, none of them null (leave the option unset to send none)
     * @return this builder
     */
    public Builder statusCallbackEvent(List<CallStatusEvent> statusCallbackEvent) {
      Checks.given("StatusCallbackEvent", statusCallbackEvent);
      this.statusCallbackEvent = Checks.listItems("StatusCallbackEvent", Checks.atLeastOne("StatusCallbackEvent", new ArrayList<>(statusCallbackEvent)));
      return this;
    }

    /**
     * conference: call progress events reported to {@code StatusCallback}.
     * Sent as the name {@code StatusCallbackEvent} repeated, once per value.
     *
     * @param statusCallbackEvent the values: at least one, none of them null
     * @return this builder
     */
    public Builder statusCallbackEvent(CallStatusEvent... statusCallbackEvent) {
      return statusCallbackEvent(Arrays.asList(Checks.given("StatusCallbackEvent", statusCallbackEvent)));
    }

    /**
     * conference: seconds to wait for the Worker to answer.
     *
     * @param timeout the value of {@code Timeout}
     * @return this builder
     */
    public Builder timeout(int timeout) {
      this.timeout = timeout;
      return this;
    }

    /**
     * conference: record the Worker's call leg.
     *
     * @param recordValue the value of {@code Record}
     * @return this builder
     */
    public Builder recordValue(boolean recordValue) {
      this.recordValue = recordValue;
      return this;
    }

    /**
     * conference: the Worker joins muted.
     *
     * @param muted the value of {@code Muted}
     * @return this builder
     */
    public Builder muted(boolean muted) {
      this.muted = muted;
      return this;
    }

    /**
     * conference: beep setting on join/leave, e.g. {@code true}, {@code false}, {@code onEnter} or {@code onExit}.
     *
     * @param beep the value of {@code Beep} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder beep(String beep) {
      Checks.given("Beep", beep);
      this.beep = beep;
      return this;
    }

    /**
     * conference: the conference starts when the Worker joins.
     *
     * @param startConferenceOnEnter the value of {@code StartConferenceOnEnter}
     * @return this builder
     */
    public Builder startConferenceOnEnter(boolean startConferenceOnEnter) {
      this.startConferenceOnEnter = startConferenceOnEnter;
      return this;
    }

    /**
     * conference: the conference ends when the Worker leaves.
     *
     * @param endConferenceOnExit the value of {@code EndConferenceOnExit}
     * @return this builder
     */
    public Builder endConferenceOnExit(boolean endConferenceOnExit) {
      this.endConferenceOnExit = endConferenceOnExit;
      return this;
    }

    /**
     * conference: URL of the audio or TwiML played while waiting for the conference to start.
     *
     * @param waitUrl the value of {@code WaitUrl} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder waitUrl(String waitUrl) {
      Checks.given("WaitUrl", waitUrl);
      this.waitUrl = waitUrl;
      return this;
    }

    /**
     * HTTP method used to fetch {@code WaitUrl}.
     *
     * @param waitMethod the value of {@code WaitMethod} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder waitMethod(HttpMethod waitMethod) {
      Checks.given("WaitMethod", waitMethod);
      this.waitMethod = Checks.known("WaitMethod", waitMethod);
      return this;
    }

    /**
     * conference: let the Worker hear ringing and other early media.
     *
     * @param earlyMedia the value of {@code EarlyMedia}
     * @return this builder
     */
    public Builder earlyMedia(boolean earlyMedia) {
      this.earlyMedia = earlyMedia;
      return this;
    }

    /**
     * conference: maximum number of participants.
     *
     * @param maxParticipants the value of {@code MaxParticipants}
     * @return this builder
     */
    public Builder maxParticipants(int maxParticipants) {
      this.maxParticipants = maxParticipants;
      return this;
    }

    /**
     * conference: URL that receives conference events.
     *
     * @param conferenceStatusCallback the value of {@code ConferenceStatusCallback} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder conferenceStatusCallback(String conferenceStatusCallback) {
      Checks.given("ConferenceStatusCallback", conferenceStatusCallback);
      this.conferenceStatusCallback = conferenceStatusCallback;
      return this;
    }

    /**
     * HTTP method used to call {@code ConferenceStatusCallback}.
     *
     * @param conferenceStatusCallbackMethod the value of {@code ConferenceStatusCallbackMethod} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder conferenceStatusCallbackMethod(HttpMethod conferenceStatusCallbackMethod) {
      Checks.given("ConferenceStatusCallbackMethod", conferenceStatusCallbackMethod);
      this.conferenceStatusCallbackMethod = Checks.known("ConferenceStatusCallbackMethod", conferenceStatusCallbackMethod);
      return this;
    }

    /**
     * conference: conference events reported to {@code ConferenceStatusCallback}.
     * Sent as the name {@code ConferenceStatusCallbackEvent} repeated, once per value.
     *
     * @param conferenceStatusCallbackEvent the values: at least one, none of them null (leave the option unset to send none)
     * @return this builder
     */
    public Builder conferenceStatusCallbackEvent(List<ConferenceEvent> conferenceStatusCallbackEvent) {
      Checks.given("ConferenceStatusCallbackEvent", conferenceStatusCallbackEvent);
      this.conferenceStatusCallbackEvent = Checks.listItems("ConferenceStatusCallbackEvent", Checks.atLeastOne("ConferenceStatusCallbackEvent", new ArrayList<>(conferenceStatusCallbackEvent)));
      return this;
    }

    /**
     * conference: conference events reported to {@code ConferenceStatusCallback}.
     * Sent as the name {@code ConferenceStatusCallbackEvent} repeated, once per value.
     *
     * @param conferenceStatusCallbackEvent the values: at least one, none of them null
     * @return this builder
     */
    public Builder conferenceStatusCallbackEvent(ConferenceEvent... conferenceStatusCallbackEvent) {
      return conferenceStatusCallbackEvent(Arrays.asList(Checks.given("ConferenceStatusCallbackEvent", conferenceStatusCallbackEvent)));
    }

    /**
     * conference: whether and when to record the conference, e.g. {@code record-from-start} or {@code do-not-record}.
     *
     * @param conferenceRecord the value of {@code ConferenceRecord} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder conferenceRecord(String conferenceRecord) {
      Checks.given("ConferenceRecord", conferenceRecord);
      this.conferenceRecord = conferenceRecord;
      return this;
    }

    /**
     * conference: {@code trim-silence} removes leading and trailing silence from the recording; {@code do-not-trim} keeps it.
     *
     * @param conferenceTrim the value of {@code ConferenceTrim} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder conferenceTrim(String conferenceTrim) {
      Checks.given("ConferenceTrim", conferenceTrim);
      this.conferenceTrim = conferenceTrim;
      return this;
    }

    /**
     * conference: {@code mono} or {@code dual} recording of the Worker leg.
     *
     * @param recordingChannels the value of {@code RecordingChannels} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder recordingChannels(String recordingChannels) {
      Checks.given("RecordingChannels", recordingChannels);
      this.recordingChannels = recordingChannels;
      return this;
    }

    /**
     * conference: URL notified when the Worker leg recording is available.
     *
     * @param recordingStatusCallback the value of {@code RecordingStatusCallback} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder recordingStatusCallback(String recordingStatusCallback) {
      Checks.given("RecordingStatusCallback", recordingStatusCallback);
      this.recordingStatusCallback = recordingStatusCallback;
      return this;
    }

    /**
     * HTTP method used to call {@code RecordingStatusCallback}.
     *
     * @param recordingStatusCallbackMethod the value of {@code RecordingStatusCallbackMethod} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder recordingStatusCallbackMethod(HttpMethod recordingStatusCallbackMethod) {
      Checks.given("RecordingStatusCallbackMethod", recordingStatusCallbackMethod);
      this.recordingStatusCallbackMethod = Checks.known("RecordingStatusCallbackMethod", recordingStatusCallbackMethod);
      return this;
    }

    /**
     * conference: URL notified when the conference recording is available.
     *
     * @param conferenceRecordingStatusCallback the value of {@code ConferenceRecordingStatusCallback} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder conferenceRecordingStatusCallback(String conferenceRecordingStatusCallback) {
      Checks.given("ConferenceRecordingStatusCallback", conferenceRecordingStatusCallback);
      this.conferenceRecordingStatusCallback = conferenceRecordingStatusCallback;
      return this;
    }

    /**
     * HTTP method used to call {@code ConferenceRecordingStatusCallback}.
     *
     * @param conferenceRecordingStatusCallbackMethod the value of {@code ConferenceRecordingStatusCallbackMethod} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder conferenceRecordingStatusCallbackMethod(HttpMethod conferenceRecordingStatusCallbackMethod) {
      Checks.given("ConferenceRecordingStatusCallbackMethod", conferenceRecordingStatusCallbackMethod);
      this.conferenceRecordingStatusCallbackMethod = Checks.known("ConferenceRecordingStatusCallbackMethod", conferenceRecordingStatusCallbackMethod);
      return this;
    }

    /**
     * conference: region where the conference is mixed, e.g. {@code us1}.
     *
     * @param region the value of {@code Region} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder region(String region) {
      Checks.given("Region", region);
      this.region = region;
      return this;
    }

    /**
     * conference: user name for SIP authentication when {@code To} is a SIP address.
     *
     * @param sipAuthUsername the value of {@code SipAuthUsername} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder sipAuthUsername(String sipAuthUsername) {
      Checks.given("SipAuthUsername", sipAuthUsername);
      this.sipAuthUsername = sipAuthUsername;
      return this;
    }

    /**
     * conference: password for SIP authentication when {@code To} is a SIP address.
     *
     * @param sipAuthPassword the value of {@code SipAuthPassword} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder sipAuthPassword(String sipAuthPassword) {
      Checks.given("SipAuthPassword", sipAuthPassword);
      this.sipAuthPassword = sipAuthPassword;
      return this;
    }

    /**
     * dequeue: call progress events to report to {@code DequeueStatusCallbackUrl}.
     * Sent as the name {@code DequeueStatusCallbackEvent} repeated, once per value.
     *
     * @param dequeueStatusCallbackEvent the values: at least one, none of them null (leave the option unset to send none)
     * @return this builder
     */
    public Builder dequeueStatusCallbackEvent(List<String> dequeueStatusCallbackEvent) {
      Checks.given("DequeueStatusCallbackEvent", dequeueStatusCallbackEvent);
      this.dequeueStatusCallbackEvent = Checks.listItems("DequeueStatusCallbackEvent", Checks.atLeastOne("DequeueStatusCallbackEvent", new ArrayList<>(dequeueStatusCallbackEvent)));
      return this;
    }

    /**
     * dequeue: call progress events to report to {@code DequeueStatusCallbackUrl}.
     * Sent as the name {@code DequeueStatusCallbackEvent} repeated, once per value.
     *
     * @param dequeueStatusCallbackEvent the values: at least one, none of them null
     * @return this builder
     */
    public Builder dequeueStatusCallbackEvent(String... dequeueStatusCallbackEvent) {
      return dequeueStatusCallbackEvent(Arrays.asList(Checks.given("DequeueStatusCallbackEvent", dequeueStatusCallbackEvent)));
    }

    /**
     * conference: Activity the Worker moves to after the conference.
     *
     * @param postWorkActivitySid the value of {@code PostWorkActivitySid} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder postWorkActivitySid(String postWorkActivitySid) {
      Checks.given("PostWorkActivitySid", postWorkActivitySid);
      this.postWorkActivitySid = Checks.pattern("PostWorkActivitySid", postWorkActivitySid, "^WA[0-9a-fA-F]{32}$");
      return this;
    }

    /**
     * Role of the supervisor joining the conference: {@code monitor} (listen only), {@code whisper} (heard by the Worker only) or {@code barge} (heard by everyone).
     *
     * @param supervisorMode the value of {@code SupervisorMode} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder supervisorMode(SupervisorMode supervisorMode) {
      Checks.given("SupervisorMode", supervisorMode);
      this.supervisorMode = Checks.known("SupervisorMode", supervisorMode);
      return this;
    }

    /**
     * Number, client or SIP address of the supervisor to add to the conference.
     *
     * @param supervisor the value of {@code Supervisor} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder supervisor(String supervisor) {
      Checks.given("Supervisor", supervisor);
      this.supervisor = supervisor;
      return this;
    }

    /**
     * conference: end the conference when the customer leaves.
     *
     * @param endConferenceOnCustomerExit the value of {@code EndConferenceOnCustomerExit}
     * @return this builder
     */
    public Builder endConferenceOnCustomerExit(boolean endConferenceOnCustomerExit) {
      this.endConferenceOnCustomerExit = endConferenceOnCustomerExit;
      return this;
    }

    /**
     * conference: beep when the customer joins.
     *
     * @param beepOnCustomerEntrance the value of {@code BeepOnCustomerEntrance}
     * @return this builder
     */
    public Builder beepOnCustomerEntrance(boolean beepOnCustomerEntrance) {
      this.beepOnCustomerEntrance = beepOnCustomerEntrance;
      return this;
    }

    /**
     * conference: jitter buffer size of the Worker leg: {@code off}, {@code small}, {@code medium} or {@code large}.
     *
     * @param jitterBufferSize the value of {@code JitterBufferSize} (not null: leave an option unset to send nothing)
     * @return this builder
     */
    public Builder jitterBufferSize(String jitterBufferSize) {
      Checks.given("JitterBufferSize", jitterBufferSize);
      this.jitterBufferSize = jitterBufferSize;
      return this;
    }

    /**
     * Adds a parameter this version of the SDK does not know yet; it is sent as given. A parameter
     * the SDK knows is refused (its setter checks it, and it would be sent twice).
     *
     * @param name the wire name, as the API spells it (PascalCase)
     * @param value the value, as text
     * @return this builder
     * @throws IllegalArgumentException when the operation has a setter for {@code name}, naming it
     */
    public Builder extraParam(String name, String value) {
      Checks.notBlank("extra parameter name", name);
      // Exact case: query and form names are case-sensitive on the wire (header names are not).
      switch (name) {
        case "ReservationStatus":
          throw Checks.knownParam(name, "reservationStatus");
        case "WorkerActivitySid":
          throw Checks.knownParam(name, "workerActivitySid");
        case "Instruction":
          throw Checks.knownParam(name, "instruction");
        case "DequeuePostWorkActivitySid":
          throw Checks.knownParam(name, "dequeuePostWorkActivitySid");
        case "DequeueFrom":
          throw Checks.knownParam(name, "dequeueFrom");
        case "DequeueRecord":
          throw Checks.knownParam(name, "dequeueRecord");
        case "DequeueTimeout":
          throw Checks.knownParam(name, "dequeueTimeout");
        case "DequeueTo":
          throw Checks.knownParam(name, "dequeueTo");
        case "DequeueStatusCallbackUrl":
          throw Checks.knownParam(name, "dequeueStatusCallbackUrl");
        case "CallFrom":
          throw Checks.knownParam(name, "callFrom");
        case "CallRecord":
          throw Checks.knownParam(name, "callRecord");
        case "CallTimeout":
          throw Checks.knownParam(name, "callTimeout");
        case "CallTo":
          throw Checks.knownParam(name, "callTo");
        case "CallUrl":
          throw Checks.knownParam(name, "callUrl");
        case "CallStatusCallbackUrl":
          throw Checks.knownParam(name, "callStatusCallbackUrl");
        case "CallAccept":
          throw Checks.knownParam(name, "callAccept");
        case "RedirectCallSid":
          throw Checks.knownParam(name, "redirectCallSid");
        case "RedirectAccept":
          throw Checks.knownParam(name, "redirectAccept");
        case "RedirectUrl":
          throw Checks.knownParam(name, "redirectUrl");
        case "To":
          throw Checks.knownParam(name, "to");
        case "From":
          throw Checks.knownParam(name, "from");
        case "StatusCallback":
          throw Checks.knownParam(name, "statusCallback");
        case "StatusCallbackMethod":
          throw Checks.knownParam(name, "statusCallbackMethod");
        case "StatusCallbackEvent":
          throw Checks.knownParam(name, "statusCallbackEvent");
        case "Timeout":
          throw Checks.knownParam(name, "timeout");
        case "Record":
          throw Checks.knownParam(name, "recordValue");
        case "Muted":
          throw Checks.knownParam(name, "muted");
        case "Beep":
          throw Checks.knownParam(name, "beep");
        case "StartConferenceOnEnter":
          throw Checks.knownParam(name, "startConferenceOnEnter");
        case "EndConferenceOnExit":
          throw Checks.knownParam(name, "endConferenceOnExit");
        case "WaitUrl":
          throw Checks.knownParam(name, "waitUrl");
        case "WaitMethod":
          throw Checks.knownParam(name, "waitMethod");
        case "EarlyMedia":
          throw Checks.knownParam(name, "earlyMedia");
        case "MaxParticipants":
          throw Checks.knownParam(name, "maxParticipants");
        case "ConferenceStatusCallback":
          throw Checks.knownParam(name, "conferenceStatusCallback");
        case "ConferenceStatusCallbackMethod":
          throw Checks.knownParam(name, "conferenceStatusCallbackMethod");
        case "ConferenceStatusCallbackEvent":
          throw Checks.knownParam(name, "conferenceStatusCallbackEvent");
        case "ConferenceRecord":
          throw Checks.knownParam(name, "conferenceRecord");
        case "ConferenceTrim":
          throw Checks.knownParam(name, "conferenceTrim");
        case "RecordingChannels":
          throw Checks.knownParam(name, "recordingChannels");
        case "RecordingStatusCallback":
          throw Checks.knownParam(name, "recordingStatusCallback");
        case "RecordingStatusCallbackMethod":
          throw Checks.knownParam(name, "recordingStatusCallbackMethod");
        case "ConferenceRecordingStatusCallback":
          throw Checks.knownParam(name, "conferenceRecordingStatusCallback");
        case "ConferenceRecordingStatusCallbackMethod":
          throw Checks.knownParam(name, "conferenceRecordingStatusCallbackMethod");
        case "Region":
          throw Checks.knownParam(name, "region");
        case "SipAuthUsername":
          throw Checks.knownParam(name, "sipAuthUsername");
        case "SipAuthPassword":
          throw Checks.knownParam(name, "sipAuthPassword");
        case "DequeueStatusCallbackEvent":
          throw Checks.knownParam(name, "dequeueStatusCallbackEvent");
        case "PostWorkActivitySid":
          throw Checks.knownParam(name, "postWorkActivitySid");
        case "SupervisorMode":
          throw Checks.knownParam(name, "supervisorMode");
        case "Supervisor":
          throw Checks.knownParam(name, "supervisor");
        case "EndConferenceOnCustomerExit":
          throw Checks.knownParam(name, "endConferenceOnCustomerExit");
        case "BeepOnCustomerEntrance":
          throw Checks.knownParam(name, "beepOnCustomerEntrance");
        case "JitterBufferSize":
          throw Checks.knownParam(name, "jitterBufferSize");
        default:
          break;
      }
      if (name.equalsIgnoreCase("If-Match")) {
        throw Checks.knownParam(name, "ifMatch");
      }
      extraParams.put(name, Checks.given(name, value));
      return this;
    }

    /**
     * Checks that every required option is set.
     *
     * @return the options
     * @throws IllegalArgumentException naming the first required option that is missing
     */
    public UpdateTaskReservationParams build() {
      return new UpdateTaskReservationParams(this);
    }
  }
}
