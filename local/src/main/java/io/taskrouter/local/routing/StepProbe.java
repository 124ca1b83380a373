package io.taskrouter.local.routing;

import java.time.Instant;
import java.util.Map;

/**
 * What the workflow router asks of the worker side while it places a task: {@code skip_if} is
 * evaluated only when entering the step would not produce an offer at once, and then over the
 * step queue's counters. {@link RoutingIndex} implements it.
 */
public interface StepProbe {

  /** Whether some worker could be offered the task in this step right now. */
  boolean canOfferNow(RoutingTask task, Step step, Instant now);

  /**
   * The queue's {@code skip_if} counters: {@code available} and {@code unavailable} (member
   * workers in an available / unavailable activity) and {@code WA<sid>} per activity.
   */
  Map<String, Integer> workerCounts(String queueSid);

  /** A probe for workflows whose steps need no worker side (no skip_if is ever true). */
  StepProbe NONE =
      new StepProbe() {
        @Override
        public boolean canOfferNow(RoutingTask task, Step step, Instant now) {
          return true;
        }

        @Override
        public Map<String, Integer> workerCounts(String queueSid) {
          return Map.of();
        }
      };
}
