package io.taskrouter.local.http;

import io.taskrouter.local.engine.Engine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.function.IntFunction;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The listening socket: Jetty's core server (no servlets). Its parser enforces the header limits
 * and answers protocol errors (through {@link JsonErrorHandler}); its selector only gives a thread
 * to a connection whose request headers are complete, so clients sending slowly hold no thread
 * until then and are cut off after the idle timeout.
 */
public final class HttpFrontEnd implements AutoCloseable {
  /**
   * Threads are made on demand; a request whose body arrives slowly holds one until the idle
   * timeout, so the ceiling is far above what a test suite keeps busy.
   */
  private static final int MAX_THREADS = 200;

  private final Server server;
  private final ServerConnector connector;

  /**
   * Binds at once (so port 0 yields the real port) and starts serving. The dispatcher needs the
   * base URL, which depends on the bound port, hence the factory.
   */
  public HttpFrontEnd(InetSocketAddress address, Authenticator authenticator, Engine engine,
      IntFunction<String> baseUrlForPort, Limits limits) {
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 4);
    threads.setName("taskrouter-local-http");
    threads.setDaemon(true);
    server = new Server(threads);
    HttpConfiguration config = new HttpConfiguration();
    config.setRequestHeaderSize(limits.maxHeaderBytes());
    config.setSendServerVersion(false);
    config.setSendXPoweredBy(false);
    // Method names case-sensitive, one Content-Length, never both it and Transfer-Encoding.
    config.setHttpCompliance(HttpCompliance.RFC9110);
    // Ambiguous paths (encoded '/', '..' segments) are refused by Jetty; badly encoded ones are let
    // through to RequestHandler, which refuses them with a message that says what is wrong.
    config.setUriCompliance(UriCompliance.DEFAULT.with("taskrouter-strict-in-handler",
        UriCompliance.Violation.BAD_PERCENT_ENCODING, UriCompliance.Violation.BAD_UTF8_ENCODING,
        UriCompliance.Violation.TRUNCATED_UTF8_ENCODING, UriCompliance.Violation.ILLEGAL_PATH_CHARACTERS));
    connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(config));
    connector.setHost(address.getHostString());
    connector.setPort(address.getPort());
    connector.setIdleTimeout(limits.idleTimeout().toMillis());
    connector.setAcceptQueueSize(128);
    server.addConnector(connector);
    server.setErrorHandler(new JsonErrorHandler(limits.maxHeaderBytes()));
    try {
      connector.open();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + address.getHostString() + ":" + address.getPort(), e);
    }
    Dispatcher dispatcher = new Dispatcher(engine, baseUrlForPort.apply(connector.getLocalPort()));
    server.setHandler(new RequestHandler(authenticator, dispatcher, limits.maxBodyBytes()));
    try {
      server.start();
    } catch (Exception e) {
      close();
      throw new IllegalStateException("cannot start the HTTP server on " + address, e);
    }
  }

  public int port() {
    return connector.getLocalPort();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop the HTTP server", e);
    }
  }
}
