package io.taskrouter.sdk.internal;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One line per HTTP exchange, for the caller's logger: method, URL, status and time. Headers and
 * bodies are never logged, so neither credentials nor attributes reach a log.
 */
public final class RequestLogger implements Interceptor {
  private final Consumer<String> sink;

  /** @param sink where each line goes (a logger's info method, System.out::println...) */
  public RequestLogger(Consumer<String> sink) {
    this.sink = sink;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    long start = System.nanoTime();
    String line = request.method() + " " + request.url().newBuilder().username("").password("").build();
    try {
      Response response = chain.proceed(request);
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      sink.accept(line + " -> " + response.code() + " (" + millis + " ms)");
      return response;
    } catch (IOException e) {
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      sink.accept(line + " -> failed: " + e.getClass().getSimpleName() + " (" + millis + " ms)");
      throw e;
    }
  }
}
