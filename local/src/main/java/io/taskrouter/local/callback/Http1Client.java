package io.taskrouter.local.callback;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.jspecify.annotations.Nullable;

/**
 * A blocking HTTP/1.1 client for one job: a small POST and its answer, on the calling thread, within
 * one deadline that covers connecting, the request, the headers and the body (every read waits at
 * most what is left of it). Connections are kept alive and reused per host; nothing is retried but
 * a request on a reused connection that the receiver had closed meanwhile (no byte of an answer
 * came back), on a fresh connection. Redirects are answers like any other.
 *
 * <p>Why not a general client: a delivery thread per callback already exists, so an exchange that
 * blocks on it costs no hand-off between threads, where the JDK's HttpClient (asynchronous under
 * its blocking API) took several per callback; {@code HttpURLConnection} has no total deadline and
 * re-sends a POST by a JVM-wide default. {@link #close} aborts the exchanges in progress.
 */
final class Http1Client implements AutoCloseable {
  /** Idle connections kept at most (over all hosts), and for how long. */
  private static final int MAX_IDLE = 32;
  private static final long IDLE_NANOS = 30_000_000_000L;
  /** A status or header line longer than this, or more header lines, is not an answer. */
  private static final int MAX_HEAD_BYTES = 64 * 1024;
  private static final int MAX_HEADER_LINES = 256;

  private final ArrayDeque<Connection> idle = new ArrayDeque<>();
  private final Set<Connection> active = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /** A status and, when asked for, the body (else it was read and dropped). */
  record Answer(int status, byte[] body) {}

  /** Connecting did not succeed within the time given (the cause tells refusal from time). */
  static final class ConnectFailed extends IOException {
    private static final long serialVersionUID = 1L;

    ConnectFailed(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  /** The answer's body was longer than the limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(int limit) {
      super("answer larger than " + limit + " bytes");
    }
  }

  /** Where a connection goes: a host, a port and whether TLS. */
  record Endpoint(boolean tls, String host, int port) {
    /** @throws IllegalArgumentException when the URI names no http(s) host this client can reach */
    static Endpoint of(URI uri) {
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new IllegalArgumentException("scheme");
      }
      String host = uri.getHost();
      if (host == null || host.isEmpty()) {
        throw new IllegalArgumentException("host");
      }
      if (host.startsWith("[") && host.endsWith("]")) {
        host = host.substring(1, host.length() - 1);
      }
      boolean tls = scheme.equals("https");
      int port = uri.getPort() == -1 ? (tls ? 443 : 80) : uri.getPort();
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("port");
      }
      return new Endpoint(tls, host, port);
    }
  }

  /**
   * POSTs {@code head} (the request line and headers, CRLF-terminated, without Content-Length) and
   * {@code body}; reads the answer, keeping up to {@code maxBody} bytes of its body (a negative
   * limit: read and drop it).
   *
   * @throws SocketTimeoutException when the deadline ({@link System#nanoTime}) passed first
   * @throws ConnectFailed when no connection could be made
   * @throws InterruptedException when the client was closed meanwhile
   */
  Answer post(Endpoint endpoint, String head, byte[] body, long deadline, long connectNanos, int maxBody)
      throws IOException, InterruptedException {
    byte[] request = request(head, body);
    Connection reused = takeIdle(endpoint);
    if (reused != null) {
      try {
        return exchange(reused, request, deadline, maxBody);
      } catch (Stale stale) {
        // The receiver closed it while it was idle: the request never reached anyone.
      }
    }
    Connection fresh = connect(endpoint, Math.min(deadline, System.nanoTime() + connectNanos));
    try {
      return exchange(fresh, request, deadline, maxBody);
    } catch (Stale stale) {
      throw (IOException) stale.getCause();
    }
  }

  @Override
  public void close() {
    closed = true;
    synchronized (idle) {
      idle.forEach(Connection::close);
      idle.clear();
    }
    active.forEach(Connection::close);
  }

