package io.taskrouter.local.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.wire.generated.Routes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated route table covers exactly the spec's operations; the matcher finds each one. */
class RoutesTest {
  private static final RouteMatcher MATCHER = new RouteMatcher(Routes.ALL);

  static List<Spec.Op> operations() {
    return Spec.operations();
  }

  @Test
  void theRouteTableHoldsExactlyTheSpecsOperations() {
    Set<String> spec = Spec.operations().stream().map(op -> op.method() + " " + op.path() + " " + op.id())
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> routes = Routes.ALL.stream().map(r -> r.method() + " " + r.pathTemplate() + " " + r.operationId())
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(routes).hasSameSizeAs(Routes.ALL).isEqualTo(spec);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void eachRouteDeclaresTheSpecsBodyAndPathParameters(Spec.Op op) {
    Route route = RequestDecodingTest.route(op);

    assertThat(route.body().name()).isEqualTo(op.body());
    assertThat(route.pathParams()).containsExactlyElementsOf(op.params().stream()
        .filter(p -> p.in() == ParamSpec.In.PATH).map(Spec.Param::name).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void aConcretePathFindsItsOperationWithDecodedParameters(Spec.Op op) {
    Map<String, String> expected = new LinkedHashMap<>();
    String path = op.path();
    for (Spec.Param p : op.params()) {
      if (p.in() == ParamSpec.In.PATH) {
        // A value the path must carry percent-encoded when it has no pattern (a channel's unique name).
        String value = p.value().getPattern() != null ? Samples.valid(p) : "chat room/1+2";
        expected.put(p.name(), value);
        path = path.replace("{" + p.name() + "}", value.replace("%", "%25").replace(" ", "%20").replace("/", "%2F"));
      }
    }

    RouteMatcher.Match match = MATCHER.match(op.method(), path);
    assertThat(match.route()).isNotNull();
    assertThat(match.route().operationId()).isEqualTo(op.id());
    assertThat(match.pathParams()).isEqualTo(expected);
    assertThat(MATCHER.match(op.method(), path + "/").route()).isEqualTo(match.route());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void aKnownPathWithAnotherMethodTellsTheMethodsItAllows(Spec.Op op) {
    Set<String> allowed = Spec.operations().stream().filter(o -> o.path().equals(op.path())).map(Spec.Op::method)
        .collect(Collectors.toSet());
    String path = op.path().replaceAll("\\{[^}]+}", "X");

    RouteMatcher.Match match = MATCHER.match("PATCH", path);
    assertThat(match.found()).isFalse();
    assertThat(match.pathKnown()).isTrue();
    // A templated path may also match a concrete sibling ({Sid} = "Statistics"); the concrete wins.
    assertThat(match.allowedMethods()).isEqualTo(allowed);
  }

  @Test
  void unknownPathsMatchNothing() {
    for (String path : List.of("/", "/v1", "/v1/Workspaces/WS1/Nope", "/v2/Workspaces", "v1/Workspaces",
        "/v1/Workspaces/%zz/Tasks", "/v1/Workspaces//Tasks")) {
      RouteMatcher.Match match = MATCHER.match("GET", path);
      assertThat(match.pathKnown()).as(path).isFalse();
      assertThat(match.allowedMethods()).as(path).isEmpty();
    }
  }

  @Test
  void aConcretePathWinsOverATemplatedOne() {
    String ws = "WS" + Samples.HEX;
    assertThat(MATCHER.match("GET", "/v1/Workspaces/" + ws + "/TaskQueues/Statistics").route().operationId())
        .isEqualTo("ListTaskQueuesStatistics");
    assertThat(MATCHER.match("GET", "/v1/Workspaces/" + ws + "/TaskQueues/WQ" + Samples.HEX).route().operationId())
        .isEqualTo("FetchTaskQueue");
  }
}
