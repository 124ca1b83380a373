package io.taskrouter.local.http;

import io.taskrouter.local.api.ApiException;
import io.taskrouter.local.api.ApiRequest;
import io.taskrouter.local.api.ApiResponse;
import io.taskrouter.local.api.Call;
import io.taskrouter.local.api.Params;
import io.taskrouter.local.api.Registry;
import io.taskrouter.local.engine.Caller;
import io.taskrouter.local.engine.Engine;
import io.taskrouter.local.render.Representations;

/**
 * From a decoded request to the operation's answer: match the route (404, or 405 with
 * {@code Allow}), check the body suits the operation, and run the handler on the engine thread.
 * Knows nothing about sockets or HTTP parsing.
 */
final class Dispatcher {
  private final RouteTable routes;
  private final Engine engine;
  private final String baseUrl;

  Dispatcher(RouteTable routes, Engine engine, String baseUrl) {
    this.routes = routes;
    this.engine = engine;
    this.baseUrl = baseUrl;
  }

  ApiResponse dispatch(DecodedRequest in) {
    String method = in.method();
    String path = in.rawPath();
    RouteTable.Match match = routes.match(method, path);
    RouteTable.Route route = match.route();
    if (route == null) {
      if (match.allowedMethods().isEmpty()) {
        throw ApiException.notFound("The requested resource " + path + " was not found");
      }
      String allowed = String.join(", ", match.allowedMethods());
      return ErrorBody.withHeader(ErrorBody.response(ApiException.methodNotAllowed("Method " + method
          + " is not allowed on " + path + "; allowed: " + allowed)), "Allow", allowed);
    }
    Params form = Params.empty();
    if (method.equals("POST") && route.body() == Registry.Body.FORM) {
      if (in.form() == null && in.body().length > 0) {
        throw ApiException.badRequest("Unsupported Content-Type " + in.contentType() + ": send the parameters as "
            + ContentTypes.FORM);
      }
      form = in.form() == null ? Params.empty() : in.form();
    } else if (route.body() == Registry.Body.JSON) {
      ContentTypes.requireUtf8(in.body());
    }
    ApiRequest request = new ApiRequest(method, path.endsWith("/") && path.length() > 1
        ? path.substring(0, path.length() - 1) : path, match.pathParams(), in.query(), form, in.headers(), in.body(),
        in.remoteAddress());
    // The account is the caller's: a created resource answers with the account that created it.
    Representations render = new Representations(baseUrl, in.accountSid());
    return engine.execute(new Caller(in.accountSid(), in.remoteAddress()),
        store -> route.handler().handle(new Call(request, store, render)));
  }
}
