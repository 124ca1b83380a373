package io.taskrouter.sdk;

/**
 * A successful status came with a body that is not the JSON this SDK expected: a captive portal's
 * or a proxy's page, or a field of another type. Not retried: the same request would get the same
 * answer. The cause is Moshi's exception, which names the JSON path.
 */
public class ResponseFormatException extends TaskRouterException {
  private static final long serialVersionUID = 1L;

  private final String operation;

  ResponseFormatException(String operation, Throwable cause) {
    super(operation + ": the answer is not the JSON this SDK expected: "
        + String.valueOf(cause.getMessage()).replace("Use JsonReader.setLenient(true) to accept malformed JSON",
            "malformed JSON"), cause);
    this.operation = operation;
  }

  /** @return the operation and request line */
  public String operation() {
    return operation;
  }
}
