/**
 * The in-memory resources of the local server.
 *
 * <p>These are plain mutable objects on purpose: they are confined to the engine thread
 * ({@link io.taskrouter.local.engine.Engine}), which is the only thread that ever reads or writes
 * them, so they need neither locks nor copies. Everything that leaves the engine is rendered into
 * fresh maps first.
 */
@NullMarked
package io.taskrouter.local.model;

import org.jspecify.annotations.NullMarked;
