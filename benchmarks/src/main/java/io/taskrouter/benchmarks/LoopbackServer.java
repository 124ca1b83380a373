package io.taskrouter.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

/**
 * A minimal HTTP/1.1 server on 127.0.0.1 answering pre-rendered bytes, so that it costs every
 * client the same and as little as possible: fetch a task, create a task, list 1,000 tasks over 20
 * pages, list 100,000 tasks over 100 pages. Keep-alive, one thread per connection.
 */
final class LoopbackServer implements AutoCloseable {
  private final ServerSocket socket;
  private final byte[] fetch;
  private final byte[] create;
  private final byte[][] listPages;
  private final byte[] bigItems;
  private final byte[][] bigMetas;
  private volatile boolean open = true;

  LoopbackServer() throws IOException {
    socket = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
    String origin = origin();
    fetch = answer(200, Fixtures.task(Fixtures.WORKSPACE, 1));
    create = answer(201, Fixtures.task(Fixtures.WORKSPACE, 2));
    int pages = Fixtures.LIST_TOTAL / Fixtures.LIST_PAGE;
    listPages = new byte[pages][];
    for (int page = 0; page < pages; page++) {
      listPages[page] = answer(200, "{\"tasks\":[" + Fixtures.items(Fixtures.WORKSPACE, page * Fixtures.LIST_PAGE,
          Fixtures.LIST_PAGE) + "]," + Fixtures.meta(origin, Fixtures.WORKSPACE, page, pages, Fixtures.LIST_PAGE) + "}");
    }
    int bigPages = Fixtures.BIG_TOTAL / Fixtures.BIG_PAGE;
    bigItems = ("{\"tasks\":[" + Fixtures.items(Fixtures.BIG_WORKSPACE, 0, Fixtures.BIG_PAGE) + "],")
        .getBytes(StandardCharsets.UTF_8);
    bigMetas = new byte[bigPages][];
    for (int page = 0; page < bigPages; page++) {
      bigMetas[page] = (Fixtures.meta(origin, Fixtures.BIG_WORKSPACE, page, bigPages, Fixtures.BIG_PAGE) + "}")
          .getBytes(StandardCharsets.UTF_8);
    }
    Thread acceptor = new Thread(this::accept, "loopback-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String origin() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  int port() {
    return socket.getLocalPort();
  }

  private static byte[] answer(int status, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    byte[] head = (head(status, body.length)).getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  private static String head(int status, long length) {
    return "HTTP/1.1 " + status + (status == 201 ? " Created" : " OK") + "\r\nContent-Type: application/json; charset=utf-8"
        + "\r\nContent-Length: " + length + "\r\nETag: \"1\"\r\n\r\n";
  }

  private void accept() {
    while (open) {
      try {
        Socket connection = socket.accept();
        connection.setTcpNoDelay(true);
        Thread thread = new Thread(() -> serve(connection), "loopback-conn");
        thread.setDaemon(true);
        thread.start();
      } catch (IOException e) {
        if (!open) {
          return;
        }
      }
    }
  }

  private void serve(Socket connection) {
    try (Socket s = connection; InputStream in = new BufferedInputStream(s.getInputStream(), 16384);
        OutputStream out = s.getOutputStream()) {
      StringBuilder line = new StringBuilder();
      while (true) {
        String requestLine = readLine(in, line);
        if (requestLine == null) {
          return;
        }
        long length = 0;
        for (String header = readLine(in, line); header != null && !header.isEmpty(); header = readLine(in, line)) {
          if (header.regionMatches(true, 0, "content-length:", 0, 15)) {
            length = Long.parseLong(header.substring(15).trim());
          }
        }
        for (long skipped = 0; skipped < length; skipped++) {
          if (in.read() < 0) {
            return;
          }
        }
        respond(requestLine, out);
        out.flush();
      }
    } catch (SocketException closed) {
      // The client went away.
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void respond(String requestLine, OutputStream out) throws IOException {
    String[] parts = requestLine.split(" ");
    String method = parts[0];
    String target = parts[1];
    int query = target.indexOf('?');
    String path = query < 0 ? target : target.substring(0, query);
    int page = pageOf(query < 0 ? "" : target.substring(query + 1));
    if ("POST".equals(method) && path.endsWith("/Tasks")) {
      out.write(create);
    } else if (path.endsWith("/Tasks") && path.contains(Fixtures.BIG_WORKSPACE)) {
      byte[] meta = bigMetas[page];
      out.write(head(200, bigItems.length + meta.length).getBytes(StandardCharsets.US_ASCII));
      out.write(bigItems);
      out.write(meta);
    } else if (path.endsWith("/Tasks")) {
      out.write(listPages[page]);
    } else if (path.contains("/Tasks/")) {
      out.write(fetch);
    } else {
      out.write(("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    }
  }

  private static int pageOf(String query) {
    for (String pair : query.split("&")) {
      if (pair.startsWith("PageToken=PT")) {
        return Integer.parseInt(pair.substring(12));
      }
    }
    return 0;
  }

  private static String readLine(InputStream in, StringBuilder line) throws IOException {
    line.setLength(0);
    for (int c = in.read(); ; c = in.read()) {
      if (c < 0) {
        return line.length() == 0 ? null : line.toString();
      }
      if (c == '\n') {
        int end = line.length();
        return line.substring(0, end > 0 && line.charAt(end - 1) == '\r' ? end - 1 : end);
      }
      line.append((char) c);
    }
  }

  @Override
  public void close() throws IOException {
    open = false;
    socket.close();
  }
}
