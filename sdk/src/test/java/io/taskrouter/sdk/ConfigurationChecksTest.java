package io.taskrouter.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.taskrouter.expression.ExpressionException;
import io.taskrouter.workflow.RoutingFilter;
import io.taskrouter.workflow.RoutingTarget;
import io.taskrouter.workflow.WorkflowConfiguration;
import io.taskrouter.workflow.WorkflowConfigurationException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A workflow configuration is checked by the shared model before anything is sent, whatever form
 * it takes: text, a Map, or the typed builder. (The rules themselves are tested once, in
 * {@code taskrouter-workflow}.)
 */
class ConfigurationChecksTest extends MockApi {
  /** The same mistake in each form: a target expression whose second key lacks its prefix (position 16). */
  private static final String BAD_TARGET = "task.a == 1 AND agent_id == 2";

  private static Map<String, Object> asMap() {
    return Map.of("task_routing", Map.of("filters", List.of(Map.of("expression", "1==1",
        "targets", List.of(Map.of("queue", WQ, "expression", BAD_TARGET))))));
  }

  private static String asText() {
    return "{\"task_routing\":{\"filters\":[{\"expression\":\"1==1\",\"targets\":[{\"queue\":\"" + WQ
        + "\",\"expression\":\"" + BAD_TARGET + "\"}]}]}}";
  }

  static Stream<Arguments> forms() {
    return Stream.<Arguments>of(
        Arguments.of("text on create", (Sends) c -> c.workspace(WS).workflows()
            .create(p -> p.friendlyName("F").configuration(asText()))),
        Arguments.of("a Map on create", (Sends) c -> c.workspace(WS).workflows()
            .create(p -> p.friendlyName("F").configuration(asMap()))),
        Arguments.of("text on update", (Sends) c -> c.workspace(WS).workflows()
            .update(WW, p -> p.configuration(asText()))),
        Arguments.of("the typed builder", (Sends) c -> c.workspace(WS).workflows()
            .create(p -> p.friendlyName("F").configuration(WorkflowConfiguration.builder()
                .filter(RoutingFilter.named("f").routeTo(RoutingTarget.toQueue(WQ).withExpression(BAD_TARGET)))
                .build()))));
  }

  /** One way of sending a configuration. */
  interface Sends {
    void send(TaskRouter client);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void isRefusedBeforeSendingWithThePathAndPosition(String form, Sends sends) {
    IllegalArgumentException error = catchThrowableOfType(IllegalArgumentException.class, () -> sends.send(client));

    assertThat(error).isNotNull();
    if (error instanceof ExpressionException typed) {
      // The typed builder refuses at the step itself, where there is no JSON path yet.
      assertThat(typed.position()).isEqualTo(16);
    } else {
      assertThat(error).hasMessageStartingWith("Configuration is not a valid workflow configuration: "
          + "$.task_routing.filters[0].targets[0].expression: invalid expression at position 16");
      assertThat(((WorkflowConfigurationException) error.getCause()).position()).isEqualTo(16);
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
