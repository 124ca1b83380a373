// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

/**
 * The options of each operation: immutable, checked before anything is sent.
 *
 * <p>Everything is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package io.taskrouter.sdk.params;

import org.jspecify.annotations.NullMarked;
