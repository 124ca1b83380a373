package io.taskrouter.sdk.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Keeps at most 64 KiB of an error answer. Retrofit reads a failed answer's whole body into memory;
 * the API's errors are a few hundred bytes, but a proxy's error page, or a body dropped before a
 * retry, could be megabytes.
 */
public final class ErrorBodyLimit implements Interceptor {
  /** The most of an error answer that is kept. */
  public static final long MAX_ERROR_BODY = 64 * 1024;

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.isSuccessful() || response.body() == null) {
      return response;
    }
    ResponseBody kept = response.peekBody(MAX_ERROR_BODY);
    response.close();
    return response.newBuilder().body(kept).build();
  }
}
