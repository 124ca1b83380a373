package io.taskrouter.local.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A sink that records each answer with the thread that delivered it. */
final class Answers implements AnswerSink {
  record Delivered(String correlationId, AssignmentAnswer answer, String thread) {}

  private final BlockingQueue<Delivered> queue = new LinkedBlockingQueue<>();
  private final List<Delivered> all = new CopyOnWriteArrayList<>();

  @Override
  public void accept(String correlationId, AssignmentAnswer answer) {
    Delivered d = new Delivered(correlationId, answer, Thread.currentThread().getName());
    all.add(d);
    queue.add(d);
  }

  /** The next answer, within the liveness bound. */
  Delivered take() throws InterruptedException {
    Delivered d = queue.poll(Receiver.LIVENESS_SECONDS, TimeUnit.SECONDS);
    assertThat(d).as("an answer reached the sink").isNotNull();
    return d;
  }

  List<Delivered> all() {
    return List.copyOf(all);
  }
}
