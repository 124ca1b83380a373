package io.taskrouter.sdk;

import java.time.Duration;

/**
 * How a blocking call waits before its next attempt. The default sleeps the calling thread; tests
 * give one that only records the wait (and moves their {@link java.time.Clock}), so that retries
 * take no time.
 */
@FunctionalInterface
public interface Sleeper {
  /**
   * @param wait how long to wait
   * @throws InterruptedException when the thread is interrupted meanwhile
   */
  void sleep(Duration wait) throws InterruptedException;

  /** @return the sleeper that calls {@link Thread#sleep(long)} */
  static Sleeper system() {
    return wait -> Thread.sleep(wait.toMillis());
  }
}
