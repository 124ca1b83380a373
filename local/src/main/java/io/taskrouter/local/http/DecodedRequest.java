package io.taskrouter.local.http;

import io.taskrouter.local.api.Params;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A request as the transport hands it over: authenticated, body read within the limit, path
 * checked and query decoded, a form body decoded. Nothing in it depends on which operation will
 * serve it.
 *
 * @param rawPath the path as sent (percent-encoded, already checked to decode cleanly)
 * @param form the decoded body when it was sent as a form, else null
 * @param headers names in lower case, first value of each
 */
record DecodedRequest(
    String accountSid,
    String method,
    String rawPath,
    Params query,
    @Nullable Params form,
    @Nullable String contentType,
    Map<String, String> headers,
    byte[] body,
    @Nullable String remoteAddress) {}
