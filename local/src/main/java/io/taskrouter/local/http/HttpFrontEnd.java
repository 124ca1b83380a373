package io.taskrouter.local.http;

import com.sun.net.httpserver.HttpServer;
import io.taskrouter.local.engine.Engine;
import io.taskrouter.local.render.Representations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The listening socket: the JDK's built-in HTTP server (no server library to ship or keep up to
 * date), with a small pool of daemon threads that parse and serialise while the engine thread does
 * the work.
 */
public final class HttpFrontEnd implements AutoCloseable {
  private static final int THREADS = 8;

  static {
    // The JDK server writes the response headers and body separately; with Nagle's algorithm on,
    // the body then waits for the client's delayed ACK: about 40 ms per request on a kept-alive
    // connection. The server reads this property once, when its first instance is created.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService pool;

  /**
   * Binds at once (so port 0 yields the real port) and starts serving. The renderer needs the base
   * URL, which depends on the bound port, hence the factory.
   */
  public HttpFrontEnd(InetSocketAddress address, Authenticator authenticator, RouteTable routes, Engine engine,
      Function<Integer, Representations> renderForPort, int maxBodyBytes) {
    try {
      server = HttpServer.create(address, 128);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + address, e);
    }
    AtomicInteger count = new AtomicInteger();
    pool = Executors.newFixedThreadPool(THREADS, runnable -> {
      Thread thread = new Thread(runnable, "taskrouter-local-http-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(pool);
    server.createContext("/", new RequestHandler(authenticator, routes, engine,
        renderForPort.apply(server.getAddress().getPort()), maxBodyBytes));
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