  private static byte[] request(String head, byte[] body) {
    byte[] headBytes = (head + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] request = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, request, 0, headBytes.length);
    System.arraycopy(body, 0, request, headBytes.length, body.length);
    return request;
  }

  private Answer exchange(Connection connection, byte[] request, long deadline, int maxBody)
      throws IOException, InterruptedException {
    active.add(connection);
    boolean keep = false;
    try {
      if (closed) {
        throw new InterruptedException("closed");
      }
      try {
        connection.out.write(request);
        connection.out.flush();
      } catch (IOException e) {
        throw connection.reused ? new Stale(e) : e;
      }
      Reader in = new Reader(connection, deadline);
      Head head = in.head();
      byte[] answer = in.body(head, maxBody);
      keep = head.keepAlive && in.framed;
      return new Answer(head.status, answer);
    } catch (IOException e) {
      if (closed) {
        InterruptedException interrupted = new InterruptedException("closed");
        interrupted.initCause(e);
        throw interrupted;
      }
      throw e;
    } finally {
      active.remove(connection);
      if (keep && !closed) {
        release(connection);
      } else {
        connection.close();
      }
    }
  }

  private Connection connect(Endpoint endpoint, long deadline) throws IOException {
    Socket socket = endpoint.tls() ? SSLSocketFactory.getDefault().createSocket() : new Socket();
    try {
      socket.setTcpNoDelay(true);
      try {
        socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), millisLeft(deadline));
      } catch (IOException e) {
        throw new ConnectFailed(e);
      }
      if (socket instanceof SSLSocket tls) {
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!endpoint.host().contains(":") && !endpoint.host().matches("[0-9.]+")) {
          // An unconnected socket was made, so the name to present (SNI) is given here.
          try {
            parameters.setServerNames(List.of(new SNIHostName(endpoint.host())));
          } catch (IllegalArgumentException notAnSniName) {
            // a name SNI cannot carry (e.g. with '_'): the handshake goes without it
          }
        }
        tls.setSSLParameters(parameters);
        socket.setSoTimeout(millisLeft(deadline));
        tls.startHandshake();
      }
      return new Connection(endpoint, socket);
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }

  private @Nullable Connection takeIdle(Endpoint endpoint) {
    synchronized (idle) {
      for (Iterator<Connection> it = idle.descendingIterator(); it.hasNext(); ) {
        Connection c = it.next();
        if (c.endpoint.equals(endpoint)) {
          it.remove();
          c.reused = true;
          return c;
        }
      }
      return null;
    }
  }

  private void release(Connection connection) {
    long now = System.nanoTime();
    connection.idleSince = now;
    synchronized (idle) {
      for (Iterator<Connection> it = idle.iterator(); it.hasNext(); ) {
        Connection c = it.next();
        if (now - c.idleSince > IDLE_NANOS || idle.size() >= MAX_IDLE) {
          it.remove();
          c.close();
        }
      }
      idle.addLast(connection);
    }
  }

  private static int millisLeft(long deadline) throws SocketTimeoutException {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw new SocketTimeoutException("deadline passed");
    }
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (left + 999_999) / 1_000_000));
  }

  /** A reused connection failed before any byte of the answer: the receiver had closed it. */
  private static final class Stale extends IOException {
    private static final long serialVersionUID = 1L;

    Stale(IOException cause) {
      super(cause);
    }
  }

  private static final class Connection {
    final Endpoint endpoint;
    final Socket socket;
    final InputStream in;
    final OutputStream out;
    /** Read into by one exchange at a time; an answer is never left half-read on a kept connection. */
    final byte[] buffer = new byte[4096];
    boolean reused;
    long idleSince;

    Connection(Endpoint endpoint, Socket socket) throws IOException {
      this.endpoint = endpoint;
      this.socket = socket;
      this.in = socket.getInputStream();
      this.out = socket.getOutputStream();
    }

    void close() {
      try {
        socket.close();
      } catch (IOException ignored) {
        // nothing left to release
      }
    }
  }

  private record Head(int status, boolean keepAlive, long contentLength, boolean chunked) {}

  /** Reads one answer from a connection, each read bounded by what is left until the deadline. */
  private static final class Reader {
    private final Connection connection;
    private final long deadline;
    private final byte[] buffer;
    private int position;
    private int limit;
    private boolean anyByte;
    /** Whether the body's end was known from its framing (so the connection may carry another). */
    boolean framed = true;

    Reader(Connection connection, long deadline) {
      this.connection = connection;
      this.deadline = deadline;
      this.buffer = connection.buffer;
    }

    Head head() throws IOException {
      while (true) {
        String statusLine = line();
        if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12 || statusLine.charAt(8) != ' ') {
          throw new IOException("not an HTTP/1.x answer");
        }
        int status;
        try {
          status = Integer.parseInt(statusLine.substring(9, 12));
        } catch (NumberFormatException e) {
          throw new IOException("bad status line");
        }
        boolean http10 = statusLine.startsWith("HTTP/1.0");
        String connectionHeader = null;
        long length = -1;
        boolean chunked = false;
        int lines = 0;
        for (String line = line(); !line.isEmpty(); line = line()) {
          if (++lines > MAX_HEADER_LINES) {
            throw new IOException("more than " + MAX_HEADER_LINES + " header lines");
          }
          int colon = line.indexOf(':');
          if (colon <= 0) {
            throw new IOException("malformed header line");
          }
          String name = line.substring(0, colon).trim();
          String value = line.substring(colon + 1).trim();
          if (name.equalsIgnoreCase("Content-Length")) {
            try {
              length = Long.parseLong(value);
            } catch (NumberFormatException e) {
              throw new IOException("bad Content-Length");
            }
          } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
            chunked = value.toLowerCase(Locale.ROOT).endsWith("chunked");
          } else if (name.equalsIgnoreCase("Connection")) {
            connectionHeader = value.toLowerCase(Locale.ROOT);
          }
        }
        if (status >= 100 && status < 200) {
          continue; // an interim answer (100 Continue): the real one follows
        }
        boolean keepAlive = http10 ? connectionHeader != null && connectionHeader.contains("keep-alive")
            : connectionHeader == null || !connectionHeader.contains("close");
        return new Head(status, keepAlive, length, chunked);
      }
    }

    /** The body up to {@code max} bytes (else {@link TooLarge}); a negative {@code max} drops it. */
    byte[] body(Head head, int max) throws IOException {
      Sink sink = new Sink(max);
      if (head.status == 204 || head.status == 304) {
        return sink.bytes();
      }
      if (head.chunked) {
        while (true) {
          String sizeLine = line();
          int semicolon = sizeLine.indexOf(';');
          long size;
          try {
            size = Long.parseLong((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
          } catch (NumberFormatException e) {
            throw new IOException("bad chunk size");
          }
          if (size == 0) {
            while (!line().isEmpty()) {
              // trailers: dropped
            }
            return sink.bytes();
          }
          copy(size, sink);
          if (!line().isEmpty()) {
            throw new IOException("chunk not followed by CRLF");
          }
        }
      }
      if (head.contentLength >= 0) {
        copy(head.contentLength, sink);
        return sink.bytes();
      }
      framed = false; // ends when the receiver closes
      do {
        sink.write(buffer, position, limit - position);
        position = limit;
      } while (fill());
      return sink.bytes();
    }

    private void copy(long count, Sink sink) throws IOException {
      long left = count;
      while (left > 0) {
        if (position == limit && !fill()) {
          throw new EOFException("answer ended early");
        }
        int n = (int) Math.min(left, limit - position);
        sink.write(buffer, position, n);
        position += n;
        left -= n;
      }
    }

    private String line() throws IOException {
      StringBuilder line = new StringBuilder();
      while (true) {
        if (position == limit && !fill()) {
          throw new EOFException("answer ended early");
        }
        byte b = buffer[position++];
        if (b == '\n') {
          int end = line.length();
          return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
        }
        line.append((char) (b & 0xff));
        if (line.length() > MAX_HEAD_BYTES) {
          throw new IOException("header line too long");
        }
      }
    }

    /** Reads more; false at the end of the stream. */
    private boolean fill() throws IOException {
      connection.socket.setSoTimeout(millisLeft(deadline));
      int n;
      try {
        n = connection.in.read(buffer, 0, buffer.length);
      } catch (SocketTimeoutException e) {
        throw e;
      } catch (IOException e) {
        throw !anyByte && connection.reused ? new Stale(e) : e;
      }
      if (n < 0) {
        if (!anyByte && connection.reused) {
          throw new Stale(new EOFException("closed by the receiver"));
        }
        return false;
      }
      anyByte = true;
      position = 0;
      limit = n;
      return true;
    }
  }

  /** Keeps a body up to a limit, or drops it. */
  private static final class Sink {
    private final int max;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Sink(int max) {
      this.max = max;
    }

    void write(byte[] data, int offset, int length) throws TooLarge {
      if (max < 0) {
        return;
      }
      if (bytes.size() + length > max) {
        throw new TooLarge(max);
      }
      bytes.write(data, offset, length);
    }

    byte[] bytes() {
      return bytes.toByteArray();
    }
  }
}
