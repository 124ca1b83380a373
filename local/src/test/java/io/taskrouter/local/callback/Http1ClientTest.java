package io.taskrouter.local.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The callback client's framing and connection reuse, against a receiver that answers scripted bytes. */
class Http1ClientTest {
  private static final long LIVENESS_NANOS = 5_000_000_000L;
  private static final String HEAD = "POST /cb HTTP/1.1\r\nHost: 127.0.0.1\r\n";

  private ScriptedReceiver receiver;
  private Http1Client client;

  @BeforeEach
  void start() throws IOException {
    receiver = new ScriptedReceiver();
    client = new Http1Client();
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    receiver.close();
  }

  static Stream<Arguments> framings() {
    return Stream.of(
        Arguments.of("content length", "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello", 200, "hello", true),
        Arguments.of("chunked, with an extension and a trailer",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nhel\r\n2\r\nlo\r\n0\r\nT: 1\r\n\r\n",
            200, "hello", true),
        Arguments.of("interim 100 before the answer",
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok", 201, "ok", true),
        Arguments.of("no content", "HTTP/1.1 204 No Content\r\n\r\n", 204, "", true),
        Arguments.of("ends when the receiver closes", "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nhello", 200,
            "hello", false),
        Arguments.of("HTTP/1.0 without keep-alive", "HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok", 200, "ok",
            false));
  }

  /** {@code reusable}: whether the next POST goes over the same connection. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("framings")
  void readsTheAnswerAndReusesTheConnectionOnlyWhenItsFramingAllows(String name, String answer, int status,
      String body, boolean reusable) throws Exception {
    receiver.answers.add(answer);
    receiver.answers.add("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nnext");

    Http1Client.Answer first = post(64);
    Http1Client.Answer second = post(64);

    assertThat(first.status()).isEqualTo(status);
    assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo(body);
    assertThat(new String(second.body(), StandardCharsets.UTF_8)).isEqualTo("next");
    assertThat(receiver.requests).containsExactly("a=1", "a=1");
    assertThat(receiver.connections.get()).isEqualTo(reusable ? 1 : 2);
  }

  @Test
  void aConnectionTheReceiverClosedWhileIdleIsReplacedAndTheRequestSentOnce() throws Exception {
    receiver.closeAfterEachAnswer = true; // without saying so: the client keeps a dead connection
    receiver.answers.add("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    receiver.answers.add("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nnext");

    post(64);
    Http1Client.Answer second = post(64);

    assertThat(new String(second.body(), StandardCharsets.UTF_8)).isEqualTo("next");
    assertThat(receiver.requests).containsExactly("a=1", "a=1");
    assertThat(receiver.connections.get()).isEqualTo(2);
  }

  @Test
  void aBodyOverTheLimitIsRefused() {
    receiver.answers.add("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123456789");

    assertThatThrownBy(() -> post(9)).isInstanceOf(Http1Client.TooLarge.class).hasMessageContaining("9 bytes");
  }

  @Test
  void aNegativeLimitReadsAndDropsTheBody() throws Exception {
    receiver.answers.add("HTTP/1.1 500 Oops\r\nContent-Length: 10\r\n\r\n0123456789");

    Http1Client.Answer answer = post(-1);

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.body()).isEmpty();
  }

  @Test
  void aDeadlineAlreadyPassedIsATimeoutWithoutSending() {
    assertThatThrownBy(() -> client.post(endpoint(), HEAD, "a=1".getBytes(StandardCharsets.UTF_8),
        System.nanoTime() - 1, LIVENESS_NANOS, 64)).isInstanceOf(Http1Client.ConnectFailed.class)
        .hasCauseInstanceOf(java.net.SocketTimeoutException.class);
    assertThat(receiver.requests).isEmpty();
  }

  private Http1Client.Answer post(int maxBody) throws Exception {
    return client.post(endpoint(), HEAD, "a=1".getBytes(StandardCharsets.UTF_8), System.nanoTime() + LIVENESS_NANOS,
        LIVENESS_NANOS, maxBody);
  }

  private Http1Client.Endpoint endpoint() {
    return Http1Client.Endpoint.of(URI.create("http://127.0.0.1:" + receiver.server.getLocalPort() + "/cb"));
  }

  /** Reads each request (headers and Content-Length body) and writes the next scripted answer. */
  private static final class ScriptedReceiver implements AutoCloseable {
    final ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
    final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    final List<String> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
    final AtomicInteger connections = new AtomicInteger();
    volatile boolean closeAfterEachAnswer;
    private final Thread acceptor = new Thread(this::accept, "scripted-receiver");

    ScriptedReceiver() throws IOException {
      acceptor.setDaemon(true);
      acceptor.start();
    }

    private void accept() {
      while (!server.isClosed()) {
        try {
          Socket socket = server.accept();
          connections.incrementAndGet();
          Thread t = new Thread(() -> serve(socket));
          t.setDaemon(true);
          t.start();
        } catch (IOException e) {
          return;
        }
      }
    }

    private void serve(Socket socket) {
      try (socket; InputStream in = socket.getInputStream()) {
        while (true) {
          String head = head(in);
          if (head == null) {
            return;
          }
          int length = 0;
          for (String line : head.split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
              length = Integer.parseInt(line.substring(15).trim());
            }
          }
          requests.add(new String(in.readNBytes(length), StandardCharsets.UTF_8));
          String answer = answers.take();
          socket.getOutputStream().write(answer.getBytes(StandardCharsets.ISO_8859_1));
          socket.getOutputStream().flush();
          if (closeAfterEachAnswer || answer.contains("Connection: close") || answer.startsWith("HTTP/1.0")) {
            return;
          }
        }
      } catch (IOException | InterruptedException e) {
        // the client went away
      }
    }

    private static String head(InputStream in) throws IOException {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      int b;
      while ((b = in.read()) != -1) {
        head.write(b);
        String text = head.toString(StandardCharsets.ISO_8859_1);
        if (text.endsWith("\r\n\r\n")) {
          return text;
        }
      }
      return null;
    }

    @Override
    public void close() throws IOException {
      server.close();
    }
  }
}
