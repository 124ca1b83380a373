package io.taskrouter.local.callback;

import java.time.Duration;
import java.util.TreeSet;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Tickets of the deliveries not finished yet, so that a waiter can wait for everything submitted up
 * to a moment without waiting for what is submitted after it. The lock guards a few set operations
 * only; nothing calls out while holding it.
 */
final class InFlight {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition finished = lock.newCondition();
  private final TreeSet<Long> open = new TreeSet<>();
  private long lastIssued;

  long open() {
    lock.lock();
    try {
      long ticket = ++lastIssued;
      open.add(ticket);
      return ticket;
    } finally {
      lock.unlock();
    }
  }

  void finish(long ticket) {
    lock.lock();
    try {
      if (open.remove(ticket)) {
        finished.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Waits until every ticket issued before this call is finished; false when the time ran out. */
  boolean awaitIssuedSoFar(Duration timeout) throws InterruptedException {
    long remaining = timeout.toNanos();
    lock.lock();
    try {
      long mark = lastIssued;
      while (!open.isEmpty() && open.first() <= mark) {
        if (remaining <= 0) {
          return false;
        }
        remaining = finished.awaitNanos(remaining);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  int size() {
    lock.lock();
    try {
      return open.size();
    } finally {
      lock.unlock();
    }
  }
}
