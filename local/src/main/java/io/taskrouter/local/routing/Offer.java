package io.taskrouter.local.routing;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Offers to make now: one reservation of {@code taskSid} for each worker, in the order the workers
 * were selected. The index already counts each as a {@link HoldStatus#PENDING} hold.
 *
 * @param queueSid the queue the task was offered from; null for a task routed straight to a
 *     worker
 */
public record Offer(String taskSid, @Nullable String queueSid, List<String> workerSids) {
  public Offer {
    workerSids = List.copyOf(workerSids);
  }
}
