package io.taskrouter.sdk.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskrouter.sdk.model.CallStatusEvent;
import io.taskrouter.sdk.model.ConferenceEvent;
import io.taskrouter.sdk.model.HttpMethod;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Field names as in the service's documentation of assignment instructions and its reservation parameters. */
class AssignmentInstructionTest {
  private static final String WA = "WA0123456789abcdef0123456789abcdef";
  private static final String CA = "CA0123456789abcdef0123456789abcdef";

  static Stream<Arguments> instructions() {
    return Stream.of(
        Arguments.of(AssignmentInstruction.accept(), "{\"instruction\":\"accept\"}"),
        Arguments.of(AssignmentInstruction.reject(), "{\"instruction\":\"reject\"}"),
        Arguments.of(AssignmentInstruction.reject(WA), "{\"instruction\":\"reject\",\"activity_sid\":\"" + WA + "\"}"),
        Arguments.of(AssignmentInstruction.decideLater(), "{}"),
        Arguments.of(AssignmentInstruction.dequeue(), "{\"instruction\":\"dequeue\"}"),
        Arguments.of(AssignmentInstruction.dequeue(d -> d.from("+15558675310").to("client:jamie")
                .postWorkActivitySid(WA).record("record-from-answer").timeout(20)
                .statusCallbackUrl("https://example.com/dequeue-status")
                .statusCallbackEvents(CallStatusEvent.INITIATED, CallStatusEvent.COMPLETED)),
            "{\"instruction\":\"dequeue\",\"from\":\"+15558675310\",\"to\":\"client:jamie\",\"post_work_activity_sid\":\""
                + WA + "\",\"record\":\"record-from-answer\",\"timeout\":20,"
                + "\"status_callback_url\":\"https://example.com/dequeue-status\","
                + "\"status_callback_events\":\"initiated,completed\"}"),
        Arguments.of(AssignmentInstruction.call("+15558675310", "https://example.com/agent_answer"),
            "{\"instruction\":\"call\",\"from\":\"+15558675310\",\"url\":\"https://example.com/agent_answer\"}"),
        Arguments.of(AssignmentInstruction.call("+15558675310", "https://example.com/agent_answer",
                c -> c.to("+15551234567").accept(true).record("do-not-record").timeout(30)
                    .statusCallbackUrl("https://example.com/call-status")),
            "{\"instruction\":\"call\",\"from\":\"+15558675310\",\"url\":\"https://example.com/agent_answer\","
                + "\"to\":\"+15551234567\",\"accept\":true,\"record\":\"do-not-record\",\"timeout\":30,"
                + "\"status_callback_url\":\"https://example.com/call-status\"}"),
        Arguments.of(AssignmentInstruction.redirect(CA, "https://example.com/voicemail"),
            "{\"instruction\":\"redirect\",\"call_sid\":\"" + CA + "\",\"url\":\"https://example.com/voicemail\"}"),
        Arguments.of(AssignmentInstruction.redirect(CA, "https://example.com/voicemail", r -> r.accept(true)),
            "{\"instruction\":\"redirect\",\"call_sid\":\"" + CA
                + "\",\"url\":\"https://example.com/voicemail\",\"accept\":true}"),
        Arguments.of(AssignmentInstruction.conference(), "{\"instruction\":\"conference\"}"),
        Arguments.of(AssignmentInstruction.conference(c -> c.from("+15558675310").to("client:jamie").timeout(15)
                .postWorkActivitySid(WA).record(true).muted(false).beep("onEnter").startConferenceOnEnter(true)
                .endConferenceOnExit(true).endConferenceOnCustomerExit(false).beepOnCustomerEntrance(true)
                .waitUrl("https://example.com/hold").waitMethod(HttpMethod.GET).earlyMedia(true).maxParticipants(10)
                .conferenceRecord("record-from-start").conferenceStatusCallback("https://example.com/conf")
                .conferenceStatusCallbackMethod(HttpMethod.POST)
                .conferenceStatusCallbackEvent(ConferenceEvent.START, ConferenceEvent.END)
                .statusCallback("https://example.com/leg").statusCallbackMethod(HttpMethod.POST)
                .statusCallbackEvent(CallStatusEvent.ANSWERED)
                .option("region", "ie1").option("jitter_buffer_size", "large")),
            "{\"instruction\":\"conference\",\"from\":\"+15558675310\",\"to\":\"client:jamie\",\"timeout\":15,"
                + "\"post_work_activity_sid\":\"" + WA + "\",\"record\":true,\"muted\":false,\"beep\":\"onEnter\","
                + "\"start_conference_on_enter\":true,\"end_conference_on_exit\":true,"
                + "\"end_conference_on_customer_exit\":false,\"beep_on_customer_entrance\":true,"
                + "\"wait_url\":\"https://example.com/hold\",\"wait_method\":\"GET\",\"early_media\":true,"
                + "\"max_participants\":10,\"conference_record\":\"record-from-start\","
                + "\"conference_status_callback\":\"https://example.com/conf\","
                + "\"conference_status_callback_method\":\"POST\",\"conference_status_callback_event\":\"start,end\","
                + "\"status_callback\":\"https://example.com/leg\",\"status_callback_method\":\"POST\","
                + "\"status_callback_event\":\"answered\",\"region\":\"ie1\",\"jitter_buffer_size\":\"large\"}"),
        Arguments.of(AssignmentInstruction.dequeue(d -> d.option("dequeue_extra", Arrays.asList(1, "two"))),
            "{\"instruction\":\"dequeue\",\"dequeue_extra\":[1,\"two\"]}"));
  }

