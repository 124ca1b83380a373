package io.taskrouter.local.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskrouter.sdk.webhook.AssignmentCallback;
import io.taskrouter.sdk.webhook.AssignmentInstruction;
import io.taskrouter.sdk.webhook.EventCallback;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The receiver, driven by posting signed callbacks to it directly (as the server's outbox does):
 * answers by lambda, records and validates what it got, and misbehaves on request.
 */
class CallbackReceiverTest {
  private static final Duration SHORT = Duration.ofMillis(300);

  @RegisterExtension
  static final TaskRouterLocalExtension TASK_ROUTER = TaskRouterLocalExtension.newInstance().build();

  @Test
  void aLambdaAnswersEachAssignmentFromTheParsedCallback(TaskRouterLocalHandle handle) throws Exception {
    handle.onAssignment(callback -> "gold".equals(callback.getTaskAttributesAsMap().get("tier"))
        ? AssignmentInstruction.accept()
        : AssignmentInstruction.reject("WA00000000000000000000000000000002"));

    HttpResponse<String> gold = SignedPost.post(handle.assignmentCallbackUrl(),
        SignedPost.assignment("WR00000000000000000000000000000001", "{\"tier\":\"gold\"}"), handle.authToken());
    HttpResponse<String> other = SignedPost.post(handle.assignmentCallbackUrl(),
        SignedPost.assignment("WR00000000000000000000000000000002", "{\"tier\":\"bronze\"}"), handle.authToken());

    assertThat(gold.statusCode()).isEqualTo(200);
    assertThat(gold.headers().firstValue("Content-Type")).hasValue(AssignmentInstruction.CONTENT_TYPE);
    assertThat(gold.body()).isEqualTo(AssignmentInstruction.accept().toJson());
    assertThat(other.body())
        .isEqualTo(AssignmentInstruction.reject("WA00000000000000000000000000000002").toJson());
    List<Received<AssignmentCallback>> received = handle.awaitAssignments(2);
    assertThat(received).extracting(r -> r.callback().getReservationSid())
        .containsExactly("WR00000000000000000000000000000001", "WR00000000000000000000000000000002");
    assertThat(received).allSatisfy(r -> {
      assertThat(r.signatureValid()).isTrue();
      assertThat(r.fallback()).isFalse();
      assertThat(r.url()).isEqualTo(handle.assignmentCallbackUrl());
    });
  }

  @Test
  void withoutALambdaTheAnswerIsDecideLater(TaskRouterLocalHandle handle) throws Exception {
    HttpResponse<String> answer = SignedPost.post(handle.assignmentCallbackUrl(),
        SignedPost.assignment("WR00000000000000000000000000000003", "{}"), handle.authToken());

    assertThat(answer.body()).isEqualTo(AssignmentInstruction.decideLater().toJson());
  }

  @Test
  void aCallbackSignedWithAnotherTokenIsRecordedAsInvalidAndRefused(TaskRouterLocalHandle handle) throws Exception {
    handle.onAssignment(callback -> AssignmentInstruction.accept());

    HttpResponse<String> answer = SignedPost.post(handle.assignmentCallbackUrl(),
        SignedPost.assignment("WR00000000000000000000000000000004", "{}"), "not-the-account-token");

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(handle.awaitAssignments(1).get(0).signatureValid()).isFalse();
  }

  @Test
  void eventCallbacksAreParsedRecordedAndAwaitedByType(TaskRouterLocalHandle handle) throws Exception {
    Map<String, String> created = Map.of("EventType", "task.created", "ResourceSid", "WT1", "Sid", "EV1");
    Map<String, String> assigned = Map.of("EventType", "reservation.accepted", "ResourceSid", "WR1", "Sid", "EV2");

    assertThat(SignedPost.post(handle.eventCallbackUrl(), created, handle.authToken()).statusCode()).isEqualTo(200);
    assertThat(SignedPost.post(handle.eventCallbackUrl(), assigned, handle.authToken()).statusCode()).isEqualTo(200);

    Received<EventCallback> accepted = handle.awaitEvent("reservation.accepted");
    assertThat(accepted.callback().getResourceSid()).isEqualTo("WR1");
    assertThat(accepted.signatureValid()).isTrue();
    assertThat(handle.events()).extracting(e -> e.callback().getEventType())
        .containsExactly("task.created", "reservation.accepted");
    assertThat(handle.assignments()).isEmpty();
  }

  @Test
  void awaitingMoreThanArrivedFailsNamingWhatDid(TaskRouterLocalHandle handle) throws Exception {
    SignedPost.post(handle.eventCallbackUrl(), Map.of("EventType", "task.created"), handle.authToken());

    assertThatThrownBy(() -> handle.awaitEvents(2, SHORT)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected 2 event callback(s)").hasMessageContaining("received 1");
    assertThatThrownBy(() -> handle.awaitAssignments(1, SHORT)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("received 0");
  }

  @Test
  void aLambdaThatThrowsGives500AndFailsTheNextAwait(TaskRouterLocalHandle handle) throws Exception {
    handle.onAssignment(callback -> {
      throw new IllegalStateException("no worker like that here");
    });

    HttpResponse<String> answer = SignedPost.post(handle.assignmentCallbackUrl(),
        SignedPost.assignment("WR00000000000000000000000000000005", "{}"), handle.authToken());

    assertThat(answer.statusCode()).isEqualTo(500);
    assertThatThrownBy(() -> handle.awaitAssignments(2, SHORT)).isInstanceOf(AssertionError.class)
        .hasRootCauseMessage("no worker like that here");
  }

  @Test
  void aFailingReceiverAnswers500ButTheFallbackStillAnswers(TaskRouterLocalHandle handle) throws Exception {
    handle.onAssignment(callback -> AssignmentInstruction.accept());
    handle.receiverMode(ReceiverMode.failing());

    Map<String, String> offer = SignedPost.assignment("WR00000000000000000000000000000006", "{}");
    HttpResponse<String> primary = SignedPost.post(handle.assignmentCallbackUrl(), offer, handle.authToken());
    HttpResponse<String> fallback = SignedPost.post(handle.fallbackAssignmentCallbackUrl(), offer, handle.authToken());
    HttpResponse<String> event = SignedPost.post(handle.eventCallbackUrl(), Map.of("EventType", "x"), handle.authToken());

    assertThat(primary.statusCode()).isEqualTo(500);
    assertThat(event.statusCode()).isEqualTo(500);
    assertThat(fallback.statusCode()).isEqualTo(200);
    assertThat(fallback.body()).isEqualTo(AssignmentInstruction.accept().toJson());
    assertThat(handle.awaitAssignments(2)).extracting(Received::fallback).containsExactly(false, true);
  }

  @Test
  void aSilentReceiverTakesTheRequestAndNeverAnswers(TaskRouterLocalHandle handle) {
    handle.receiverMode(ReceiverMode.silent());

    assertThatThrownBy(() -> SignedPost.post(handle.assignmentCallbackUrl(),
        SignedPost.assignment("WR00000000000000000000000000000007", "{}"), handle.authToken(), SHORT))
        .isInstanceOf(HttpTimeoutException.class);
    assertThat(handle.awaitAssignments(1)).hasSize(1);
  }

  @Test
  void aSlowReceiverAnswersOnlyAfterItsDelay(TaskRouterLocalHandle handle) throws Exception {
    handle.onAssignment(callback -> AssignmentInstruction.accept());
    Map<String, String> offer = SignedPost.assignment("WR00000000000000000000000000000008", "{}");

    handle.receiverMode(ReceiverMode.slow(Duration.ofMinutes(1)));
    assertThatThrownBy(() -> SignedPost.post(handle.assignmentCallbackUrl(), offer, handle.authToken(), SHORT))
        .isInstanceOf(HttpTimeoutException.class);

    handle.receiverMode(ReceiverMode.slow(Duration.ofMillis(50)));
    assertThat(SignedPost.post(handle.assignmentCallbackUrl(), offer, handle.authToken()).body())
        .isEqualTo(AssignmentInstruction.accept().toJson());
  }

  @Test
  void modesRefuseNonsense() {
    assertThatThrownBy(() -> ReceiverMode.slow(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("delay must be positive, got PT0S");
    assertThatThrownBy(() -> TASK_ROUTER.handle().awaitEvents(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must be at least 1, got 0");
  }
}
