package io.taskrouter.local.callback;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A callback receiver on 127.0.0.1 (free port): records every request and answers each path the
 * way the test programs it (by default 200 with an empty body). Each request has a thread of its
 * own, so a receiver that blocks holds up nothing else.
 */
final class Receiver implements AutoCloseable {
  static {
    // The JDK server writes headers and body separately; with Nagle's algorithm on, each answer then
    // waits for the client's delayed ACK (about 40 ms). It reads this property once, at first use.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  /** Generous bound for things that must happen, never a timing assertion. */
  static final long LIVENESS_SECONDS = 10;

  record Request(String path, Headers headers, String body) {
    List<Map.Entry<String, String>> params() {
      List<Map.Entry<String, String>> pairs = new ArrayList<>();
      if (body.isEmpty()) {
        return pairs;
      }
      for (String pair : body.split("&")) {
        int eq = pair.indexOf('=');
        pairs.add(new AbstractMap.SimpleImmutableEntry<>(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)));
      }
      return pairs;
    }

    String header(String name) {
      return headers.getFirst(name);
    }
  }

  record Reply(int status, String body) {}

  @FunctionalInterface
  interface Behaviour {
    Reply answer(Request request) throws InterruptedException;
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
  private final BlockingQueue<Request> received = new LinkedBlockingQueue<>();
  private final List<Request> all = new java.util.concurrent.CopyOnWriteArrayList<>();

  private Receiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  static Receiver start() throws IOException {
    return new Receiver();
  }

  String url(String pathAndQuery) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
  }

  Receiver on(String path, Behaviour behaviour) {
    behaviours.put(path, behaviour);
    return this;
  }

  Receiver answer(String path, int status, String body) {
    return on(path, r -> new Reply(status, body));
  }

  /** The next request received, waiting for it within the liveness bound. */
  Request take() throws InterruptedException {
    Request request = received.poll(LIVENESS_SECONDS, TimeUnit.SECONDS);
    assertThat(request).as("a request reached the receiver").isNotNull();
    return request;
  }

  /** Every request received so far. */
  List<Request> all() {
    return List.copyOf(all);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Request request = new Request(exchange.getRequestURI().getPath(), exchange.getRequestHeaders(), body);
      all.add(request);
      received.add(request);
      Behaviour behaviour = behaviours.getOrDefault(request.path(), r -> new Reply(200, ""));
      Reply reply;
      try {
        reply = behaviour.answer(request);
      } catch (InterruptedException e) {
        return;
      }
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    threads.shutdownNow();
    server.stop(0);
  }
}