  @ParameterizedTest
  @MethodSource("instructions")
  void eachInstructionIsWrittenAsTheServiceReadsIt(AssignmentInstruction instruction, String json) {
    assertThat(instruction.toJson()).isEqualTo(json);
  }

  @Test
  void theInstructionNameAndFieldsAreReadable() {
    AssignmentInstruction reject = AssignmentInstruction.reject(WA);

    assertThat(reject.getInstruction()).isEqualTo("reject");
    assertThat(reject.toMap()).containsEntry("activity_sid", WA);
    assertThat(reject).isEqualTo(AssignmentInstruction.reject(WA)).isNotEqualTo(AssignmentInstruction.reject());
    assertThat(AssignmentInstruction.decideLater().getInstruction()).isNull();
    assertThat(AssignmentInstruction.CONTENT_TYPE).isEqualTo("application/json");
  }

  static Stream<Arguments> badOptions() {
    return Stream.of(
        Arguments.of((Runnable) () -> AssignmentInstruction.reject("WK0123456789abcdef0123456789abcdef"),
            "activity_sid must be an activity SID (\"WA\" and 32 hex digits), got a worker SID: "
                + "\"WK0123456789abcdef0123456789abcdef\""),
        Arguments.of((Runnable) () -> AssignmentInstruction.reject(""),
            "activity_sid is required and must not be empty, got \"\""),
        Arguments.of((Runnable) () -> AssignmentInstruction.call(" ", "https://example.com/a"), "from must not be blank, got \" \""),
        Arguments.of((Runnable) () -> AssignmentInstruction.call("+1555", "/agent_answer"),
            "url must be an absolute http(s) URL, got \"/agent_answer\""),
        Arguments.of((Runnable) () -> AssignmentInstruction.redirect("CA123", "https://example.com/a"),
            "call_sid must be a call SID (\"CA\" and 32 hex digits), got 5 characters: \"CA123\""),
        Arguments.of((Runnable) () -> AssignmentInstruction.dequeue(d -> d.timeout(0)),
            "timeout must be at least 1, got 0"),
        Arguments.of((Runnable) () -> AssignmentInstruction.dequeue(d -> d.statusCallbackEvents()),
            "status_callback_events needs at least one event, got none"),
        Arguments.of((Runnable) () -> AssignmentInstruction.dequeue(d -> d.statusCallbackEvents(CallStatusEvent.UNKNOWN)),
            "status_callback_events[0] must be one of initiated, ringing, answered, completed, got UNKNOWN, which stands for values this SDK does not know and cannot be sent"),
        Arguments.of((Runnable) () -> AssignmentInstruction.conference(c -> c.beep("loud")),
            "beep must be one of true, false, onEnter, onExit, got \"loud\""),
        Arguments.of((Runnable) () -> AssignmentInstruction.conference(c -> c.maxParticipants(1)),
            "max_participants must be at least 2, got 1"),
        Arguments.of((Runnable) () -> AssignmentInstruction.conference(c -> c.option("muted", true)),
            "option 'muted' has a typed setter: use it instead of option(...)"),
        Arguments.of((Runnable) () -> AssignmentInstruction.conference(c -> c.option("instruction", "accept")),
            "option 'instruction' cannot be set: the AssignmentInstruction factory (accept(), dequeue(...),"
                + " conference(...), ...) chooses it"),
        Arguments.of((Runnable) () -> AssignmentInstruction.conference(c -> c.option("region", new Object())),
            "option region must be a String, Number, Boolean, List or Map, got a value of type java.lang.Object"));
  }

  @ParameterizedTest
  @MethodSource("badOptions")
  void badOptionsAreRefusedNamingTheField(Runnable build, String message) {
    assertThatThrownBy(build::run).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void passwordsNeverShowInToString() {
    AssignmentInstruction conference = AssignmentInstruction.conference(c -> c.option("sip_auth_username", "jamie")
        .option("sip_auth_password", "hunter2"));

    assertThat(conference.toJson()).contains("hunter2");
    assertThat(conference.toString()).doesNotContain("hunter2").contains("\"sip_auth_password\":\"****\"")
        .contains("\"sip_auth_username\":\"jamie\"");
  }
}
