package io.taskrouter.local.engine;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Decides which waiting task is offered to which workers: asked by {@link Routing#settle} after
 * every command and timer, on the engine thread. It only reads the state; the engine applies each
 * offer with {@link ReservationLifecycle#offer}, then asks again until no offer is left.
 *
 * <p>The store's policy is {@link InterimOffers} until the routing core replaces it (one line in
 * {@link Store}).
 */
public interface OfferPolicy {

  /**
   * One task offered to one or more workers at once (more than one when the queue's
   * {@code max_reserved_workers} allows it). {@code queue} is null for a task routed straight to a
   * worker; {@code workflow} is null for a task that has none.
   */
  record Offer(Task task, List<Worker> workers, @Nullable TaskQueue queue, @Nullable Workflow workflow) {
    public Offer {
      workers = List.copyOf(workers);
    }
  }

  /**
   * The offers to make now in {@code ws}. Each must hold on the state as it is, taken in order:
   * the task pending, each worker distinct, not yet holding a pending reservation of the task, and
   * free to take it (single-tasking: holding no reservation; multitasking: capacity left on the
   * task's channel, unless the task ignores capacity). Empty when there is nothing to offer.
   */
  List<Offer> offers(WorkspaceState ws);
}
