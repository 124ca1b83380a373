package io.taskrouter.sdk;

/**
 * A successful status came with a body that is not the JSON this SDK expected: empty, a captive
 * portal's or a proxy's page, a field of another type, a body its Content-Encoding does not decode,
 * or one larger than {@link TaskRouter.Builder#maxResponseBodySize}. Not retried: the same request would get the same
 * answer. When Moshi failed, the cause is its exception, which names the JSON path.
 */
public class ResponseFormatException extends TaskRouterException {
  private static final long serialVersionUID = 1L;

  /** The operation and request line. */
  private final String operation;

  ResponseFormatException(String operation, Throwable cause) {
    super(operation + ": the answer is not the JSON this SDK expected: "
        + String.valueOf(cause.getMessage()).replace("Use JsonReader.setLenient(true) to accept malformed JSON",
            "malformed JSON"), cause);
    this.operation = operation;
  }

  ResponseFormatException(String operation, String message, Throwable cause) {
    super(operation + ": " + message, cause);
    this.operation = operation;
  }

  /** @return the operation and request line */
  public String operation() {
    return operation;
  }
}
