/**
 * The single-writer engine and the domain it owns: the stored resources (read-only outside this
 * package), one lifecycle per kind of resource (the only code that changes them), the store, the
 * timers and routing. See {@link io.taskrouter.local.engine.Engine}.
 *
 * <p>The resources are plain mutable objects on purpose: they are confined to the engine thread,
 * which is the only thread that ever reads or writes them, so they need neither locks nor copies.
 * Everything that leaves the engine is rendered into fresh maps first.
 */
@NullMarked
package io.taskrouter.local.engine;

import org.jspecify.annotations.NullMarked;
