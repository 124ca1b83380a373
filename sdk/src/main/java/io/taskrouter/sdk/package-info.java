/**
 * TaskRouter for Java: start at {@link io.taskrouter.sdk.TaskRouter}.
 *
 * <p>The resources ({@code TasksResource}, {@code WorkersResource}...) and scopes
 * ({@code WorkspaceScope}, {@code TaskScope}...) of this package are generated from
 * {@code openapi/taskrouter.yaml}; the client, paging, errors and retries are written by hand.
 * Everything is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package io.taskrouter.sdk;

import org.jspecify.annotations.NullMarked;
