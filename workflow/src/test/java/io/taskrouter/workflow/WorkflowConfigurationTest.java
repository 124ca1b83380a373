package io.taskrouter.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskrouter.expression.ExpressionException;
import org.junit.jupiter.api.Test;

class WorkflowConfigurationTest {
  static final String GOLD = "WQ0123456789abcdef0123456789abcdef";
  static final String ANY = "WQabcdef01234567890123456789abcdef";

  private static WorkflowConfiguration everyKey() {
    return WorkflowConfiguration.builder()
        .filter(RoutingFilter.named("Gold Tickets")
            .matching("customer_value == 'Gold' AND type == 'ticket'")
            .routeTo(RoutingTarget.toQueue(GOLD).withPriority(2).withTimeout(30)
                .withExpression("task.language IN worker.languages")
                .withOrderBy("worker.level DESC, worker.tenure ASC")
                .withSkipIf("workers.available == 0"))
            .routeTo(RoutingTarget.inheritQueue().withKnownWorkerSid("task.agent_sid").withTimeout(60))
            .routeTo(RoutingTarget.toQueue(ANY).withKnownWorkerFriendlyName("task.agent_name")))
        .defaultQueue(ANY)
        .build();
  }

  @Test
  void writesExactlyTheJsonTheServiceExpects() {
    assertThat(everyKey().toJson()).isEqualTo("{\"task_routing\":{\"filters\":[{"
        + "\"filter_friendly_name\":\"Gold Tickets\","
        + "\"expression\":\"customer_value == 'Gold' AND type == 'ticket'\","
        + "\"targets\":["
        + "{\"queue\":\"" + GOLD + "\",\"priority\":2,\"timeout\":30,"
        + "\"expression\":\"task.language IN worker.languages\","
        + "\"order_by\":\"worker.level DESC, worker.tenure ASC\",\"skip_if\":\"workers.available == 0\"},"
        + "{\"timeout\":60,\"known_worker_sid\":\"task.agent_sid\"},"
        + "{\"queue\":\"" + ANY + "\",\"known_worker_friendly_name\":\"task.agent_name\"}]}],"
        + "\"default_filter\":{\"queue\":\"" + ANY + "\"}}}");
  }

  @Test
  void parsingWhatWasWrittenGivesTheSameConfiguration() {
    WorkflowConfiguration original = everyKey();

    WorkflowConfiguration parsed = WorkflowConfiguration.parse(original.toJson());

    assertThat(parsed).isEqualTo(original);
    assertThat(parsed.toJson()).isEqualTo(original.toJson());
  }

  @Test
  void readsTheSeedsLegacyKeysAndNumericStrings() {
    String seed = "{\"task_routing\":{\"filters\":[{\"friendly_name\":\"Gold Tickets\","
        + "\"expression\":\"customer_value == 'Gold' AND type == 'ticket'\","
        + "\"targets\":[{\"task_queue_sid\":\"" + GOLD + "\",\"priority\":\"2\"}]}],"
        + "\"default_filter\":{\"task_queue_sid\":\"" + ANY + "\"}}}";

    WorkflowConfiguration parsed = WorkflowConfiguration.parse(seed);

    RoutingFilter filter = parsed.filters().get(0);
    assertThat(filter.friendlyName()).isEqualTo("Gold Tickets");
    assertThat(filter.targets().get(0).queue()).isEqualTo(GOLD);
    assertThat(filter.targets().get(0).priority()).isEqualTo(2);
    assertThat(parsed.defaultFilter().queue()).isEqualTo(ANY);
    assertThat(parsed.toJson()).contains("\"filter_friendly_name\":\"Gold Tickets\"").contains("\"queue\":\"" + GOLD)
        .doesNotContain("task_queue_sid");
  }

  @Test
  void keysItDoesNotModelSurviveARoundTrip() {
    String json = "{\"task_routing\":{\"filters\":[{\"expression\":\"1==1\",\"future\":true,"
        + "\"targets\":[{\"queue\":\"" + GOLD + "\",\"new_knob\":{\"a\":1.5}}]}],\"routing_extra\":[1]},\"top\":\"x\"}";

    WorkflowConfiguration parsed = WorkflowConfiguration.parse(json);

    assertThat(parsed.filters().get(0).extra()).containsEntry("future", true);
    assertThat(parsed.filters().get(0).targets().get(0).extra()).containsKey("new_knob");
    assertThat(WorkflowConfiguration.parse(parsed.toJson())).isEqualTo(parsed);
    assertThat(parsed.toJson()).contains("\"top\":\"x\"").contains("\"routing_extra\":[1.0]");
  }

  @Test
  void invalidExpressionsAreRefusedWithTheirPosition() {
    assertThatThrownBy(() -> RoutingFilter.named("f").matching("customer-value == 'gold'"))
        .isInstanceOf(ExpressionException.class).hasMessageContaining("hyphen");
    ExpressionException error = (ExpressionException) org.assertj.core.api.Assertions.catchThrowable(
        () -> RoutingTarget.toQueue(GOLD).withExpression("requested_agent == agent_id"));
    assertThat(error.position()).isZero();
    assertThat(error.getMessage()).contains("task. or worker.");
    assertThatThrownBy(() -> RoutingTarget.toQueue(GOLD).withSkipIf("workers.available =="))
        .isInstanceOf(ExpressionException.class);
  }

  @Test
  void structuralRulesAreChecked() {
    assertThatThrownBy(() -> RoutingFilter.named("f").routeTo(RoutingTarget.inheritQueue()))
        .hasMessageContaining("must name a queue");
    assertThatThrownBy(() -> WorkflowConfiguration.builder().defaultFilter(RoutingTarget.toQueue(GOLD).withTimeout(5)))
        .hasMessageContaining("default_filter cannot have a timeout");
    assertThatThrownBy(() -> WorkflowConfiguration.builder().build()).hasMessageContaining("at least one filter");
    assertThatThrownBy(() -> WorkflowConfiguration.builder().filter(RoutingFilter.named("empty")))
        .hasMessageContaining("non-empty targets");
    assertThatThrownBy(() -> RoutingTarget.toQueue(GOLD).withOrderBy("level DESC"))
        .hasMessageStartingWith("order_by must be");
    assertThatThrownBy(() -> RoutingTarget.toQueue(GOLD).withTimeout(0)).hasMessage("timeout must be between 1 and 2147483647, got 0");
    assertThatThrownBy(() -> RoutingTarget.toQueue(GOLD).withExtra("priority", 5))
        .hasMessageStartingWith("priority has a method of its own");
    assertThatThrownBy(() -> RoutingFilter.named("f").withExtra("expression", "1==1"))
        .hasMessageStartingWith("expression has a method of its own");
    assertThatThrownBy(() -> RoutingTarget.toQueue(GOLD).withKnownWorkerSid("agent_sid"))
        .hasMessageStartingWith("known_worker_sid must name one task attribute");
  }
}
