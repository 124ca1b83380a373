/**
 * Access tokens an app's server gives to its front end: {@link WorkerToken} mints the JWT that the
 * TaskRouter worker JavaScript SDK (v2) connects with, signed with an API key secret.
 */
@NullMarked
package io.taskrouter.sdk.token;

import org.jspecify.annotations.NullMarked;
