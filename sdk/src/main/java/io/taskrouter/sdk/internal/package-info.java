/**
 * Internal machinery of the SDK, public only because generated code in other packages calls it.
 * Not an API: it may change in any release.
 */
@NullMarked
package io.taskrouter.sdk.internal;

import org.jspecify.annotations.NullMarked;
