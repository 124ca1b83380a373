package io.taskrouter.expression;

import static io.taskrouter.expression.SampleData.eval;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EvaluateTest {

  static Stream<Arguments> expressions() {
    return Stream.of(
        // documented examples
        Arguments.of("(skills HAS 'support') AND (languages HAS \"english\")", true),
        Arguments.of("language IN [\"en\",\"es\"]", true),
        Arguments.of("skill_rating >= 5.1", true),
        Arguments.of("1==1", true),
        Arguments.of("1==0", false),
        Arguments.of("\"apple\" != \"orange\"", true),
        Arguments.of("skills CONTAINS 'support'", false), // array on a scalar operator
        // equality and numbers across Java types
        Arguments.of("level == 3", true),
        Arguments.of("level = 3.0", true),
        Arguments.of("level != 3", false),
        Arguments.of("level != 4", true),
        Arguments.of("big > 9999999999", true),
        Arguments.of("price == 9.99", true),
        Arguments.of("price < 10", true),
        Arguments.of("skill_rating > 5.49 AND skill_rating < 5.51", true),
        Arguments.of("skill_rating <= 5.5 AND skill_rating >= 5.5", true),
        Arguments.of("level >= 4", false),
        Arguments.of("level <= 2", false),
        Arguments.of("level > -1", true),
        Arguments.of("ratings HAS 2.5 AND ratings HAS 3 AND ratings HAS 1.0", true),
        // strings: case-sensitive, lexicographic order
        Arguments.of("name == 'Jamie'", true),
        Arguments.of("name == 'jamie'", false),
        Arguments.of("name > 'Ja' AND name < 'Jb'", true),
        Arguments.of("name CONTAINS 'ami'", true),
        Arguments.of("name CONTAINS 'AMI'", false),
        Arguments.of("name NOT CONTAINS 'xyz'", true),
        Arguments.of("name NOT CONTAINS 'ami'", false),
        // booleans
        Arguments.of("vip == true", true),
        Arguments.of("vip != false", true),
        Arguments.of("vip > false", false),
        // arrays
        Arguments.of("skills HAS 'sales'", true),
        Arguments.of("skills >- 'billing'", false),
        Arguments.of("skills NOT HAS 'billing'", true),
        Arguments.of("skills NOT HAS 'sales'", false),
        Arguments.of("'sales' IN skills", true),
        Arguments.of("language <- ['fr', 'en']", true),
        Arguments.of("language NOT IN ['fr', 'de']", true),
        Arguments.of("language NOT IN ['fr', 'en']", false),
        Arguments.of("language IN []", false),
        Arguments.of("language NOT IN []", true),
        Arguments.of("level IN [1, 2, 3]", true),
        Arguments.of("level IN ['3']", false),
        Arguments.of("mixed HAS null AND mixed HAS true AND mixed HAS 1", true),
        // type rule: array operator on scalars, scalar operator on arrays, mixed types
        Arguments.of("name HAS 'J'", false),
        Arguments.of("name NOT HAS 'J'", false),
        Arguments.of("name IN 'Jamie'", false),
        Arguments.of("name NOT IN 'Jamie'", false),
        Arguments.of("skills IN ['support', 'sales']", false),
        Arguments.of("skills == ['support', 'sales']", false),
        Arguments.of("skills != ['support']", false),
        Arguments.of("skills > 1", false),
        Arguments.of("skills HAS ['support']", false),
        Arguments.of("level == '3'", false),
        Arguments.of("level != '3'", false),
        Arguments.of("name > 1", false),
        Arguments.of("vip == 'true'", false),
        Arguments.of("level CONTAINS 3", false),
        Arguments.of("address == 'Paris'", false),
        // paths
        Arguments.of("address.city == 'Paris'", true),
        Arguments.of("address.zips[2] == '75003'", true),
        Arguments.of("address.zips[3] == null", true),
        Arguments.of("orders[1].items[0] == 'a'", true),
        Arguments.of("orders[1].items HAS 'c'", true),
        Arguments.of("orders[0].id == 1", true),
        Arguments.of("orders.id == 1", false),
        Arguments.of("address[0] == null", true),
        Arguments.of("name.first == null", true),
        // missing keys and null
        Arguments.of("missing == null", true),
        Arguments.of("nothing == null", true),
        Arguments.of("missing != null", false),
        Arguments.of("name != null", true),
        Arguments.of("skills != null", true),
        Arguments.of("skills == null", false),
        Arguments.of("null == null", true),
        Arguments.of("missing == 'x'", false),
        Arguments.of("missing != 'x'", true),
        Arguments.of("missing > 1", false),
        Arguments.of("missing < 1", false),
        Arguments.of("missing HAS 'x'", false),
        Arguments.of("missing NOT HAS 'x'", false),
        Arguments.of("missing IN ['x']", false),
        Arguments.of("missing NOT IN ['x']", true),
        Arguments.of("name IN missing", false),
        Arguments.of("name NOT IN missing", false),
        Arguments.of("missing CONTAINS 'x'", false),
        // logic
        Arguments.of("level == 3 AND name == 'x'", false),
        Arguments.of("level == 3 OR name == 'x'", true),
        Arguments.of("level == 1 OR level == 3 AND name == 'x'", false),
        Arguments.of("(level == 1 OR level == 3) AND name == 'Jamie'", true),
        Arguments.of("level == 3 OR level == 1 AND name == 'x'", true),
        Arguments.of("NOT level == 3", false),
        Arguments.of("NOT (level == 1 OR name == 'x')", true),
        Arguments.of("not not vip == true", true));
  }

  @ParameterizedTest
  @MethodSource("expressions")
  void evaluatesAgainstWorkerAttributes(String expression, boolean expected) {
    assertThat(eval(expression, SampleData.worker())).isEqualTo(expected);
  }

  @Test
  void comparesNumbersAcrossJavaTypes() {
    Map<String, Object> data = new HashMap<>();
    data.put("i", 7);
    data.put("l", 7L);
    data.put("d", 7.0d);
    data.put("f", 7.0f);
    data.put("s", (short) 7);
    data.put("bi", BigInteger.valueOf(7));
    data.put("bd", new BigDecimal("7.000"));
    List<String> keys = new ArrayList<>(data.keySet());
    for (String left : keys) {
      for (String right : keys) {
        assertThat(eval(left + " == " + right, data)).as(left + " == " + right).isTrue();
        assertThat(eval(left + " >= " + right + " AND " + left + " <= " + right, data)).isTrue();
      }
    }
  }

  @Test
  void notANumberAndUnknownTypesCompareFalse() {
    Map<String, Object> data = new HashMap<>();
    data.put("nan", Double.NaN);
    data.put("inf", Double.POSITIVE_INFINITY);
    data.put("date", new Date(0));
    data.put("char", 'x');

    assertThat(eval("nan == nan", data)).isFalse();
    assertThat(eval("nan != 1", data)).isFalse();
    assertThat(eval("inf > 1", data)).isFalse();
    assertThat(eval("date == date", data)).isFalse();
    assertThat(eval("char == 'x'", data)).isFalse();
    assertThat(eval("date != null", data)).isTrue();
  }

  @Test
  void unusualMapsAndListsDoNotThrow() {
    Map<String, Object> data = new HashMap<>();
    data.put("ints", new TreeMap<Integer, Object>(Map.of(1, "x")));
    data.put("list", List.of("a"));

    assertThat(eval("ints.a == null", data)).isTrue();
    assertThat(eval("list[5] == null AND list.a == null", data)).isTrue();
    assertThat(Expression.parse("a == 1").evaluate(key -> null)).isFalse();
  }

  @Test
  void shortCircuitsAndOr() {
    List<String> resolved = new ArrayList<>();
    EvaluationContext recording =
        key -> {
          resolved.add(key.toString());
          return 1;
        };

    assertThat(Expression.parse("a == 2 AND b == 1").evaluate(recording)).isFalse();
    assertThat(Expression.parse("c == 1 OR d == 1").evaluate(recording)).isTrue();
    assertThat(resolved).containsExactly("a", "c");
  }
}
