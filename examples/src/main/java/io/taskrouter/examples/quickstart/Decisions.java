package io.taskrouter.examples.quickstart;

import io.taskrouter.sdk.webhook.AssignmentInstruction;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How the story's workers answer their offers: the first offer of each task waiting in the Gold
 * Tickets queue is declined (that worker steps away for a coffee break, so routing must find
 * someone else); every other offer is accepted. The queue is the one routing chose, so the Gold
 * filter is stated once, in the workflow. One policy for both ways of answering (callback and
 * REST), so they tell the same story.
 */
final class Decisions {
  private final String coffeeBreakActivitySid;
  private final String goldQueueSid;
  private final Set<String> declinedOnce = new HashSet<>();

  Decisions(String coffeeBreakActivitySid, String goldQueueSid) {
    this.coffeeBreakActivitySid = coffeeBreakActivitySid;
    this.goldQueueSid = goldQueueSid;
  }

  synchronized AssignmentInstruction decide(String taskSid, @Nullable String taskQueueSid) {
    if (Objects.equals(goldQueueSid, taskQueueSid) && declinedOnce.add(taskSid)) {
      return AssignmentInstruction.reject(coffeeBreakActivitySid);
    }
    return AssignmentInstruction.accept();
  }
}
