package io.taskrouter.local.callback;

import static io.taskrouter.local.callback.CallbackStory.ASSIGN;
import static io.taskrouter.local.callback.CallbackStory.EVENTS;
import static io.taskrouter.local.callback.CallbackStory.FALLBACK;
import static io.taskrouter.local.callback.CallbackStory.reply;
import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.TaskRouterLocal;
import io.taskrouter.local.clock.ManualClock;
import io.taskrouter.sdk.RetryPolicy;
import io.taskrouter.sdk.TaskRouter;
import io.taskrouter.sdk.model.Event;
import io.taskrouter.sdk.model.ReservationStatus;
import io.taskrouter.sdk.model.TaskReservation;
import io.taskrouter.sdk.model.TaskStatus;
import io.taskrouter.sdk.webhook.AssignmentCallback;
import io.taskrouter.sdk.webhook.AssignmentInstruction;
import io.taskrouter.sdk.webhook.EventCallback;
import io.taskrouter.sdk.webhook.FormParameters;
import io.taskrouter.sdk.webhook.WebhookValidator;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Assignment and event callbacks end to end: a server whose account has a known auth token, the
 * SDK driving it over HTTP, a receiver on loopback validating each callback's signature with the
 * SDK's {@link WebhookValidator} and answering with the SDK's {@link AssignmentInstruction}. Each
 * test awaits the callbacks' effects with {@link TaskRouterLocal#awaitCallbacks} before its next
 * request, never with a sleep.
 */
class CallbacksThroughHttpTest {
  private static final String ACCOUNT = "AC" + "0123456789abcdef".repeat(2);
  private static final String TOKEN = "the-account-auth-token";
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final ManualClock CLOCK = ManualClock.at("2026-11-24T15:00:00Z");

  private static TaskRouterLocal server;
  private Receiver receiver;
  private TaskRouter client;

