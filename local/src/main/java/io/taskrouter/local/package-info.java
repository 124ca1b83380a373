/**
 * A local TaskRouter server: {@link io.taskrouter.local.TaskRouterLocal} in-process, or
 * {@link io.taskrouter.local.Main} as a standalone process.
 */
@NullMarked
package io.taskrouter.local;

import org.jspecify.annotations.NullMarked;
