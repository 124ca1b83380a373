package io.taskrouter.local.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskrouter.local.api.ApiException;
import io.taskrouter.local.json.Json;
import io.taskrouter.local.wire.generated.Routes;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated request decoders against the spec, operation by operation: valid values of every
 * parameter (derived from its schema) decode to their Java types; a value breaking any one
 * constraint, a missing required parameter, a parameter sent in the wrong place or twice is a 400
 * naming it.
 */
class RequestDecodingTest {

  static List<Spec.Op> operations() {
    return Spec.operations();
  }

  static Route route(Spec.Op op) {
    return Routes.ALL.stream().filter(r -> r.operationId().equals(op.id())).findFirst()
        .orElseThrow(() -> new AssertionError("no route for " + op.id()));
  }

  /** A request carrying {@code values} where the spec puts each parameter. */
  static WireRequest request(Spec.Op op, Map<Spec.Param, List<String>> values, Map<String, Object> jsonOverrides) {
    Map<String, String> path = new LinkedHashMap<>();
    Map<String, List<String>> query = new LinkedHashMap<>();
    Map<String, List<String>> form = new LinkedHashMap<>();
    Map<String, List<String>> headers = new LinkedHashMap<>();
    Map<String, Object> json = new LinkedHashMap<>();
    values.forEach((param, list) -> {
      switch (param.in()) {
        case PATH -> path.put(param.name(), list.get(0));
        case QUERY -> query.put(param.name(), param.isJoined() ? List.of(String.join(",", list)) : list);
        case FORM -> form.put(param.name(), list);
        case HEADER -> headers.put(param.name(), list);
        case JSON -> json.put(param.name(), param.isArray()
            ? list.stream().map(v -> Samples.json(param, v)).toList() : Samples.json(param, list.get(0)));
      }
    });
    json.putAll(jsonOverrides);
    return op.body().equals("JSON") ? WireRequest.json(path, query, headers, Json.write(json))
        : WireRequest.of(path, query, form, headers);
  }

  static Map<Spec.Param, List<String>> validValues(Spec.Op op) {
    Map<Spec.Param, List<String>> values = new LinkedHashMap<>();
    op.params().forEach(p -> values.put(p, Samples.validValues(p)));
    return values;
  }

