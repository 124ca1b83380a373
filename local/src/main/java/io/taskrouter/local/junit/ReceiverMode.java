package io.taskrouter.local.junit;

import java.time.Duration;
import java.util.Objects;

/**
 * How the callback receiver of a {@link TaskRouterLocalHandle} answers its assignment and event
 * endpoints: to test what the server does when an app is slow, broken or gone. The fallback
 * endpoint always answers, so that a test can watch the server fall back to it.
 */
public final class ReceiverMode {
  private static final ReceiverMode ANSWERING = new ReceiverMode("answering", Duration.ZERO, false, false);
  private static final ReceiverMode FAILING = new ReceiverMode("failing", Duration.ZERO, true, false);
  private static final ReceiverMode SILENT = new ReceiverMode("silent", Duration.ZERO, false, true);

  private final String name;
  private final Duration delay;
  private final boolean fails;
  private final boolean silent;

  private ReceiverMode(String name, Duration delay, boolean fails, boolean silent) {
    this.name = name;
    this.delay = delay;
    this.fails = fails;
    this.silent = silent;
  }

  /** Answers at once: the default, and what each test starts with. */
  public static ReceiverMode answering() {
    return ANSWERING;
  }

  /** Answers as {@link #answering()} does, {@code delay} after the request arrived. */
  public static ReceiverMode slow(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative() || delay.isZero()) {
      throw new IllegalArgumentException("delay must be positive, got " + delay);
    }
    return new ReceiverMode("slow(" + delay + ")", delay, false, false);
  }

  /** Answers every request with HTTP 500 and no body. */
  public static ReceiverMode failing() {
    return FAILING;
  }

  /** Accepts the connection, reads the request and never answers (until the test ends). */
  public static ReceiverMode silent() {
    return SILENT;
  }

  Duration delay() {
    return delay;
  }

  boolean fails() {
    return fails;
  }

  boolean neverAnswers() {
    return silent;
  }

  @Override
  public String toString() {
    return name;
  }
}
