package io.taskrouter.local.http;

import io.taskrouter.local.api.ApiException;
import io.taskrouter.local.api.Call;
import io.taskrouter.local.api.Handlers;
import io.taskrouter.local.engine.Caller;
import io.taskrouter.local.engine.Engine;
import io.taskrouter.local.render.Links;
import io.taskrouter.local.wire.Route;
import io.taskrouter.local.wire.RouteMatcher;
import io.taskrouter.local.wire.WireRequest;
import io.taskrouter.local.wire.WireResponse;
import io.taskrouter.local.wire.generated.Routes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * From a decoded request to the operation's answer: match the spec's routes (404, or 405 with
 * {@code Allow}), check the body suits the operation, and on the engine thread decode the typed
 * request and run its handler. Knows nothing about sockets or HTTP parsing.
 */
final class Dispatcher {
  private static final RouteMatcher ROUTES = new RouteMatcher(Routes.ALL);
  private static final Handlers HANDLERS = new Handlers();

  private final Engine engine;
  private final Links links;

  Dispatcher(Engine engine, String baseUrl) {
    this.engine = engine;
    this.links = new Links(baseUrl);
  }

  WireResponse dispatch(DecodedRequest in) {
    String method = in.method();
    String path = in.rawPath();
    RouteMatcher.Match match = ROUTES.match(method, path);
    if (!match.found()) {
      if (!match.pathKnown()) {
        throw ApiException.notFound("The requested resource " + path + " was not found");
      }
      String allowed = String.join(", ", match.allowedMethods());
      return ErrorBody.withHeader(ErrorBody.response(ApiException.methodNotAllowed("Method " + method
          + " is not allowed on " + path + "; allowed: " + allowed)), "Allow", allowed);
    }
    Route route = match.route();
    Map<String, List<String>> headers = in.headers();
    WireRequest request = switch (route.body()) {
      case FORM -> {
        if (in.form() == null && in.body().length > 0) {
          throw ApiException.badRequest("Unsupported Content-Type " + in.contentType() + ": send the parameters as "
              + ContentTypes.FORM);
        }
        yield WireRequest.of(match.pathParams(), in.query(), in.form() == null ? Map.of() : in.form(), headers);
      }
      case JSON -> {
        ContentTypes.requireUtf8(in.body());
        yield WireRequest.json(match.pathParams(), in.query(), headers, new String(in.body(), StandardCharsets.UTF_8));
      }
      case NONE -> WireRequest.of(match.pathParams(), in.query(), Map.of(), headers);
    };
    String plainPath = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    return engine.execute(new Caller(in.accountSid(), in.remoteAddress()),
        store -> Routes.dispatch(route, request, HANDLERS, new Call(store, links, plainPath, request.query())));
  }
}
