// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

/**
 * Models of the TaskRouter API's resources, read from its JSON.
 *
 * <p>Everything is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package io.taskrouter.sdk.model;

import org.jspecify.annotations.NullMarked;
