package io.taskrouter.sdk.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import java.io.EOFException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Reads successful answers as JSON, streaming and bounded, and tells apart the two ways a body can
 * fail: bytes that did not arrive (the connection broke: the source's {@link IOException}, which the
 * SDK may retry) and bytes that arrived but are not the JSON expected, or too many of them
 * ({@link MalformedBody}, never retried).
 */
public final class JsonBodies extends Converter.Factory {
  /** The default bound of a successful answer: a page of 1,000 tasks with 4 KB attributes is ~6 MB. */
  public static final long DEFAULT_MAX_BODY = 32L * 1024 * 1024;

  private final Moshi moshi;
  private final long maxBody;

  /**
   * @param moshi where adapters come from
   * @param maxBody the most bytes of one successful answer
   */
  public JsonBodies(Moshi moshi, long maxBody) {
    this.moshi = moshi;
    this.maxBody = maxBody;
  }

  @Override
  public @Nullable Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations,
      Retrofit retrofit) {
    JsonAdapter<?> adapter = moshi.adapter(type);
    return body -> read(adapter, body);
  }

  private <T> T read(JsonAdapter<T> adapter, ResponseBody body) throws IOException {
    try (ResponseBody closing = body) {
      long length = closing.contentLength();
      if (length > maxBody) {
        throw tooLarge();
      }
      // A Content-Length within the limit needs no counting: OkHttp reads no more than it, and
      // reports fewer bytes with a ProtocolException, never an EOFException. Otherwise (chunked,
      // or decompressed: no length) the body is counted, and its source's failures recorded.
      Bounded bounded = length >= 0 ? null : new Bounded(closing.source(), maxBody);
      JsonReader reader = JsonReader.of(bounded == null ? closing.source() : Okio.buffer(bounded));
      try {
        if (reader.peek() == JsonReader.Token.END_DOCUMENT) {
          throw new MalformedBody("the answer's body is empty", null);
        }
        T value = adapter.fromJson(reader);
        if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
          throw new MalformedBody("more follows the answer's JSON document", null);
        }
        return value;
      } catch (EOFException | JsonEncodingException notJson) {
        if (bounded != null && bounded.failure != null) {
          throw bounded.failure;
        }
        throw new MalformedBody("the answer is not the JSON this SDK expected: " + explain(notJson), notJson);
      } catch (IOException failure) {
        if (bounded != null && failure == bounded.failure && undecodable(failure)) {
          throw new MalformedBody("the answer's body could not be decoded: " + failure.getMessage(), failure);
        }
        throw failure;
      }
    }
  }

  private MalformedBody tooLarge() {
    return new MalformedBody("the answer is larger than the limit of " + maxBody
        + " bytes (TaskRouter.Builder.maxResponseBodySize)", null);
  }

  /**
   * OkHttp reports a body cut short with subclasses of {@link IOException} (ProtocolException,
   * EOFException, SocketException...); okio's gzip and inflater sources report bytes that are not
   * what their Content-Encoding announced with a plain one.
   */
  private static boolean undecodable(IOException failure) {
    return failure.getClass() == IOException.class && !"Canceled".equals(failure.getMessage());
  }

  private static String explain(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replace("Use JsonReader.setLenient(true) to accept malformed JSON", "malformed JSON")
        .replace("End of input", "the JSON ends too early");
  }

  /** Counts the bytes read and remembers the failure of the source below, if any. */
  private final class Bounded extends ForwardingSource {
    private final long limit;
    private long read;
    @Nullable IOException failure;

    Bounded(okio.Source delegate, long limit) {
      super(delegate);
      this.limit = limit;
    }

    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
      long count;
      try {
        count = super.read(sink, byteCount);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
      if (count > 0) {
        read += count;
        if (read > limit) {
          throw tooLarge();
        }
      }
      return count;
    }
  }

  /** A successful answer whose body is not usable: reported as a ResponseFormatException. */
  public static final class MalformedBody extends IOException {
    private static final long serialVersionUID = 1L;

    MalformedBody(String message, @Nullable Throwable cause) {
      super(message, cause);
    }
  }
}
