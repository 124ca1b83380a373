package io.taskrouter.local.callback;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.callback.AssignmentAnswer.DecideLater;
import io.taskrouter.local.callback.AssignmentAnswer.Failed;
import io.taskrouter.local.callback.AssignmentAnswer.Instruction;
import io.taskrouter.local.callback.AssignmentAnswer.Kind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OutboxTest {
  private static final String TOKEN = "auth-token-5b1e0c";
  private static final SigningKey KEY = SigningKey.of(TOKEN);
  private static final Duration LIVENESS = Duration.ofSeconds(Receiver.LIVENESS_SECONDS);
  private static final FormParams PARAMS =
      FormParams.builder()
          .add(CallbackParameters.ACCOUNT_SID, "AC00000000000000000000000000000001")
          .add(CallbackParameters.RESERVATION_SID, "WR00000000000000000000000000000001")
          .add(CallbackParameters.TASK_ATTRIBUTES, "{\"type\":\"support\",\"note\":\"é & =\"}")
          .add(CallbackParameters.TASK_AGE, "3")
          .build();

  private final List<AutoCloseable> closing = new ArrayList<>();
  private final CountDownLatch endOfTest = new CountDownLatch(1);
  private LogCapture logs;
  private Receiver receiver;
  private Answers answers;

  @BeforeEach
  void start() throws Exception {
    receiver = Receiver.start();
    answers = new Answers();
    logs = LogCapture.of(Outbox.class);
  }

  @AfterEach
  void stop() throws Exception {
    logs.close();
    endOfTest.countDown();
    for (AutoCloseable c : closing) {
      c.close();
    }
    receiver.close();
  }

  private Outbox outbox(Consumer<Outbox.Builder> settings) {
    Outbox.Builder builder = Outbox.builder();
    settings.accept(builder);
    Outbox outbox = builder.build(answers);
    closing.add(0, outbox);
    return outbox;
  }

  private Outbox outbox() {
    return outbox(b -> {});
  }

  /** A receiver behaviour that holds its answer until the test ends. */
  private Receiver.Behaviour silentUntilTheEnd() {
    return r -> {
      endOfTest.await();
      return new Receiver.Reply(200, "");
    };
  }

  @Test
  void postsASignedFormThatValidatesAgainstAnIndependentComputation() throws Exception {
    String url = receiver.url("/assign?workflow=WW1&x=%20y");
    assertThat(outbox().assignment("WR1", url, null, PARAMS, KEY)).isTrue();

    Receiver.Request request = receiver.take();
    assertThat(request.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded; charset=UTF-8");
    assertThat(request.header("User-Agent")).startsWith("TaskRouter-Local/");
    assertThat(request.params()).containsExactlyElementsOf(PARAMS.entries());
    assertThat(request.header(WebhookSignature.HEADER)).isEqualTo(independentSignature(TOKEN, url, request.params()));
    assertThat(answers.take().answer()).isEqualTo(new DecideLater(null));
  }

  /** The scheme, computed here from scratch: URL, then name+value pairs sorted by name, then value. */
  private static String independentSignature(String token, String url, List<Map.Entry<String, String>> pairs)
      throws Exception {
    List<String> joined = new ArrayList<>();
    for (Map.Entry<String, String> p : pairs) {
      joined.add(p.getKey() + "\u0000" + p.getValue());
    }
    joined.sort(null);
    StringBuilder data = new StringBuilder(url);
    joined.forEach(j -> data.append(j.replace("\u0000", "")));
    Mac mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
    return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
  }

  static Stream<Arguments> answerKinds() {
    return Stream.of(
        Arguments.of(200, "{\"instruction\":\"accept\"}", new Instruction(Kind.ACCEPT, Map.of())),
        Arguments.of(
            200,
            "{\"instruction\":\"reject\",\"activity_sid\":\"WA123\"}",
            new Instruction(Kind.REJECT, Map.of("activity_sid", "WA123"))),
        Arguments.of(
            200,
            "{\"instruction\":\"dequeue\",\"from\":\"+15550100\",\"post_work_activity_sid\":\"WA9\"}",
            new Instruction(Kind.DEQUEUE, Map.of("from", "+15550100", "post_work_activity_sid", "WA9"))),
        Arguments.of(
            200,
            "{\"instruction\":\"redirect\",\"call_sid\":\"CA1\",\"url\":\"http://x/\",\"accept\":true}",
            new Instruction(Kind.REDIRECT, Map.of("call_sid", "CA1", "url", "http://x/", "accept", true))),
        Arguments.of(200, "", new DecideLater(null)),
        Arguments.of(204, "", new DecideLater(null)),
        Arguments.of(200, " {} ", new DecideLater(null)),
        Arguments.of(200, "{\"accepted\":true}", "warning 40005"),
        Arguments.of(200, "accept", "not a JSON object"),
        Arguments.of(200, "[\"accept\"]", "not a JSON object"),
        Arguments.of(200, "{\"instruction\":\"accept\"", "not a JSON object"),
        Arguments.of(200, "{\"instruction\":\"teleport\"}", "unknown instruction 'teleport'"),
        Arguments.of(200, "{\"instruction\":1}", "'instruction' is not a string"),
        Arguments.of(500, "{\"instruction\":\"accept\"}", "answered HTTP 500"),
        Arguments.of(302, "", "answered HTTP 302"));
  }

  /** {@code expected}: the answer, or a fragment of the warning (40005) or of the failure reason. */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("answerKinds")
  void parsesEachKindOfAnswer(int status, String body, Object expected) throws Exception {
    receiver.answer("/assign", status, body);
    outbox().assignment("WR1", receiver.url("/assign"), null, PARAMS, KEY);

    AssignmentAnswer answer = answers.take().answer();
    if (expected instanceof AssignmentAnswer) {
      assertThat(answer).isEqualTo(expected);
    } else if (expected.equals("warning 40005")) {
      assertThat(answer).isInstanceOfSatisfying(DecideLater.class, d -> assertThat(d.warning()).contains("40005"));
    } else {
      assertThat(answer).isInstanceOfSatisfying(Failed.class, f -> assertThat(f.reason()).contains((String) expected));
    }
  }

  @Test
  void aReceiverSilentPastTheTimeoutIsAFailure() throws Exception {
    receiver.on("/assign", silentUntilTheEnd());
    Outbox outbox = outbox(b -> b.assignmentTimeout(Duration.ofMillis(200)));
    outbox.assignment("WR1", receiver.url("/assign"), null, PARAMS, KEY);

    assertThat(answers.take().answer())
        .isInstanceOfSatisfying(Failed.class, f -> assertThat(f.reason()).contains("no answer within 200 ms"));
  }

  @Test
  void aFailureGoesToTheFallbackWhoseAnswerCounts() throws Exception {
    receiver.on("/assign", silentUntilTheEnd()).answer("/fallback", 200, "{\"instruction\":\"reject\",\"activity_sid\":\"WA7\"}");
    Outbox outbox = outbox(b -> b.assignmentTimeout(Duration.ofMillis(200)));
    String fallback = receiver.url("/fallback?from=primary");
    outbox.assignment("WR1", receiver.url("/assign"), fallback, PARAMS, KEY);

    Answers.Delivered delivered = answers.take();
    assertThat(delivered.correlationId()).isEqualTo("WR1");
    assertThat(delivered.answer()).isEqualTo(new Instruction(Kind.REJECT, Map.of("activity_sid", "WA7")));
    assertThat(((Instruction) delivered.answer()).activitySid()).contains("WA7");
    Receiver.Request primary = receiver.take();
    Receiver.Request second = receiver.take();
    assertThat(primary.path()).isEqualTo("/assign");
    assertThat(second.path()).isEqualTo("/fallback");
    assertThat(second.body()).isEqualTo(primary.body());
    assertThat(second.header(WebhookSignature.HEADER)).isEqualTo(independentSignature(TOKEN, fallback, second.params()));
  }

  @Test
  void whenTheFallbackFailsTooTheAnswerIsFailedWithBothReasons() throws Exception {
    receiver.answer("/assign", 503, "").answer("/fallback", 200, "not json");
    outbox().assignment("WR1", receiver.url("/assign"), receiver.url("/fallback"), PARAMS, KEY);

    assertThat(answers.take().answer())
        .isInstanceOfSatisfying(
            Failed.class,
            f -> assertThat(f.reason()).contains("callback: answered HTTP 503").contains("fallback: answer is not a JSON object"));
  }

  @Test
  void aDisallowedHostIsRefusedWithoutAnyConnectionAndLoggedWithoutTheToken() throws Exception {
    Outbox outbox = outbox(b -> b.allowedHosts(AllowedHosts.only(List.of("callbacks.example"))));
    outbox.assignment("WR1", receiver.url("/assign"), receiver.url("/fallback"), PARAMS, KEY);
    outbox.event("EV1", receiver.url("/events"), PARAMS, KEY);

    assertThat(outbox.awaitIdle(LIVENESS)).isTrue();
    assertThat(answers.all()).singleElement().satisfies(d -> assertThat(d.answer())
        .isInstanceOfSatisfying(Failed.class, f -> assertThat(f.reason())
            .contains("callback: refused (host is not in the allowed list)")
            .contains("fallback: refused")));
    assertThat(receiver.all()).isEmpty();
    assertThat(logs.messages())
        .anySatisfy(m -> assertThat(m).contains("host 127.0.0.1").contains("refused"))
        .allSatisfy(m -> assertThat(m).doesNotContain(TOKEN));
  }

  @Test
  void anUnusableUrlStillAnswersTheSinkOnce() throws Exception {
    Outbox outbox = outbox();
    outbox.assignment("WR-syntax", "http://[not a host/", null, PARAMS, KEY);
    outbox.assignment("WR-port", "http://127.0.0.1:99999/assign", null, PARAMS, KEY);

    assertThat(outbox.awaitIdle(LIVENESS)).isTrue();
    assertThat(answers.all()).extracting(Answers.Delivered::correlationId).containsExactlyInAnyOrder("WR-syntax", "WR-port");
    assertThat(answers.all()).allSatisfy(d -> assertThat(d.answer()).isInstanceOf(Failed.class));
  }

  @Test
  void aReceiverWaitingForAnEarlierAnswerDoesNotDeadlock() throws Exception {
    CountDownLatch firstAnswered = new CountDownLatch(1);
    AnswerSink sink =
        (id, answer) -> {
          answers.accept(id, answer);
          if (id.equals("WR-first")) {
            firstAnswered.countDown();
          }
        };
    // The second receiver answers only once the engine has the first answer, as a receiver that
    // calls the API back before answering does.
    receiver
        .on("/second", r -> {
          firstAnswered.await();
          return new Receiver.Reply(200, "{\"instruction\":\"accept\"}");
        })
        .answer("/first", 200, "{\"instruction\":\"accept\"}");
    Outbox outbox = Outbox.builder().threads(2).build(sink);
    closing.add(0, outbox);
    outbox.assignment("WR-second", receiver.url("/second"), null, PARAMS, KEY);
    outbox.assignment("WR-first", receiver.url("/first"), null, PARAMS, KEY);

    assertThat(outbox.awaitIdle(LIVENESS)).isTrue();
    assertThat(answers.all()).extracting(Answers.Delivered::correlationId).containsExactly("WR-first", "WR-second");
    assertThat(answers.all()).allSatisfy(d -> assertThat(d.thread()).startsWith("taskrouter-callback-"));
  }

  @Test
  void awaitIdleWaitsUntilTheSinkHasTheAnswer() throws Exception {
    CountDownLatch inSink = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Outbox outbox =
        Outbox.builder()
            .build(
                (id, answer) -> {
                  inSink.countDown();
                  try {
                    release.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  answers.accept(id, answer);
                });
    closing.add(0, outbox);
    outbox.assignment("WR1", receiver.url("/assign"), null, PARAMS, KEY);

    assertThat(inSink.await(LIVENESS.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertThat(outbox.awaitIdle(Duration.ofMillis(50))).as("idle while the sink is still busy").isFalse();
    release.countDown();
    assertThat(outbox.awaitIdle(LIVENESS)).isTrue();
    assertThat(answers.all()).extracting(Answers.Delivered::correlationId).containsExactly("WR1");
  }

  @Test
  void aSilentReceiverDoesNotHoldUpAnotherReceiver() throws Exception {
    receiver.on("/silent", silentUntilTheEnd());
    try (Receiver other = Receiver.start()) {
      other.answer("/assign", 200, "{\"instruction\":\"accept\"}");
      Outbox outbox = outbox(b -> b.assignmentTimeout(Duration.ofMinutes(5)));
      outbox.assignment("WR-silent", receiver.url("/silent"), null, PARAMS, KEY);
      receiver.take();
      outbox.assignment("WR-other", other.url("/assign"), null, PARAMS, KEY);

      assertThat(answers.take()).satisfies(d -> {
        assertThat(d.correlationId()).isEqualTo("WR-other");
        assertThat(d.answer()).isEqualTo(new Instruction(Kind.ACCEPT, Map.of()));
      });
      assertThat(answers.all()).extracting(Answers.Delivered::correlationId).containsExactly("WR-other");
    }
  }

  @Test
  void eventsArePostedSignedAndNeverAnswerTheSink() throws Exception {
    receiver.answer("/events", 204, "").answer("/failing", 500, "");
    Outbox outbox = outbox();
    String url = receiver.url("/events");
    FormParams event =
        FormParams.builder()
            .add(CallbackParameters.EVENT_TYPE, "task.created")
            .add(CallbackParameters.RESOURCE_SID, "WT1")
            .build();
    assertThat(outbox.event("EV1", url, event, KEY)).isTrue();
    outbox.event("EV2", receiver.url("/failing"), event, KEY);

    assertThat(outbox.awaitIdle(LIVENESS)).isTrue();
    Receiver.Request request = receiver.all().stream().filter(r -> r.path().equals("/events")).findFirst().orElseThrow();
    assertThat(request.params()).containsExactlyElementsOf(event.entries());
    assertThat(request.header(WebhookSignature.HEADER)).isEqualTo(independentSignature(TOKEN, url, request.params()));
    assertThat(answers.all()).isEmpty();
    assertThat(logs.messages()).anySatisfy(m -> assertThat(m).contains("EV2").contains("answered HTTP 500"));
  }

  @Test
  void aFullOutboxRefusesTheSubmission() throws Exception {
    receiver.on("/silent", silentUntilTheEnd());
    Outbox outbox = outbox(b -> b.threads(1).queueCapacity(1).assignmentTimeout(Duration.ofMinutes(5)));
    String url = receiver.url("/silent");

    assertThat(outbox.assignment("WR1", url, null, PARAMS, KEY)).as("runs").isTrue();
    assertThat(outbox.assignment("WR2", url, null, PARAMS, KEY)).as("waits").isTrue();
    assertThat(outbox.assignment("WR3", url, null, PARAMS, KEY)).as("refused").isFalse();
    assertThat(outbox.event("EV1", url, PARAMS, KEY)).as("refused").isFalse();
    assertThat(outbox.pending()).isEqualTo(2);
  }

  @Test
  void closeDropsWhatIsPendingAndRefusesWhatComesAfter() throws Exception {
    receiver.on("/silent", silentUntilTheEnd());
    Outbox outbox = outbox(b -> b.threads(1).assignmentTimeout(Duration.ofMinutes(5)));
    String url = receiver.url("/silent");
    outbox.assignment("WR1", url, null, PARAMS, KEY);
    outbox.assignment("WR2", url, null, PARAMS, KEY);
    receiver.take();

    outbox.close();
    assertThat(outbox.awaitIdle(LIVENESS)).isTrue();
    assertThat(outbox.assignment("WR3", url, null, PARAMS, KEY)).isFalse();
    assertThat(answers.all()).isEmpty();
    assertThat(logs.messages()).anySatisfy(m -> assertThat(m).contains("WR2 dropped"));
  }
}
