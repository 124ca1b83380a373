package io.taskrouter.local.http;

import io.taskrouter.local.api.ApiException;
import io.taskrouter.local.wire.WireResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * The transport side of every request Jetty has parsed: authenticate (before reading any body),
 * check the path and decode the query, read the body within the limit, decode a form, then hand
 * the {@link DecodedRequest} to the {@link Dispatcher} and write its answer as JSON. Any refusal
 * on the way becomes the API's error body; nothing here touches state.
 */
final class RequestHandler extends Handler.Abstract {
  private static final System.Logger LOG = System.getLogger(RequestHandler.class.getName());
  /** Set once the whole body has been read; a refusal without it must close the connection. */
  private static final String BODY_READ = RequestHandler.class.getName() + ".bodyRead";

  private final Authenticator authenticator;
  private final Dispatcher dispatcher;
  private final int maxBodyBytes;

  RequestHandler(Authenticator authenticator, Dispatcher dispatcher, int maxBodyBytes) {
    super(InvocationType.BLOCKING);
    this.authenticator = authenticator;
    this.dispatcher = dispatcher;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    WireResponse answer;
    try {
      answer = dispatcher.dispatch(decode(request));
      answer.body(); // a body deferred by the handler is written here, off the engine thread
    } catch (ApiException e) {
      answer = ErrorBody.response(e);
    } catch (BodyUnreadable e) {
      answer = ErrorBody.withHeader(ErrorBody.response(e.refusal()), "Connection", "close");
    } catch (RuntimeException | LinkageError e) {
      // A LinkageError too: a standalone jar replaced under the running server (a rebuild) makes
      // classes not loaded yet unloadable; the client still gets an answer, the log says why.
      LOG.log(System.Logger.Level.ERROR, "request failed: " + request.getMethod() + " "
          + request.getHttpURI().getPath(), e);
      answer = ErrorBody.response(ApiException.internal("Internal error: " + e.getClass().getSimpleName()));
    }
    if (hasBody(request) && request.getAttribute(BODY_READ) == null) {
      // The rest of the body is still on its way (a 401 or 413 never reads it): the connection
      // cannot carry another request, and the client must not try.
      answer = ErrorBody.withHeader(answer, "Connection", "close");
    }
    write(request, response, callback, answer);
    return true;
  }

  private DecodedRequest decode(Request request) throws BodyUnreadable {
    String accountSid = authenticator.check(request.getHeaders().get(HttpHeader.AUTHORIZATION));
    String rawPath = request.getHttpURI().getPath();
    checkPath(rawPath);
    Map<String, List<String>> query = decodeQuery(request.getHttpURI().getQuery());
    ContentTypes.requireIdentityEncoding(request.getHeaders().get(HttpHeader.CONTENT_ENCODING));
    String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    boolean isForm = ContentTypes.isForm(contentType);
    byte[] body = readBody(request);
    Map<String, List<String>> form = null;
    if (isForm) {
      try {
        form = FormDecoder.decode(body);
      } catch (FormDecoder.MalformedFormException e) {
        throw ApiException.badRequest("Malformed form body: " + e.getMessage());
      }
    }
    return new DecodedRequest(accountSid, request.getMethod(), rawPath, query, form, contentType, headers(request),
        body, Request.getRemoteAddr(request));
  }

  /** Every segment must decode to UTF-8 text without control characters, or the path is refused. */
  private static void checkPath(String rawPath) {
    for (String segment : rawPath.split("/", -1)) {
      String decoded;
      try {
        decoded = PercentDecoder.decode(segment, false);
      } catch (PercentDecoder.MalformedException e) {
        throw ApiException.badRequest("Malformed path: " + e.getMessage());
      }
      if (FormDecoder.firstControl(decoded, false) >= 0) {
        throw ApiException.badRequest("Malformed path: segment '" + segment + "' contains a control character");
      }
    }
  }

  private static Map<String, List<String>> decodeQuery(@Nullable String rawQuery) {
    try {
      return rawQuery == null ? Map.of() : FormDecoder.decode(rawQuery);
    } catch (FormDecoder.MalformedFormException e) {
      throw ApiException.badRequest("Malformed query string: " + e.getMessage());
    }
  }

  /**
   * The body, refused with 413 past the limit: at once when the declared length says so, else
   * as soon as one byte more than the limit has arrived. Jetty has already refused an invalid or
   * conflicting Content-Length / Transfer-Encoding.
   */
  private byte[] readBody(Request request) throws BodyUnreadable {
    long declared = request.getLength();
    if (declared > maxBodyBytes) {
      throw tooLarge();
    }
    if (declared == 0) {
      request.setAttribute(BODY_READ, Boolean.TRUE);
      return new byte[0];
    }
    byte[] buffer = new byte[declared >= 0 ? (int) declared : Math.min(8192, maxBodyBytes + 1)];
    int total = 0;
    try (InputStream in = Request.asInputStream(request)) {
      int read;
      while ((read = in.read(buffer, total, buffer.length - total)) != -1) {
        total += read;
        if (total > maxBodyBytes) {
          throw tooLarge();
        }
        if (total == buffer.length) {
          if (declared >= 0) {
            break;
          }
          buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, maxBodyBytes + 1));
        }
      }
    } catch (IOException e) {
      throw new BodyUnreadable(e);
    }
    request.setAttribute(BODY_READ, Boolean.TRUE);
    return total == buffer.length ? buffer : Arrays.copyOf(buffer, total);
  }

  private static boolean hasBody(Request request) {
    return request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
  }

  private ApiException tooLarge() {
    return ApiException.payloadTooLarge("Request body too large: the limit is " + maxBodyBytes + " bytes");
  }

  private static Map<String, List<String>> headers(Request request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers.computeIfAbsent(field.getLowerCaseName(), name -> new ArrayList<>()).add(field.getValue());
    }
    return headers;
  }

  private static void write(Request request, Response response, Callback callback, WireResponse answer) {
    response.setStatus(answer.status());
    answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
    // HEAD is answered (405: no operation uses it) but, by HTTP's rules, without a body.
    if (answer.body() == null || request.getMethod().equals("HEAD")) {
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0L);
      response.write(true, null, callback);
      return;
    }
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }

  /** The body could not be read: the client stopped sending it (idle timeout), or framed it badly. */
  private static final class BodyUnreadable extends Exception {
    private static final long serialVersionUID = 1L;

    BodyUnreadable(IOException cause) {
      super(cause.getMessage(), cause, false, false);
    }

    ApiException refusal() {
      for (Throwable t = getCause(); t != null; t = t.getCause()) {
        if (t instanceof TimeoutException) {
          return ErrorBody.forStatus(408, "The request body was not received in time");
        }
        if (t instanceof HttpException http) {
          return ErrorBody.forStatus(http.getCode(), "Malformed request body: " + http.getReason());
        }
      }
      return ApiException.badRequest("The request body could not be read: " + getMessage());
    }
  }
}
