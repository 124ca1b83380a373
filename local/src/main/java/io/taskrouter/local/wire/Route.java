package io.taskrouter.local.wire;

import java.util.List;

/**
 * One operation's place on the wire, as the spec declares it: generated into
 * {@code io.taskrouter.local.wire.generated.Routes#ALL}.
 *
 * @param method the HTTP method, upper case
 * @param pathTemplate the path with its parameters in braces, e.g. {@code /v1/Workspaces/{Sid}}
 * @param operationId the spec's operation id
 * @param body how the request body is encoded
 * @param pathParams the names of the path parameters, in path order
 */
public record Route(String method, String pathTemplate, String operationId, Body body, List<String> pathParams) {

  /** The encoding of an operation's request body. */
  public enum Body {
    /** No body (GET, DELETE). */
    NONE,
    /** {@code application/x-www-form-urlencoded}. */
    FORM,
    /** {@code application/json}. */
    JSON
  }

  public Route {
    pathParams = List.copyOf(pathParams);
  }
}
