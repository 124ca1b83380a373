package io.taskrouter.sdk.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import javax.net.SocketFactory;

/**
 * Sockets on which every blocking read is bounded by the kernel ({@code SO_TIMEOUT}), whatever
 * OkHttp asks for.
 *
 * <p>Why: OkHttp enforces its read and write timeouts with okio's {@code AsyncTimeout}, entering
 * and leaving a watchdog's queue around every socket read and write (a lock, a list insertion, and
 * a wake-up of the watchdog thread whenever the node becomes the head). The SDK turns those
 * timeouts off in OkHttp, which then sets {@code SO_TIMEOUT} to 0 ("none"); these sockets read
 * 0 as the SDK's read timeout instead, so each wait for bytes is still bounded, by the kernel, at
 * no cost per read. TLS sockets layered on them pass their timeout down to them.
 */
public final class ReadBoundSockets extends SocketFactory {
  private final int readTimeoutMillis;

  /** @param readTimeoutMillis the bound of each read, in milliseconds (positive) */
  public ReadBoundSockets(int readTimeoutMillis) {
    if (readTimeoutMillis <= 0) {
      throw new IllegalArgumentException("readTimeoutMillis must be positive, got " + readTimeoutMillis);
    }
    this.readTimeoutMillis = readTimeoutMillis;
  }

  /** @return the bound of each read, in milliseconds */
  public int readTimeoutMillis() {
    return readTimeoutMillis;
  }

  @Override
  public Socket createSocket() throws SocketException {
    return new ReadBoundSocket(readTimeoutMillis);
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    Socket socket = createSocket();
    socket.connect(new InetSocketAddress(host, port));
    return socket;
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    Socket socket = createSocket();
    socket.bind(new InetSocketAddress(localHost, localPort));
    socket.connect(new InetSocketAddress(host, port));
    return socket;
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    Socket socket = createSocket();
    socket.connect(new InetSocketAddress(host, port));
    return socket;
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    Socket socket = createSocket();
    socket.bind(new InetSocketAddress(localAddress, localPort));
    socket.connect(new InetSocketAddress(address, port));
    return socket;
  }

  private static final class ReadBoundSocket extends Socket {
    private final int bound;

    ReadBoundSocket(int bound) throws SocketException {
      this.bound = bound;
      super.setSoTimeout(bound);
    }

    @Override
    public synchronized void setSoTimeout(int timeout) throws SocketException {
      // OkHttp's health check asks for 1 ms briefly: a shorter bound is honoured, "none" is not.
      super.setSoTimeout(timeout == 0 || timeout > bound ? bound : timeout);
    }
  }
}
