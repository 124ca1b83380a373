package io.taskrouter.expression;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationContextTest {

  /** Monday 2024-01-01 07:30 at UTC+2, i.e. 05:30 UTC. */
  private static final ZonedDateTime MONDAY_MORNING =
      ZonedDateTime.of(2024, 1, 1, 7, 30, 0, 0, ZoneOffset.ofHours(2));

  @Test
  void bindsTaskAndWorkerRoots() {
    EvaluationContext context =
        EvaluationContext.builder()
            .task(Map.of("requested_agent", "WK1", "preferred_agents", List.of("a", "b")))
            .worker(SampleData.worker())
            .build();

    assertThat(target("task.requested_agent==worker.agent_id", context)).isTrue();
    assertThat(target("worker.skills HAS 'support' AND task.missing == null", context)).isTrue();
    assertThat(target("worker.name IN task.preferred_agents", context)).isFalse();
    assertThat(target("'a' IN task.preferred_agents", context)).isTrue();
  }

  @Test
  void workerBuiltInsWinOverAttributesOfTheSameName() {
    Map<String, Object> attributes = new HashMap<>(SampleData.worker());
    attributes.put("sid", "from-attributes");
    attributes.put("channel", Map.of("sms", Map.of("assigned_tasks", 7)));
    EvaluationContext context =
        EvaluationContext.builder()
            .worker(attributes)
            .workerSid("WK1")
            .workerFriendlyName("Jamie")
            .workerActivity("WA1", "Idle")
            .workerChannel("voice", 1, 0, 100)
            .workerChannel("chat", 3, 1, 33)
            .build();

    assertThat(target("worker.sid == 'WK1' AND worker.friendly_name == 'Jamie'", context)).isTrue();
    assertThat(target("worker.activity_sid == 'WA1' AND worker.activity_name == 'Idle'", context))
        .isTrue();
    assertThat(target("worker.channel.voice.assigned_tasks == 0", context)).isTrue();
    assertThat(target("worker.channel.voice.configured_capacity == 1", context)).isTrue();
    assertThat(target("worker.channel.chat.available_capacity_percentage >= 33", context))
        .isTrue();
    assertThat(target("worker.channel.chat.available_capacity_percentage > 33", context))
        .isFalse();
    assertThat(target("worker.channel.sms.assigned_tasks == 7", context)).isTrue();
    assertThat(target("worker.skills HAS 'sales'", context)).isTrue();
    assertThat(attributes.get("sid")).isEqualTo("from-attributes");
  }

  @Test
  void timeVariablesAreInUtc() {
    EvaluationContext context = EvaluationContext.builder().time(MONDAY_MORNING).build();

    assertThat(target("taskrouter.currentTime == 530", context)).isTrue();
    assertThat(target("taskrouter.currentTime > 0800", context)).isFalse();
    assertThat(target("taskrouter.currentHour == 5 AND taskrouter.currentMin == 30", context))
        .isTrue();
    assertThat(target("taskrouter.dayOfWeek == 'Mon'", context)).isTrue();
  }

  @Test
  void timeVariablesComeFromTheClock() {
    Clock clock = Clock.fixed(Instant.parse("2024-01-07T23:59:00Z"), ZoneId.of("Asia/Tokyo"));
    EvaluationContext context = EvaluationContext.builder().clock(clock).build();

    assertThat(target("taskrouter.currentTime == 2359", context)).isTrue();
    assertThat(target("taskrouter.dayOfWeek == 'Sun'", context)).isTrue();
  }

  @Test
  void withoutATimeTaskrouterKeysAreOrdinaryAttributes() {
    EvaluationContext context =
        EvaluationContext.builder()
            .attributes(Map.of("taskrouter", Map.of("currentTime", 1200)))
            .build();

    assertThat(target("taskrouter.currentTime == 1200", context)).isTrue();
    assertThat(target("taskrouter.currentTime > 0", EvaluationContext.builder().build()))
        .isFalse();
  }

  @Test
  void filterExpressionsSeeAttributesAndTime() {
    EvaluationContext context =
        EvaluationContext.builder()
            .attributes(Map.of("type", "support"))
            .time(MONDAY_MORNING)
            .build();

    assertThat(
            Expression.parse(
                    "type == 'support' AND taskrouter.dayOfWeek NOT IN ['Sat', 'Sun']",
                    ExpressionContext.TASK)
                .evaluate(context))
        .isTrue();
  }

  @Test
  void skipIfCountersAreAnOrdinaryRoot() {
    String activity = "WA0123456789abcdef0123456789abcdef";
    EvaluationContext context =
        EvaluationContext.builder()
            .bind("workers", Map.of("available", 0, "unavailable", 4, activity, 1))
            .build();

    assertThat(
            Expression.parse(
                    "workers.available == 0 AND workers." + activity + " < 2",
                    ExpressionContext.SKIP_IF)
                .evaluate(context))
        .isTrue();
    assertThat(Expression.parse("workers.unavailable < 4").evaluate(context)).isFalse();
  }

  @Test
  void builtContextsIgnoreLaterBuilderChanges() {
    EvaluationContextBuilder builder = EvaluationContext.builder().workerSid("WK1");
    EvaluationContext first = builder.build();
    builder.workerSid("WK2").task(Map.of("a", 1));

    assertThat(target("worker.sid == 'WK1' AND task.a == null", first)).isTrue();
    assertThat(target("worker.sid == 'WK2' AND task.a == 1", builder.build())).isTrue();
  }

  private static boolean target(String text, EvaluationContext context) {
    return Expression.parse(text).evaluate(context);
  }
}
