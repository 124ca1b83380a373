// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

/**
 * Internal: the Retrofit description of every operation. Not an API.
 *
 * <p>Everything is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package io.taskrouter.sdk.internal.api;

import org.jspecify.annotations.NullMarked;
