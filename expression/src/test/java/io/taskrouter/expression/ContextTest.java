package io.taskrouter.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContextTest {

  private static final String ACTIVITY = "WA0123456789abcdef0123456789ABCDEF";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "task.requested_agent==worker.agent_id",
        "worker.id IN task.preferred_agents",
        "worker.sid == 'WK1' AND worker.friendly_name == 'Jamie'",
        "worker.activity_sid != null OR worker.activity_name IN ['Idle']",
        "worker.channel.voice.assigned_tasks == 0",
        "worker.channel.chat.available_capacity_percentage >= 50",
        "worker.channel.chat.configured_capacity > 1",
        "task.a.b[0] == 1 AND taskrouter.currentTime > 0800",
        "taskrouter.dayOfWeek IN ['Sat', 'Sun'] OR taskrouter.currentHour < 9",
        "taskrouter.currentMin == 0",
        "1==1"
      })
  void targetAcceptsPrefixedKeysAndTimeVariables(String text) {
    assertThatCode(() -> Expression.parse(text, ExpressionContext.TARGET))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "requested_agent == agent_id | 0 | requested_agent",
        "task.requested_agent == agent_id | 24 | agent_id",
        "task == 1 | 0 | task",
        "worker[0] == 1 | 0 | worker[0]",
        "Task.x == 1 | 0 | Task.x",
        "tasks.x == 1 | 0 | tasks.x"
      })
  void targetRefusesKeysWithoutPrefix(String text, int position, String key) {
    ExpressionException error = contextError(text, ExpressionContext.TARGET);

    assertThat(error.position()).isEqualTo(position);
    assertThat(error.found()).isEqualTo("'" + key + "'");
    assertThat(error.expected()).isEqualTo("a key starting with task. or worker.");
    assertThat(error.getMessage())
        .startsWith(
            "Invalid expression at position " + position
                + ": keys in a target expression must start with task. or worker., but found "
                + "'" + key + "'");
  }

  @Test
  void timeVariablesMustBeKnown() {
    ExpressionException target =
        contextError("task.a == 1 OR taskrouter.currentDay == 1", ExpressionContext.TARGET);
    ExpressionException task =
        contextError("taskrouter.currentTime.x == 1", ExpressionContext.TASK);

    assertThat(target.position()).isEqualTo(15);
    assertThat(target.problem()).startsWith("the only taskrouter keys are");
    assertThat(task.position()).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "workers.available == 0",
        "workers.unavailable > 2 AND workers.available < 1",
        "workers." + ACTIVITY + " < 2 OR workers.available == 0",
        "1==1"
      })
  void skipIfAcceptsQueueCounters(String text) {
    assertThatCode(() -> Expression.parse(text, ExpressionContext.SKIP_IF))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "workers.WAxx < 2 | 0",
        "workers.available == 0 OR workers.busy == 1 | 26",
        "available == 0 | 0",
        "workers.available.x == 0 | 0",
        "task.workers.available == 0 | 0",
        "workers.WA0123456789abcdef0123456789abcde == 1 | 0",
        "workers.WA0123456789abcdef0123456789abcdeg == 1 | 0"
      })
  void skipIfRefusesOtherKeys(String text, int position) {
    ExpressionException error = contextError(text, ExpressionContext.SKIP_IF);

    assertThat(error.position()).isEqualTo(position);
    assertThat(error.problem())
        .startsWith(
            "keys in a skip_if expression must be workers.available, workers.unavailable or"
                + " workers.WA");
  }

  @Test
  void workerKeysAreUnprefixedAttributesWithoutTimeVariables() {
    assertThatCode(
            () ->
                Expression.parse(
                    "skills HAS 'x' AND task.a == 1 AND taskrouter.custom == 1",
                    ExpressionContext.WORKER))
        .doesNotThrowAnyException();

    ExpressionException error =
        contextError("level > 1 AND taskrouter.currentTime > 0800", ExpressionContext.WORKER);

    assertThat(error.position()).isEqualTo(14);
    assertThat(error.problem())
        .isEqualTo(
            "time variables such as taskrouter.currentTime are only available in workflow filter"
                + " and target expressions, but found 'taskrouter.currentTime'");
  }

  @Test
  void taskKeysAreUnprefixedAttributesAndTimeVariables() {
    assertThatCode(
            () ->
                Expression.parse(
                    "type == 'ticket' AND taskrouter.dayOfWeek == 'Mon'", ExpressionContext.TASK))
        .doesNotThrowAnyException();
  }

  @Test
  void plainParseChecksNoKeys() {
    assertThatCode(() -> Expression.parse("anything.goes == taskrouter.x"))
        .doesNotThrowAnyException();
  }

  @Test
  void validateReturnsTheSameExpression() {
    Expression expression = Expression.parse("task.a == worker.b");

    assertThat(expression.validate(ExpressionContext.TARGET)).isSameAs(expression);
    assertThat(ExpressionContext.TARGET.allows(keyOf("task.a == 1"))).isTrue();
    assertThat(ExpressionContext.TARGET.allows(keyOf("a == 1"))).isFalse();
    assertThat(ExpressionContext.WORKER.allows(keyOf("a == 1"))).isTrue();
  }

  @Test
  void syntaxErrorsComeBeforeContextErrors() {
    ExpressionException error = contextError("agent_id ==", ExpressionContext.TARGET);

    assertThat(error.problem()).isEqualTo("expected a value after '==' but found end of input");
  }

  private static KeyPath keyOf(String text) {
    return ((KeyOperand) ((ComparisonNode) Expression.parse(text).root()).left()).path();
  }

  private static ExpressionException contextError(String text, ExpressionContext context) {
    ExpressionException error =
        catchThrowableOfType(ExpressionException.class, () -> Expression.parse(text, context));
    assertThat(error).as("error for %s in %s", text, context).isNotNull();
    return error;
  }
}
