package io.taskrouter.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.TaskRouterLocal;
import io.taskrouter.local.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clients that start a request and stop sending hold nobody up, and are cut off after the idle
 * timeout. The bounds are liveness bounds (the socket read timeout of {@link RawHttp}), not
 * timings.
 */
class SlowClientsTest {
  private static final String GET = "GET /v1/Workspaces HTTP/1.1\r\nHost: x\r\n"
      + "Authorization: Basic QUMwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA6dG9rZW4=\r\nConnection: close\r\n\r\n";
  private static final String HALF_HEADERS = "POST /v1/Workspaces HTTP/1.1\r\nHost: x\r\nAuthori";
  private static final String HALF_BODY = "POST /v1/Workspaces HTTP/1.1\r\nHost: x\r\n"
      + "Authorization: Basic QUMwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA6dG9rZW4=\r\n"
      + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nFriendlyName=";

  @Test
  void sixteenStalledRequestsDoNotDelayAnother() throws IOException {
    try (TaskRouterLocal server = TaskRouterLocal.builder().start()) {
      List<Socket> stalled = new ArrayList<>();
      try {
        for (int i = 0; i < 16; i++) {
          Socket socket = RawHttp.connect(server.port());
          socket.getOutputStream().write((i % 2 == 0 ? HALF_HEADERS : HALF_BODY).getBytes(StandardCharsets.US_ASCII));
          socket.getOutputStream().flush();
          stalled.add(socket);
        }
        RawHttp.Response answered = RawHttp.exchange(server.port(), GET);
        assertThat(answered.status()).isEqualTo(200);
        assertThat(Json.parseObject(answered.body())).containsKey("workspaces");
      } finally {
        for (Socket socket : stalled) {
          socket.close();
        }
      }
    }
  }

  @Test
  void aStalledRequestIsCutOffAfterTheIdleTimeout() throws IOException {
    try (TaskRouterLocal server = TaskRouterLocal.builder().idleTimeout(Duration.ofMillis(300)).start()) {
      try (Socket headers = RawHttp.connect(server.port()); Socket body = RawHttp.connect(server.port())) {
        headers.getOutputStream().write(HALF_HEADERS.getBytes(StandardCharsets.US_ASCII));
        body.getOutputStream().write(HALF_BODY.getBytes(StandardCharsets.US_ASCII));
        assertThat(closedWithin(headers)).as("stalled in the headers: closed").isTrue();
        // Stalled in the body: the handler already runs, so the client hears why.
        RawHttp.Response timedOut = RawHttp.read(body.getInputStream());
        assertThat(timedOut.status()).isEqualTo(408);
        assertThat(((Number) Json.parseObject(timedOut.body()).get("status")).intValue()).isEqualTo(408);
      }
    }
  }

  /** Whether the server closes the connection (any answer, then end of stream) before the read timeout. */
  private static boolean closedWithin(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    try {
      while (in.read() >= 0) {
        // an answer (408) may come first; wait for the end of the stream
      }
      return true;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException reset) {
      return true;
    }
  }
}
