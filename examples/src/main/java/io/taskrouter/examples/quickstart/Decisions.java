package io.taskrouter.examples.quickstart;

import io.taskrouter.sdk.webhook.AssignmentInstruction;
import java.util.HashSet;
import java.util.Set;

/**
 * How the story's workers answer their offers: the first offer of a Gold ticket is declined (that
 * worker steps away for a coffee break, so routing must find someone else); every other offer is
 * accepted. One policy for both ways of answering (callback and REST), so they tell the same story.
 */
final class Decisions {
  private final String coffeeBreakActivitySid;
  private final Set<String> goldTicketsDeclinedOnce = new HashSet<>();

  Decisions(String coffeeBreakActivitySid) {
    this.coffeeBreakActivitySid = coffeeBreakActivitySid;
  }

  synchronized AssignmentInstruction decide(String taskSid, boolean goldTicket) {
    if (goldTicket && goldTicketsDeclinedOnce.add(taskSid)) {
      return AssignmentInstruction.reject(coffeeBreakActivitySid);
    }
    return AssignmentInstruction.accept();
  }

  static boolean isGoldTicket(java.util.Map<String, Object> taskAttributes) {
    return "Gold".equals(taskAttributes.get("customer_value")) && "ticket".equals(taskAttributes.get("type"));
  }
}