  static Record decode(Spec.Op op, WireRequest request) {
    return Routes.decode(route(op), request);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void validValuesOfEveryParameterDecodeToTheirTypes(Spec.Op op) throws Exception {
    Map<Spec.Param, List<String>> values = validValues(op);
    Record decoded = decode(op, request(op, values, Map.of()));

    RecordComponent[] components = decoded.getClass().getRecordComponents();
    List<ParamSpec> specs = paramSpecs(decoded);
    assertThat(specs).extracting(ParamSpec::name).containsExactlyElementsOf(op.params().stream().map(Spec.Param::name).toList());
    assertThat(specs).extracting(ParamSpec::in).containsExactlyElementsOf(op.params().stream().map(Spec.Param::in).toList());
    assertThat(components).hasSameSizeAs(op.params());
    for (int i = 0; i < components.length; i++) {
      Spec.Param param = op.params().get(i);
      Object actual = components[i].getAccessor().invoke(decoded);
      Object expected = param.isArray() ? values.get(param).stream().map(v -> Samples.typed(param, v)).toList()
          : Samples.typed(param, values.get(param).get(0));
      assertThat(actual instanceof Optional<?> o ? o.orElse(null) : actual).as(param.name()).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void optionalParametersMayBeLeftOut(Spec.Op op) throws Exception {
    Map<Spec.Param, List<String>> values = validValues(op);
    values.keySet().removeIf(p -> !p.required());
    Record decoded = decode(op, request(op, values, Map.of()));

    RecordComponent[] components = decoded.getClass().getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      Spec.Param param = op.params().get(i);
      if (!param.required() && param.value().getDefault() == null) {
        Object actual = components[i].getAccessor().invoke(decoded);
        assertThat(actual).as(param.name()).isIn(Optional.empty(), List.of());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void aValueBreakingAnyConstraintIsRefusedNamingTheParameter(Spec.Op op) {
    List<String> problems = new ArrayList<>();
    for (Spec.Param param : op.params()) {
      for (Samples.Bad bad : Samples.invalid(param)) {
        Map<Spec.Param, List<String>> values = validValues(op);
        Map<String, Object> json = new LinkedHashMap<>();
        String raw = String.valueOf(bad.value());
        List<String> sent = param.isArray() ? List.of(Samples.valid(param), raw) : List.of(raw);
        values.put(param, sent);
        if (param.in() == ParamSpec.In.JSON) {
          json.put(param.name(), param.isArray() ? List.of(Samples.valid(param), raw) : raw);
        }
        String label = param.isArray() ? param.name() + "[1]" : param.name();
        refused(problems, op, request(op, values, json), param.name() + " with " + bad.breaks(), label);
      }
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void listsOutsideTheirSizeBoundsAreRefused(Spec.Op op) {
    List<String> problems = new ArrayList<>();
    for (Spec.Param param : op.params()) {
      if (!param.isArray()) {
        continue;
      }
      List<Integer> sizes = new ArrayList<>();
      if (param.schema().getMinItems() != null && param.schema().getMinItems() > 0) {
        sizes.add(param.schema().getMinItems() - 1);
      }
      if (param.schema().getMaxItems() != null) {
        sizes.add(param.schema().getMaxItems() + 1);
      }
      for (int size : sizes) {
        Map<Spec.Param, List<String>> values = validValues(op);
        values.put(param, Collections.nCopies(size, Samples.valid(param)));
        refused(problems, op, request(op, values, Map.of()), param.name() + " with " + size + " items", param.name());
      }
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void aMissingRequiredParameterIsRefused(Spec.Op op) {
    List<String> problems = new ArrayList<>();
    for (Spec.Param param : op.params()) {
      if (param.required()) {
        Map<Spec.Param, List<String>> values = validValues(op);
        values.remove(param);
        refused(problems, op, request(op, values, Map.of()), param.name() + " missing", param.name(), "required");
      }
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void aParameterSentInTheWrongPlaceOrTwiceIsRefused(Spec.Op op) {
    List<String> problems = new ArrayList<>();
    for (Spec.Param param : op.params()) {
      if (param.in() != ParamSpec.In.QUERY && param.in() != ParamSpec.In.FORM) {
        continue;
      }
      Map<Spec.Param, List<String>> values = validValues(op);
      List<String> value = values.remove(param);
      WireRequest base = request(op, values, Map.of());
      Map<String, List<String>> moved = new LinkedHashMap<>(param.in() == ParamSpec.In.FORM ? base.query() : base.form());
      moved.put(param.name(), value);
      WireRequest misplaced = param.in() == ParamSpec.In.FORM
          ? WireRequest.of(base.pathParams(), moved, base.form(), headers(base, op))
          : WireRequest.of(base.pathParams(), base.query(), moved, headers(base, op));
      refused(problems, op, misplaced, param.name() + " misplaced", param.name(), "must be sent in");

      if (!param.isArray()) {
        values.put(param, List.of(Samples.valid(param), Samples.valid(param)));
        refused(problems, op, request(op, values, Map.of()), param.name() + " twice", param.name(), "one value");
      } else if (param.isJoined()) {
        Map<String, List<String>> twice = new LinkedHashMap<>(base.query());
        twice.put(param.name(), List.of(Samples.valid(param), Samples.valid(param)));
        refused(problems, op, WireRequest.of(base.pathParams(), twice, base.form(), headers(base, op)),
            param.name() + " twice", param.name(), "one value");
      }
    }
    assertThat(problems).isEmpty();
  }

  private static Map<String, List<String>> headers(WireRequest request, Spec.Op op) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    op.params().stream().filter(p -> p.in() == ParamSpec.In.HEADER)
        .forEach(p -> headers.put(p.name(), request.header(p.name())));
    return headers;
  }

  /** Records a problem unless decoding is refused with a 400 whose message holds every one of {@code words}. */
  private static void refused(List<String> problems, Spec.Op op, WireRequest request, String description,
      String... words) {
    try {
      Record decoded = decode(op, request);
      problems.add(op.id() + ": " + description + " was accepted: " + decoded);
    } catch (ApiException e) {
      if (e.status() != 400 || e.code() != ApiException.INVALID_PARAMETER
          || !java.util.Arrays.stream(words).allMatch(e.getMessage()::contains)) {
        problems.add(op.id() + ": " + description + " refused with " + e.status() + "/" + e.code() + " '"
            + e.getMessage() + "', expected 400/20001 naming " + String.join(", ", words));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<ParamSpec> paramSpecs(Record decoded) throws ReflectiveOperationException {
    return (List<ParamSpec>) decoded.getClass().getField("PARAMS").get(null);
  }

  static List<Spec.Op> jsonOperations() {
    return Spec.operations().stream().filter(op -> op.body().equals("JSON")).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonOperations")
  void aJsonBodyThatIsNotAnObjectIsRefused(Spec.Op op) {
    Map<String, String> path = new LinkedHashMap<>();
    op.params().stream().filter(p -> p.in() == ParamSpec.In.PATH).forEach(p -> path.put(p.name(), Samples.valid(p)));
    for (String body : List.of("", "[]", "{\"queueSids\":", "42")) {
      assertThatThrownBy(() -> decode(op, WireRequest.json(path, Map.of(), Map.of(), body)))
          .isInstanceOf(ApiException.class).hasMessageContaining("JSON object");
    }
  }
}