  @BeforeAll
  static void start() {
    server = TaskRouterLocal.builder().credentials(ACCOUNT, TOKEN).clock(CLOCK).seed(7).start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void aReceiverAndAClient() throws IOException {
    server.reset();
    receiver = Receiver.start();
    client = TaskRouter.builder().credentials(ACCOUNT, TOKEN).baseUrl(server.baseUrl())
        .retryPolicy(RetryPolicy.none()).build();
  }

  @AfterEach
  void closeThem() {
    server.awaitCallbacks(WAIT);
    client.close();
    receiver.close();
  }

  private CallbackStory story(CallbackStory.Urls urls) {
    return new CallbackStory(client, urls);
  }

  private List<AssignmentCallback> assignments(String path) {
    return CallbackStory.assignments(receiver, path, TOKEN);
  }

  @Test
  void anAssignmentCallbackCarriesTheDocumentedParametersSignedAndItsAcceptAssignsTheTask() {
    receiver.on(ASSIGN, r -> reply(AssignmentInstruction.accept()));
    CallbackStory s = story(CallbackStory.Urls.assignment(receiver));
    String jamie = s.worker("Jamie");
    String task = s.ws.tasks().create(p -> p.workflowSid(s.workflow).attributes("{\"type\":\"support\"}")
        .priority(5)).getSid();
    CLOCK.advanceSeconds(3);
    s.makeAvailable(jamie);
    server.awaitCallbacks(WAIT);

    List<Receiver.Request> requests = CallbackStory.signed(receiver, ASSIGN, TOKEN);
    assertThat(requests).hasSize(1);
    Receiver.Request request = requests.get(0);
    FormParameters params = FormParameters.parse(request.body());
    assertThat(params.names()).containsExactlyInAnyOrderElementsOf(CallbackParameters.ASSIGNMENT);
    assertThat(WebhookValidator.forAuthToken("another-token").isValid(receiver.url(ASSIGN), params,
        request.header(WebhookValidator.SIGNATURE_HEADER))).as("signed with the account's token only").isFalse();

    TaskReservation reservation = s.onlyReservation(task);
    AssignmentCallback callback = AssignmentCallback.from(params);
    assertThat(callback.getAccountSid()).isEqualTo(ACCOUNT);
    assertThat(callback.getWorkspaceSid()).isEqualTo(s.ws.workspaceSid());
    assertThat(callback.getWorkflowSid()).isEqualTo(s.workflow);
    assertThat(callback.getTaskQueueSid()).isEqualTo(s.queue);
    assertThat(callback.getWorkerSid()).isEqualTo(jamie);
    assertThat(callback.getWorkerAttributesAsMap()).isEqualTo(Map.of("name", "Jamie"));
    assertThat(callback.getTaskSid()).isEqualTo(task);
    assertThat(callback.getTaskAttributesAsMap()).isEqualTo(Map.of("type", "support"));
    assertThat(callback.getTaskAge()).isEqualTo(3);
    assertThat(callback.getTaskPriority()).isEqualTo(5);
    assertThat(callback.getReservationSid()).isEqualTo(reservation.getSid());
    assertThat(callback.getTimestampAsInstant()).isEqualTo(CLOCK.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

    assertThat(reservation.getReservationStatus()).isEqualTo(ReservationStatus.ACCEPTED);
    assertThat(s.status(task)).isEqualTo(TaskStatus.ASSIGNED);
  }

  static Stream<Arguments> answers() {
    String from = "+15005550006";
    String twiml = "http://127.0.0.1:9/twiml";
    String callSid = "CA" + "0123456789abcdef".repeat(2);
    return Stream.of(
        Arguments.of("accept", AssignmentInstruction.accept().toJson(), ReservationStatus.ACCEPTED),
        Arguments.of("dequeue", AssignmentInstruction.dequeue().toJson(), ReservationStatus.ACCEPTED),
        Arguments.of("conference", AssignmentInstruction.conference().toJson(), ReservationStatus.ACCEPTED),
        Arguments.of("call, accept=true",
            AssignmentInstruction.call(from, twiml, c -> c.accept(true)).toJson(), ReservationStatus.ACCEPTED),
        Arguments.of("redirect, accept=true",
            AssignmentInstruction.redirect(callSid, twiml, r -> r.accept(true)).toJson(), ReservationStatus.ACCEPTED),
        Arguments.of("call without accept", AssignmentInstruction.call(from, twiml).toJson(),
            ReservationStatus.PENDING),
        Arguments.of("redirect without accept", AssignmentInstruction.redirect(callSid, twiml).toJson(),
            ReservationStatus.PENDING),
        Arguments.of("{}", AssignmentInstruction.decideLater().toJson(), ReservationStatus.PENDING),
        Arguments.of("empty body", "", ReservationStatus.PENDING),
        Arguments.of("members without instruction (warning 40005)", "{\"note\":\"later\"}",
            ReservationStatus.PENDING));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void eachAnswerHasTheEffectOfItsInstruction(String name, String body, ReservationStatus expected) {
    receiver.answer(ASSIGN, 200, body);
    CallbackStory s = story(CallbackStory.Urls.assignment(receiver));
    String jamie = s.worker("Jamie");
    String task = s.task("{}");
    s.makeAvailable(jamie);
    server.awaitCallbacks(WAIT);

    assertThat(assignments(ASSIGN)).hasSize(1);
    assertThat(s.onlyReservation(task).getReservationStatus()).isEqualTo(expected);
    assertThat(s.status(task)).isEqualTo(expected == ReservationStatus.ACCEPTED ? TaskStatus.ASSIGNED
        : TaskStatus.RESERVED);
  }

  @Test
  void anEmptyAnswerWaitsForTheRestUpdate() {
    receiver.on(ASSIGN, r -> reply(AssignmentInstruction.decideLater()));
    CallbackStory s = story(CallbackStory.Urls.assignment(receiver));
    String jamie = s.worker("Jamie");
    String task = s.task("{}");
    s.makeAvailable(jamie);
    server.awaitCallbacks(WAIT);
    String reservation = s.onlyReservation(task).getSid();
    assertThat(s.onlyReservation(task).getReservationStatus()).isEqualTo(ReservationStatus.PENDING);

    s.ws.task(task).reservations().update(reservation, p -> p.reservationStatus(ReservationStatus.ACCEPTED));
    assertThat(s.status(task)).isEqualTo(TaskStatus.ASSIGNED);
  }

  @Test
  void aRejectWithAnActivityMovesTheWorkerThereAndTheTaskIsOfferedToTheNextWorker() {
    AtomicInteger calls = new AtomicInteger();
    CallbackStory s = story(CallbackStory.Urls.assignment(receiver));
    receiver.on(ASSIGN, r -> reply(calls.getAndIncrement() == 0 ? AssignmentInstruction.reject(s.unavailable)
        : AssignmentInstruction.accept()));
    String jamie = s.worker("Jamie");
    String alex = s.worker("Alex");
    s.makeAvailable(jamie);
    s.makeAvailable(alex);
    String task = s.task("{}");
    server.awaitCallbacks(WAIT);

    List<AssignmentCallback> callbacks = assignments(ASSIGN);
    assertThat(callbacks).hasSize(2);
    String first = callbacks.get(0).getWorkerSid();
    String second = callbacks.get(1).getWorkerSid();
    assertThat(List.of(first, second)).containsExactlyInAnyOrder(jamie, alex);
    assertThat(s.activityOf(first)).as("the rejecting worker moved to activity_sid").isEqualTo(s.unavailable);
    Map<String, ReservationStatus> byWorker = s.reservations(task).stream()
        .collect(Collectors.toMap(TaskReservation::getWorkerSid, TaskReservation::getReservationStatus));
    assertThat(byWorker).containsExactlyInAnyOrderEntriesOf(
        Map.of(first, ReservationStatus.REJECTED, second, ReservationStatus.ACCEPTED));
    assertThat(s.status(task)).isEqualTo(TaskStatus.ASSIGNED);
  }

  @Test
  void aRejectWithoutAnActivityLeavesTheWorkerWhereItIs() {
    AtomicInteger calls = new AtomicInteger();
    receiver.on(ASSIGN, r -> reply(calls.getAndIncrement() == 0 ? AssignmentInstruction.reject()
        : AssignmentInstruction.decideLater()));
    CallbackStory s = story(CallbackStory.Urls.assignment(receiver));
    String jamie = s.worker("Jamie");
    String task = s.task("{}");
    s.makeAvailable(jamie);
    server.awaitCallbacks(WAIT);

    String firstReservation = assignments(ASSIGN).get(0).getReservationSid();
    assertThat(s.ws.task(task).reservations().fetch(firstReservation).getReservationStatus())
        .isEqualTo(ReservationStatus.REJECTED);
    assertThat(s.activityOf(jamie)).isEqualTo(s.available);
  }

  @Test
  void aFailingCallbackUrlHandsTheSameCallbackToTheFallback() {
    receiver.answer(ASSIGN, 500, "{\"message\":\"down\"}");
    receiver.on(FALLBACK, r -> reply(AssignmentInstruction.accept()));
    CallbackStory s = story(CallbackStory.Urls.assignment(receiver).withFallback(receiver.url(FALLBACK)));
    String jamie = s.worker("Jamie");
    String task = s.task("{}");
    s.makeAvailable(jamie);
    server.awaitCallbacks(WAIT);

    List<AssignmentCallback> primary = assignments(ASSIGN);
    List<AssignmentCallback> fallback = assignments(FALLBACK);
    assertThat(primary).hasSize(1);
    assertThat(fallback).hasSize(1);
    assertThat(fallback.get(0).getParameters().asMap()).isEqualTo(primary.get(0).getParameters().asMap());
    assertThat(s.status(task)).isEqualTo(TaskStatus.ASSIGNED);
  }

  @Test
  void whenTheFallbackFailsTooTheReservationWaitsForItsTimeout() {
    receiver.answer(ASSIGN, 500, "");
    receiver.answer(FALLBACK, 503, "");
    CallbackStory s = story(CallbackStory.Urls.assignment(receiver).withFallback(receiver.url(FALLBACK))
        .withReservationTimeout(30));
    String jamie = s.worker("Jamie");
    String task = s.task("{}");
    s.makeAvailable(jamie);
    server.awaitCallbacks(WAIT);
    assertThat(assignments(ASSIGN)).hasSize(1);
    assertThat(assignments(FALLBACK)).hasSize(1);
    assertThat(s.onlyReservation(task).getReservationStatus()).isEqualTo(ReservationStatus.PENDING);

    CLOCK.advanceSeconds(29);
    assertThat(s.onlyReservation(task).getReservationStatus()).isEqualTo(ReservationStatus.PENDING);
    CLOCK.advanceSeconds(1);
    assertThat(s.onlyReservation(task).getReservationStatus()).isEqualTo(ReservationStatus.TIMEOUT);
    assertThat(s.activityOf(jamie)).as("moved to the workspace's timeout activity").isEqualTo(s.offline);
    assertThat(s.status(task)).isEqualTo(TaskStatus.PENDING);
  }

  @Test
  void eventCallbacksCarryOnlyTheTypesOfTheEventsFilterSigned() {
    receiver.on(ASSIGN, r -> reply(AssignmentInstruction.accept()));
    CallbackStory s = story(CallbackStory.Urls.assignment(receiver)
        .withEvents(receiver.url(EVENTS), "task.created, reservation.accepted"));
    String jamie = s.worker("Jamie");
    s.makeAvailable(jamie);
    String task = s.task("{}");
    server.awaitCallbacks(WAIT);

    List<EventCallback> events = CallbackStory.signed(receiver, EVENTS, TOKEN).stream()
        .map(r -> EventCallback.fromBody(r.body())).collect(Collectors.toList());
    Map<String, String> resourceByType = events.stream()
        .collect(Collectors.toMap(EventCallback::getEventType, EventCallback::getResourceSid));
    assertThat(resourceByType).containsExactlyInAnyOrderEntriesOf(Map.of(
        "task.created", task, "reservation.accepted", s.onlyReservation(task).getSid()));
    assertThat(events).allSatisfy(e -> {
      assertThat(e.getAccountSid()).isEqualTo(ACCOUNT);
      assertThat(e.getWorkspaceSid()).isEqualTo(s.ws.workspaceSid());
      assertThat(e.getWorkspaceName()).isEqualTo("Callbacks");
      assertThat(e.getTaskSid()).isEqualTo(task);
    });
    assertThat(s.ws.events().list().stream().map(Event::getEventType))
        .as("the workspace recorded types the filter kept back").contains("worker.activity.update");
  }

  @Test
  void withoutAFilterEveryEventIsSentWithItsDataUnderTheCallbackNames() {
    receiver.on(ASSIGN, r -> reply(AssignmentInstruction.accept()));
    CallbackStory s = story(CallbackStory.Urls.assignment(receiver).withEvents(receiver.url(EVENTS), null));
    String jamie = s.worker("Jamie");
    s.makeAvailable(jamie);
    String task = s.task("{}");
    server.awaitCallbacks(WAIT);
    s.ws.tasks().update(task, p -> p.assignmentStatus(TaskStatus.COMPLETED).reason("done"));
    server.awaitCallbacks(WAIT);

    List<Map<String, String>> received = CallbackStory.signed(receiver, EVENTS, TOKEN).stream()
        .map(r -> single(FormParameters.parse(r.body()))).collect(Collectors.toList());
    List<Map<String, String>> expected = s.ws.events().list().stream().map(e -> asCallback(s, e))
        .collect(Collectors.toList());
    assertThat(expected).extracting(m -> m.get("EventType"))
        .contains("task.created", "reservation.created", "reservation.accepted", "task.completed");
    assertThat(received).containsExactlyInAnyOrderElementsOf(expected);
  }

  /** What §7 says the callback of a recorded event carries. */
  private static Map<String, String> asCallback(CallbackStory s, Event event) {
    Map<String, String> params = new HashMap<>();
    params.put("EventType", event.getEventType());
    params.put("AccountSid", ACCOUNT);
    params.put("WorkspaceSid", s.ws.workspaceSid());
    params.put("WorkspaceName", "Callbacks");
    params.put("EventDescription", event.getDescription());
    params.put("ResourceType", event.getResourceType());
    params.put("ResourceSid", event.getResourceSid());
    params.put("Timestamp", Long.toString(event.getEventDateMs() / 1000));
    params.put("TimestampMs", Long.toString(event.getEventDateMs()));
    event.getEventData().forEach((key, value) -> params.putIfAbsent(CallbackParameters.forEventDataKey(key),
        String.valueOf(value)));
    return params;
  }

  private static Map<String, String> single(FormParameters params) {
    Map<String, String> map = new HashMap<>();
    params.asMap().forEach((name, values) -> {
      assertThat(values).as("values of %s", name).hasSize(1);
      map.put(name, values.get(0));
    });
    return map;
  }

  @Test
  void aReceiverThatCallsTheApiBeforeAnsweringDoesNotDeadlock() {
    List<TaskStatus> seenByReceiver = new CopyOnWriteArrayList<>();
    CallbackStory s = story(CallbackStory.Urls.assignment(receiver));
    receiver.on(ASSIGN, r -> {
      seenByReceiver.add(s.status(AssignmentCallback.fromBody(r.body()).getTaskSid()));
      return reply(AssignmentInstruction.accept());
    });
    String jamie = s.worker("Jamie");
    String task = s.task("{}");
    s.makeAvailable(jamie);
    server.awaitCallbacks(WAIT);

    assertThat(seenByReceiver).containsExactly(TaskStatus.RESERVED);
    assertThat(s.status(task)).isEqualTo(TaskStatus.ASSIGNED);
  }

  @Test
  void aSlowReceiverDelaysNoOtherRequest() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean answered = new AtomicBoolean();
    receiver.on(ASSIGN, r -> {
      release.await(Receiver.LIVENESS_SECONDS, TimeUnit.SECONDS);
      answered.set(true);
      return reply(AssignmentInstruction.accept());
    });
    CallbackStory s = story(CallbackStory.Urls.assignment(receiver));
    String jamie = s.worker("Jamie");
    String task = s.task("{}");
    s.makeAvailable(jamie);
    receiver.take();

    String other = s.task("{\"while\":\"the receiver holds on\"}");
    assertThat(s.status(task)).isEqualTo(TaskStatus.RESERVED);
    assertThat(s.status(other)).isEqualTo(TaskStatus.PENDING);
    assertThat(s.ws.workers().list().toList()).hasSize(1);
    assertThat(answered).as("the requests above were answered while the receiver still held on").isFalse();

    release.countDown();
    server.awaitCallbacks(WAIT);
    assertThat(s.status(task)).isEqualTo(TaskStatus.ASSIGNED);
  }

  @Test
  void anAnswerToACallbackSentBeforeAResetIsDroppedThoughItsSidNowNamesANewReservation() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    receiver.on(ASSIGN, r -> {
      if (calls.getAndIncrement() > 0) {
        return reply(AssignmentInstruction.decideLater());
      }
      release.await(Receiver.LIVENESS_SECONDS, TimeUnit.SECONDS);
      return reply(AssignmentInstruction.accept());
    });
    CallbackStory before = story(CallbackStory.Urls.assignment(receiver));
    before.makeAvailable(before.worker("Jamie"));
    before.task("{}");
    Receiver.Request held = receiver.take();

    server.reset();
    CallbackStory after = story(CallbackStory.Urls.assignment(receiver));
    after.makeAvailable(after.worker("Jamie"));
    String task = after.task("{}");
    Receiver.Request fresh = receiver.take();
    assertThat(AssignmentCallback.fromBody(fresh.body()).getReservationSid()).as("the same seed, the same SIDs")
        .isEqualTo(AssignmentCallback.fromBody(held.body()).getReservationSid());
    release.countDown();
    server.awaitCallbacks(WAIT);

    assertThat(after.onlyReservation(task).getReservationStatus()).isEqualTo(ReservationStatus.PENDING);
  }

  @Test
  void aCallbackToAHostNotAllowedIsRefusedAndLoggedAndTheReservationStaysPending() {
    try (LogCapture logs = LogCapture.of(Outbox.class)) {
      CallbackStory s = story(new CallbackStory.Urls("http://192.0.2.1:8080/assign", null, null, null, 120));
      String jamie = s.worker("Jamie");
      String task = s.task("{}");
      s.makeAvailable(jamie);
      server.awaitCallbacks(WAIT);

      assertThat(logs.messages()).anySatisfy(message -> assertThat(message)
          .contains("refused").contains("192.0.2.1").contains("not loopback"));
      assertThat(s.onlyReservation(task).getReservationStatus()).isEqualTo(ReservationStatus.PENDING);
      assertThat(receiver.all()).isEmpty();
    }
  }
}
