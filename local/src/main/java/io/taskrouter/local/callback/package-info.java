/**
 * Outgoing callbacks of the local server (assignment and event callbacks), sent by delivery threads
 * so that the engine thread never does network or DNS work.
 *
 * <p>The engine builds the {@link io.taskrouter.local.callback.FormParams} (names in {@link
 * io.taskrouter.local.callback.CallbackParameters}) and hands them to the {@link
 * io.taskrouter.local.callback.Outbox}; an assignment callback's outcome comes back through the
 * {@link io.taskrouter.local.callback.AnswerSink} it supplied, on a delivery thread.
 */
@NullMarked
package io.taskrouter.local.callback;

import org.jspecify.annotations.NullMarked;
