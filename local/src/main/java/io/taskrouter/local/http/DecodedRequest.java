package io.taskrouter.local.http;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A request as the transport hands it over: authenticated, body read within the limit, path
 * checked and query decoded, a form body decoded. Nothing in it depends on which operation will
 * serve it.
 *
 * @param rawPath the path as sent (percent-encoded, already checked to decode cleanly)
 * @param query the query parameters, names in order, repeated names collecting their values
 * @param form the decoded body when it was sent as a form, else null
 * @param headers every value of each header, by name
 */
record DecodedRequest(
    String accountSid,
    String method,
    String rawPath,
    Map<String, List<String>> query,
    @Nullable Map<String, List<String>> form,
    @Nullable String contentType,
    Map<String, List<String>> headers,
    byte[] body,
    @Nullable String remoteAddress) {}
