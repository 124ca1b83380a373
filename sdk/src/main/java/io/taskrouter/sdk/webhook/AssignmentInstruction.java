package io.taskrouter.sdk.webhook;

import com.squareup.moshi.JsonAdapter;
import io.taskrouter.sdk.internal.Checks;
import io.taskrouter.sdk.internal.Moshis;
import io.taskrouter.sdk.internal.Shown;
import io.taskrouter.sdk.model.CallStatusEvent;
import io.taskrouter.sdk.model.ConferenceEvent;
import io.taskrouter.sdk.model.HttpMethod;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The answer to an assignment callback: a JSON object naming what TaskRouter should do with the
 * reservation. Send {@link #toJson()} with HTTP 200 and {@link #CONTENT_TYPE} within 5 seconds.
 * Immutable.
 *
 * <pre>{@code
 * AssignmentInstruction.accept()                          // {"instruction":"accept"}
 * AssignmentInstruction.reject(offlineActivitySid)        // ... "activity_sid":"WA..."
 * AssignmentInstruction.dequeue(d -> d.from("+15558675310").postWorkActivitySid(wrapUp))
 * AssignmentInstruction.decideLater()                     // {}: answer through the REST API
 * }</pre>
 */
public final class AssignmentInstruction {
  /** The content type of the answer. */
  public static final String CONTENT_TYPE = "application/json";

  private static final JsonAdapter<Object> WRITER = Moshis.MOSHI.adapter(Object.class);
  private static final String ACTIVITY = "WA";

  private final Map<String, Object> fields;

  private AssignmentInstruction(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  private static AssignmentInstruction of(String instruction, InstructionOptions<?> options) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("instruction", instruction);
    fields.putAll(options.fields);
    return new AssignmentInstruction(fields);
  }

  private static <O extends InstructionOptions<O>> O configure(String name, O options, Consumer<O> configure) {
    Checks.required(name, configure).accept(options);
    return options;
  }

  /** @return accept the reservation: the task is assigned to the worker */
  public static AssignmentInstruction accept() {
    return new AssignmentInstruction(Collections.<String, Object>singletonMap("instruction", "accept"));
  }

  /** @return reject the reservation; the worker stays in its current activity */
  public static AssignmentInstruction reject() {
    return new AssignmentInstruction(Collections.<String, Object>singletonMap("instruction", "reject"));
  }

  /**
   * Rejects the reservation and moves the worker to an activity (an unavailable one keeps the
   * task from being offered to the same worker again at once).
   *
   * @param activitySid the worker's new activity ({@code WA...})
   * @return the instruction
   */
  public static AssignmentInstruction reject(String activitySid) {
    return of("reject", new Reject().sid("activity_sid", activitySid, ACTIVITY));
  }

  /**
   * No instruction now: an empty JSON object. The app then accepts or rejects the reservation
   * through the REST API before the reservation times out.
   *
   * @return the answer {@code {}}
   */
  public static AssignmentInstruction decideLater() {
    return new AssignmentInstruction(Collections.<String, Object>emptyMap());
  }

  /** @return connect the task's queued call (made by {@code <Enqueue>}) to the worker, with the defaults */
  public static AssignmentInstruction dequeue() {
    return of("dequeue", new Dequeue());
  }

  /**
   * @param options sets the dequeue's options
   * @return connect the task's queued call to the worker
   */
  public static AssignmentInstruction dequeue(Consumer<Dequeue> options) {
    return of("dequeue", configure("options", new Dequeue(), options));
  }

  /**
   * @param from the caller ID of the call to the worker
   * @param url the TwiML the worker's leg runs when answered
   * @return call the worker
   */
  public static AssignmentInstruction call(String from, String url) {
    return call(from, url, options -> { });
  }

  /**
   * @param from the caller ID of the call to the worker
   * @param url the TwiML the worker's leg runs when answered
   * @param options sets the call's other options
   * @return call the worker
   */
  public static AssignmentInstruction call(String from, String url, Consumer<Call> options) {
    Call call = new Call().text("from", from).url("url", url);
    return of("call", configure("options", call, options));
  }

  /** @return put the task's call and the worker in a conference, with the defaults */
  public static AssignmentInstruction conference() {
    return of("conference", new Conference());
  }

  /**
   * @param options sets the conference's options
   * @return put the task's call and the worker in a conference
   */
  public static AssignmentInstruction conference(Consumer<Conference> options) {
    return of("conference", configure("options", new Conference(), options));
  }

  /**
   * @param callSid the live call to redirect ({@code CA...})
   * @param url the TwiML the call runs next
   * @return redirect the call (the reservation stays pending unless {@link Redirect#accept(boolean)})
   */
  public static AssignmentInstruction redirect(String callSid, String url) {
    return redirect(callSid, url, options -> { });
  }

  /**
   * @param callSid the live call to redirect ({@code CA...})
   * @param url the TwiML the call runs next
   * @param options sets {@code accept} and others
   * @return redirect the call
   */
  public static AssignmentInstruction redirect(String callSid, String url, Consumer<Redirect> options) {
    Redirect redirect = new Redirect().sid("call_sid", callSid, "CA").url("url", url);
    return of("redirect", configure("options", redirect, options));
  }

  /** @return the instruction's name ({@code accept}, {@code dequeue}, ...), null for {@link #decideLater()} */
  public @Nullable String getInstruction() {
    return (String) fields.get("instruction");
  }

  /** @return every field of the answer, in the order written, unmodifiable */
  public Map<String, Object> toMap() {
    return fields;
  }

  /** @return the answer's body, e.g. {@code {"instruction":"reject","activity_sid":"WA..."}} */
  public String toJson() {
    return WRITER.toJson(fields);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AssignmentInstruction && ((AssignmentInstruction) other).fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** The JSON, with the values of options whose name mentions a password masked. */
  @Override
  public String toString() {
    Map<String, Object> shown = new LinkedHashMap<>();
    fields.forEach((name, value) -> shown.put(name,
        name.toLowerCase(Locale.ROOT).contains("password") ? "****" : value));
    return "AssignmentInstruction" + WRITER.toJson(shown);
  }

  /** The only option of a reject: {@code activity_sid}. */
  static final class Reject extends InstructionOptions<Reject> {
    Reject() {
      super("activity_sid");
    }
  }

  /** Options of {@code dequeue}. Without {@code to}, the worker's {@code contact_uri} attribute is dialed. */
  public static final class Dequeue extends BridgeOptions<Dequeue> {
    Dequeue() {
      super("from", "to", "post_work_activity_sid", "record", "timeout", "status_callback_url",
          "status_callback_events");
    }

    /**
     * @param record e.g. {@code record-from-answer} or {@code do-not-record}
     * @return these options
     */
    public Dequeue record(String record) {
      return text("record", record);
    }

    /**
     * @param url called with the worker leg's status
     * @return these options
     */
    public Dequeue statusCallbackUrl(String url) {
      return url("status_callback_url", url);
    }

    /**
     * @param events the call statuses reported to {@link #statusCallbackUrl(String)}
     * @return these options
     */
    public Dequeue statusCallbackEvents(CallStatusEvent... events) {
      return events("status_callback_events", events, CallStatusEvent::value);
    }
  }

  /** Options of {@code call} besides {@code from} and {@code url}. */
  public static final class Call extends WorkerCallOptions<Call> {
    Call() {
      super("from", "url", "to", "accept", "record", "timeout", "status_callback_url");
    }

    /**
     * @param accept whether placing the call accepts the reservation (default false)
     * @return these options
     */
    public Call accept(boolean accept) {
      return put("accept", accept);
    }

    /**
     * @param record e.g. {@code record-from-answer} or {@code do-not-record}
     * @return these options
     */
    public Call record(String record) {
      return text("record", record);
    }

    /**
     * @param url called when the call completes
     * @return these options
     */
    public Call statusCallbackUrl(String url) {
      return url("status_callback_url", url);
    }
  }

  /** Options of {@code redirect} besides {@code call_sid} and {@code url}. */
  public static final class Redirect extends InstructionOptions<Redirect> {
    Redirect() {
      super("call_sid", "url", "accept");
    }

    /**
     * @param accept whether redirecting accepts the reservation (default false)
     * @return these options
     */
    public Redirect accept(boolean accept) {
      return put("accept", accept);
    }
  }

  /**
   * The common options of {@code conference}; the others (recording callbacks, region, SIP
   * credentials, ...) through {@link #option(String, Object)} with their snake_case name.
   */
  public static final class Conference extends BridgeOptions<Conference> {
    private static final Set<String> BEEPS = new HashSet<>(Arrays.asList("true", "false", "onEnter", "onExit"));

    Conference() {
      super("from", "to", "timeout", "post_work_activity_sid", "record", "muted", "beep",
          "start_conference_on_enter", "end_conference_on_exit", "end_conference_on_customer_exit",
          "beep_on_customer_entrance", "wait_url", "wait_method", "early_media", "max_participants",
          "conference_record", "conference_status_callback", "conference_status_callback_method",
          "conference_status_callback_event", "status_callback", "status_callback_method", "status_callback_event");
    }

    /**
     * @param record whether to record the worker's leg
     * @return these options
     */
    public Conference record(boolean record) {
      return put("record", record);
    }

    /**
     * @param muted whether the worker joins muted
     * @return these options
     */
    public Conference muted(boolean muted) {
      return put("muted", muted);
    }

    /**
     * @param beep {@code true}, {@code false}, {@code onEnter} or {@code onExit}
     * @return these options
     */
    public Conference beep(String beep) {
      Checks.required("beep", beep);
      if (!BEEPS.contains(beep)) {
        throw new IllegalArgumentException("beep must be one of true, false, onEnter, onExit, got "
            + Shown.text(beep));
      }
      return put("beep", beep);
    }

    /**
     * @param start whether the conference starts when the worker joins
     * @return these options
     */
    public Conference startConferenceOnEnter(boolean start) {
      return put("start_conference_on_enter", start);
    }

    /**
     * @param end whether the conference ends when the worker leaves
     * @return these options
     */
    public Conference endConferenceOnExit(boolean end) {
      return put("end_conference_on_exit", end);
    }

    /**
     * @param end whether the conference ends when the customer leaves
     * @return these options
     */
    public Conference endConferenceOnCustomerExit(boolean end) {
      return put("end_conference_on_customer_exit", end);
    }

    /**
     * @param beep whether to beep when the customer joins
     * @return these options
     */
    public Conference beepOnCustomerEntrance(boolean beep) {
      return put("beep_on_customer_entrance", beep);
    }

    /**
     * @param url TwiML played while waiting for the conference to start
     * @return these options
     */
    public Conference waitUrl(String url) {
      return url("wait_url", url);
    }

    /**
     * @param method how {@link #waitUrl(String)} is requested
     * @return these options
     */
    public Conference waitMethod(HttpMethod method) {
      return method("wait_method", method);
    }

    /**
     * @param earlyMedia whether the worker hears ringing before answering
     * @return these options
     */
    public Conference earlyMedia(boolean earlyMedia) {
      return put("early_media", earlyMedia);
    }

    /**
     * @param max the most participants the conference admits
     * @return these options
     */
    public Conference maxParticipants(int max) {
      return atLeast("max_participants", max, 2);
    }

    /**
     * @param record e.g. {@code true}, {@code false}, {@code record-from-start}, {@code do-not-record}
     * @return these options
     */
    public Conference conferenceRecord(String record) {
      return text("conference_record", record);
    }

    /**
     * @param url called with the conference's events
     * @return these options
     */
    public Conference conferenceStatusCallback(String url) {
      return url("conference_status_callback", url);
    }

    /**
     * @param method how {@link #conferenceStatusCallback(String)} is requested
     * @return these options
     */
    public Conference conferenceStatusCallbackMethod(HttpMethod method) {
      return method("conference_status_callback_method", method);
    }

    /**
     * @param events the conference events reported to {@link #conferenceStatusCallback(String)}
     * @return these options
     */
    public Conference conferenceStatusCallbackEvent(ConferenceEvent... events) {
      return events("conference_status_callback_event", events, ConferenceEvent::value);
    }

    /**
     * @param url called with the worker leg's call status
     * @return these options
     */
    public Conference statusCallback(String url) {
      return url("status_callback", url);
    }

    /**
     * @param method how {@link #statusCallback(String)} is requested
     * @return these options
     */
    public Conference statusCallbackMethod(HttpMethod method) {
      return method("status_callback_method", method);
    }

    /**
     * @param events the call statuses reported to {@link #statusCallback(String)}
     * @return these options
     */
    public Conference statusCallbackEvent(CallStatusEvent... events) {
      return events("status_callback_event", events, CallStatusEvent::value);
    }
  }
}
