/**
 * Webhooks from TaskRouter to your app: check that a request really comes from the service
 * ({@link WebhookValidator}), read an assignment or event callback ({@link AssignmentCallback},
 * {@link EventCallback}), and answer an assignment with an instruction
 * ({@link AssignmentInstruction}). No HTTP server is assumed: the classes take the URL, the
 * parameters (or the raw body) and the {@code X-Twilio-Signature} header from whatever server the
 * app runs.
 */
@NullMarked
package io.taskrouter.sdk.webhook;

import org.jspecify.annotations.NullMarked;
