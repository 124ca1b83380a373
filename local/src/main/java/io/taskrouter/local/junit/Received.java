package io.taskrouter.local.junit;

import io.taskrouter.sdk.webhook.TaskRouterCallback;
import java.util.Objects;

/**
 * A callback the receiver got, parsed with the SDK ({@code AssignmentCallback} or {@code
 * EventCallback}).
 *
 * @param callback the parsed parameters
 * @param url the URL it was posted to, query included
 * @param signatureValid whether {@code X-Twilio-Signature} was the server account's signature of
 *     that URL and these parameters (an invalid one was refused with 403)
 * @param fallback whether it came to the fallback assignment URL
 * @param <C> the callback's type
 */
public record Received<C extends TaskRouterCallback>(C callback, String url, boolean signatureValid, boolean fallback) {
  public Received {
    Objects.requireNonNull(callback, "callback");
    Objects.requireNonNull(url, "url");
  }
}
