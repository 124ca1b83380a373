/**
 * Values the engine and the API share that hold no state of their own: statuses, the event
 * record, the parsed workflow configuration and the API paths of resources.
 *
 * <p>The stored resources themselves live in {@link io.taskrouter.local.engine}, next to the
 * lifecycles that change them: their fields are package-private there, so nothing outside the
 * engine can change them, and everyone else reads them through accessors.
 */
@NullMarked
package io.taskrouter.local.model;

import org.jspecify.annotations.NullMarked;
