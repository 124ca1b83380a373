package io.taskrouter.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way a configuration can be wrong, checked once here for the SDK and the server alike: the
 * error names the JSON path and, for an expression, the position of the problem inside it.
 */
class InvalidConfigurationTest {
  private static final String Q = "WQ0123456789abcdef0123456789abcdef";

  /** A configuration with one filter of the given targets, behind a valid first filter. */
  private static String secondFilter(String expression, String targets) {
    return "{\"task_routing\":{\"filters\":[{\"expression\":\"1==1\",\"targets\":[{\"queue\":\"" + Q + "\"}]},"
        + "{\"expression\":" + expression + ",\"targets\":[" + targets + "]}]}}";
  }

  private static String target(String keys) {
    return secondFilter("\"1==1\"", "{\"queue\":\"" + Q + "\"" + keys + "}");
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        // what is wrong, configuration, path, position in the expression (-1: not an expression), message part
        Arguments.of("not JSON", "{\"task_routing\":", "$", -1, "not valid JSON"),
        Arguments.of("JSON that is not an object", "[1]", "$", -1, "must be an object"),
        Arguments.of("trailing text", "{\"task_routing\":{\"default_filter\":{\"queue\":\"" + Q + "\"}}} x", "$", -1,
            "not valid JSON"),
        Arguments.of("no task_routing", "{\"filters\":[]}", "$.task_routing", -1, "must be an object, but it is missing"),
        Arguments.of("task_routing not an object", "{\"task_routing\":[]}", "$.task_routing", -1, "must be an object"),
        Arguments.of("routes nothing", "{\"task_routing\":{}}", "$.task_routing", -1, "at least one filter"),
        Arguments.of("filters not an array", "{\"task_routing\":{\"filters\":{}}}", "$.task_routing.filters", -1,
            "must be an array"),
        Arguments.of("filter not an object", "{\"task_routing\":{\"filters\":[1]}}", "$.task_routing.filters[0]", -1,
            "must be an object"),
        Arguments.of("filter without expression", "{\"task_routing\":{\"filters\":[{\"targets\":[{\"queue\":\"" + Q
            + "\"}]}]}}", "$.task_routing.filters[0].expression", -1, "needs an expression"),
        Arguments.of("filter expression that does not parse", secondFilter("\"type == \"", "{\"queue\":\"" + Q + "\"}"),
            "$.task_routing.filters[1].expression", 8, "invalid expression at position 8"),
        Arguments.of("filter expression with a hyphen", secondFilter("\"customer-value == 1\"", "{\"queue\":\"" + Q
            + "\"}"), "$.task_routing.filters[1].expression", 8, "hyphen"),
        Arguments.of("filter expression not a string", secondFilter("5", "{\"queue\":\"" + Q + "\"}"),
            "$.task_routing.filters[1].expression", -1, "must be a string"),
        Arguments.of("no targets", secondFilter("\"1==1\"", "").replace(",\"targets\":[]", ""),
            "$.task_routing.filters[1].targets", -1, "non-empty targets"),
        Arguments.of("empty targets", secondFilter("\"1==1\"", ""), "$.task_routing.filters[1].targets", -1,
            "non-empty targets"),
        Arguments.of("first target without queue", secondFilter("\"1==1\"", "{\"priority\":1}"),
            "$.task_routing.filters[1].targets[0].queue", -1, "must name a queue"),
        Arguments.of("queue not a queue SID", secondFilter("\"1==1\"", "{\"queue\":\"WT0123456789abcdef0123456789abcdef\"}"),
            "$.task_routing.filters[1].targets[0].queue", -1, "must be a WQ SID"),
        Arguments.of("legacy task_queue_sid not a SID", secondFilter("\"1==1\"", "{\"task_queue_sid\":\"nope\"}"),
            "$.task_routing.filters[1].targets[0].task_queue_sid", -1, "must be a WQ SID"),
        Arguments.of("target expression without prefix", target(",\"expression\":\"task.a == 1 AND agent_id == 2\""),
            "$.task_routing.filters[1].targets[0].expression", 16, "task. or worker."),
        Arguments.of("skip_if over a task attribute", target(",\"skip_if\":\"workers.available == 0 OR task.x == 1\""),
            "$.task_routing.filters[1].targets[0].skip_if", 26, "skip_if"),
        Arguments.of("skip_if that does not parse", target(",\"skip_if\":\"workers.available ==\""),
            "$.task_routing.filters[1].targets[0].skip_if", 20, "invalid expression at position 20"),
        Arguments.of("order_by not worker attributes", target(",\"order_by\":\"level DESC\""),
            "$.task_routing.filters[1].targets[0].order_by", -1, "worker.<attribute> ASC|DESC"),
        Arguments.of("order_by without direction", target(",\"order_by\":\"worker.level\""),
            "$.task_routing.filters[1].targets[0].order_by", -1, "worker.<attribute> ASC|DESC"),
        Arguments.of("known_worker_sid not a task attribute", target(",\"known_worker_sid\":\"agent_sid\""),
            "$.task_routing.filters[1].targets[0].known_worker_sid", -1, "must name one task attribute"),
        Arguments.of("known_worker_friendly_name not a string", target(",\"known_worker_friendly_name\":3"),
            "$.task_routing.filters[1].targets[0].known_worker_friendly_name", -1, "must be a string"),
        Arguments.of("both known workers", target(",\"known_worker_sid\":\"task.a\",\"known_worker_friendly_name\":\"task.b\""),
            "$.task_routing.filters[1].targets[0]", -1, "not both"),
        Arguments.of("negative priority", target(",\"priority\":-1"),
            "$.task_routing.filters[1].targets[0].priority", -1, "between 0 and 2147483647"),
        Arguments.of("priority past the largest", target(",\"priority\":2147483648"),
            "$.task_routing.filters[1].targets[0].priority", -1, "between 0 and 2147483647"),
        Arguments.of("priority not a number", target(",\"priority\":\"high\""),
            "$.task_routing.filters[1].targets[0].priority", -1, "must be a whole number"),
        Arguments.of("fractional timeout", target(",\"timeout\":1.5"),
            "$.task_routing.filters[1].targets[0].timeout", -1, "must be a whole number"),
        Arguments.of("zero timeout", target(",\"timeout\":\"0\""),
            "$.task_routing.filters[1].targets[0].timeout", -1, "between 1 and"),
        Arguments.of("default_filter without queue", "{\"task_routing\":{\"default_filter\":{}}}",
            "$.task_routing.default_filter", -1, "must name a queue"),
        Arguments.of("default_filter with a timeout", "{\"task_routing\":{\"default_filter\":{\"queue\":\"" + Q
            + "\",\"timeout\":5}}}", "$.task_routing.default_filter", -1, "cannot have a timeout"),
        Arguments.of("default_filter expression", "{\"task_routing\":{\"default_filter\":{\"queue\":\"" + Q
            + "\",\"expression\":\"worker.a ==\"}}}", "$.task_routing.default_filter.expression", 11,
            "invalid expression"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void isRefusedNamingThePathAndPosition(String what, String json, String path, int position, String problem) {
    WorkflowConfigurationException error = catchThrowableOfType(WorkflowConfigurationException.class,
        () -> WorkflowConfiguration.parse(json));

    assertThat(error).as(what).isNotNull();
    assertThat(error.path()).isEqualTo(path);
    assertThat(error.position()).isEqualTo(position);
    assertThat(error).hasMessageStartingWith(path).hasMessageContaining(problem);
  }
}
