package io.taskrouter.local.sdk;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * An OkHttp interceptor on the SDK's client that records every exchange the SDK has with the server:
 * the spec operation it is an instance of (by method and path template), the URL and the status.
 * Thread-safe: concurrent and asynchronous calls record too.
 */
final class OperationRecorder implements Interceptor {
  /** The operationId recorded for a request that matches no operation of the spec. */
  static final String UNMAPPED = "<not in the spec>";

  /** One request the SDK sent and the status it got. */
  record Exchange(String operationId, String method, String url, int status) {
    boolean successful() {
      return status >= 200 && status < 300;
    }
  }

  private final SpecOperations spec;
  private final ConcurrentLinkedQueue<Exchange> exchanges = new ConcurrentLinkedQueue<>();

  OperationRecorder(SpecOperations spec) {
    this.spec = spec;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    String operationId = spec.operationOf(request.method(), request.url().encodedPath())
        .map(SpecOperations.Operation::operationId)
        .orElse(UNMAPPED);
    exchanges.add(new Exchange(operationId, request.method(), request.url().toString(), response.code()));
    return response;
  }

  List<Exchange> exchanges() {
    return List.copyOf(exchanges);
  }

  /** The exchanges of one operation, in the order they were sent. */
  List<Exchange> of(String operationId) {
    return exchanges.stream().filter(e -> e.operationId().equals(operationId)).collect(Collectors.toList());
  }

  /** The operations the SDK called, whatever the answer. */
  Set<String> exercised() {
    return exchanges.stream().map(Exchange::operationId).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The operations that answered at least once with a 2xx. */
  Set<String> succeeded() {
    return exchanges.stream().filter(Exchange::successful).map(Exchange::operationId)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  void clear() {
    exchanges.clear();
  }
}
