package io.taskrouter.examples.quickstart;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the quickstart runs, read from the environment.
 *
 * <ul>
 *   <li>nothing set: a local TaskRouter server started in-process;
 *   <li>{@code TASKROUTER_BASE_URL}: that server (a standalone local one, say), with default
 *       credentials unless these are given too;
 *   <li>{@code TASKROUTER_ACCOUNT_SID} and {@code TASKROUTER_AUTH_TOKEN} alone: the real service.
 * </ul>
 *
 * <p>The assignment callbacks reach a small endpoint the quickstart runs on this machine. The real
 * service can only reach it through a public base URL ({@code TASKROUTER_CALLBACK_URL}, forwarded to
 * {@code TASKROUTER_CALLBACK_PORT}, 8081 by default; the endpoint is its {@code /assignment}
 * path); without one the quickstart answers
 * reservations through the REST API instead. The workspace made on a remote server is deleted at
 * the end unless {@code TASKROUTER_KEEP_WORKSPACE=true}.
 */
record QuickstartTarget(
    @Nullable String baseUrl,
    @Nullable String accountSid,
    @Nullable String authToken,
    @Nullable String publicCallbackUrl,
    int callbackPort,
    boolean keepWorkspace) {

  /** The credentials the quickstart presents to a local server when none are given. */
  static final String LOCAL_ACCOUNT_SID = "AC00000000000000000000000000000000";
  static final String LOCAL_AUTH_TOKEN = "quickstart-token";

  static QuickstartTarget fromEnvironment(Map<String, String> env) {
    String accountSid = blankToNull(env.get("TASKROUTER_ACCOUNT_SID"));
    String authToken = blankToNull(env.get("TASKROUTER_AUTH_TOKEN"));
    if ((accountSid == null) != (authToken == null)) {
      throw new IllegalArgumentException("Set both TASKROUTER_ACCOUNT_SID and TASKROUTER_AUTH_TOKEN, or neither");
    }
    String port = blankToNull(env.get("TASKROUTER_CALLBACK_PORT"));
    int callbackPort;
    try {
      callbackPort = port == null ? 8081 : Integer.parseInt(port);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("TASKROUTER_CALLBACK_PORT must be a port number, got '" + port + "'");
    }
    return new QuickstartTarget(blankToNull(env.get("TASKROUTER_BASE_URL")), accountSid, authToken,
        blankToNull(env.get("TASKROUTER_CALLBACK_URL")), callbackPort,
        "true".equalsIgnoreCase(env.get("TASKROUTER_KEEP_WORKSPACE")));
  }

  /** Nothing points elsewhere: start a local server in this JVM. */
  boolean startsLocalServer() {
    return baseUrl == null && accountSid == null;
  }

  /** Only credentials: the real service, which cannot call back to loopback. */
  boolean isRealService() {
    return baseUrl == null && accountSid != null;
  }

  String accountSidOrLocal() {
    return accountSid == null ? LOCAL_ACCOUNT_SID : accountSid;
  }

  String authTokenOrLocal() {
    return authToken == null ? LOCAL_AUTH_TOKEN : authToken;
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
