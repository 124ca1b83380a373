package io.taskrouter.local.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.wire.generated.OperationHandlers;
import io.taskrouter.local.wire.generated.Routes;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code OperationHandlers} has one method per operation of the spec, so handlers implementing it
 * cannot miss one; {@code Routes.dispatch} calls the operation's method with its decoded request.
 */
class OperationHandlersTest {

  static List<Spec.Op> operations() {
    return Spec.operations();
  }

  @Test
  void theInterfaceHasExactlyOneMethodPerOperationOfTheSpec() {
    Set<String> expected = Spec.operations().stream().map(op -> Spec.lowerCamel(op.id()))
        .collect(Collectors.toCollection(TreeSet::new));
    Method[] methods = OperationHandlers.class.getDeclaredMethods();

    assertThat(expected).hasSize(Spec.operations().size());
    Set<String> names = Arrays.stream(methods).map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    assertThat(names).hasSameSizeAs(methods).isEqualTo(expected);
    for (Method method : methods) {
      assertThat(method.getReturnType()).isEqualTo(WireResponse.class);
      assertThat(method.getParameterTypes()).hasSize(2);
      assertThat(method.getParameterTypes()[0].isRecord()).as(method.getName()).isTrue();
      assertThat(method.getParameterTypes()[0].getSimpleName()).isEqualTo(
          Character.toUpperCase(method.getName().charAt(0)) + method.getName().substring(1) + "Request");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void dispatchCallsTheOperationsMethodWithItsDecodedRequestAndTheContext(Spec.Op op) {
    List<Object[]> calls = new ArrayList<>();
    WireResponse answer = WireResponse.noContent();
    @SuppressWarnings("unchecked")
    OperationHandlers<String> handlers = (OperationHandlers<String>) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {OperationHandlers.class}, (proxy, method, args) -> {
          calls.add(new Object[] {method.getName(), args[0], args[1]});
          return answer;
        });
    WireRequest request = RequestDecodingTest.request(op, RequestDecodingTest.validValues(op), Map.of());

    WireResponse response = Routes.dispatch(RequestDecodingTest.route(op), request, handlers, "the context");

    assertThat(response).isSameAs(answer);
    assertThat(calls).hasSize(1);
    assertThat(calls.get(0)[0]).isEqualTo(Spec.lowerCamel(op.id()));
    assertThat(calls.get(0)[1]).isEqualTo(Routes.decode(RequestDecodingTest.route(op), request));
    assertThat(calls.get(0)[2]).isEqualTo("the context");
  }
}
