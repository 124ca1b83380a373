package io.taskrouter.local.http;

import io.taskrouter.local.api.ApiException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What the server accepts as a request body's media type and encoding. */
final class ContentTypes {
  static final String FORM = "application/x-www-form-urlencoded";

  private ContentTypes() {}

  /**
   * Whether the body is a form: the media type exactly (case-insensitive, as media types are),
   * parameters allowed, but a charset other than UTF-8 is refused rather than misread.
   */
  static boolean isForm(@Nullable String contentType) {
    if (contentType == null) {
      return false;
    }
    String[] parts = contentType.split(";");
    if (!parts[0].trim().equalsIgnoreCase(FORM)) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim();
      int equals = parameter.indexOf('=');
      if (equals > 0 && parameter.substring(0, equals).trim().equalsIgnoreCase("charset")) {
        String charset = parameter.substring(equals + 1).trim().replace("\"", "").toLowerCase(Locale.ROOT);
        if (!charset.equals("utf-8") && !charset.equals("utf8")) {
          throw ApiException.badRequest("Unsupported charset in Content-Type " + contentType
              + ": send the form as UTF-8");
        }
      }
    }
    return true;
  }

  /** Bodies are read as sent: a Content-Encoding the server would have to undo is refused. */
  static void requireIdentityEncoding(@Nullable String contentEncoding) {
    if (contentEncoding != null && !contentEncoding.isBlank() && !contentEncoding.trim().equalsIgnoreCase("identity")) {
      throw new ApiException(415, ApiException.INVALID_PARAMETER, "Unsupported Content-Encoding " + contentEncoding
          + ": send the body uncompressed");
    }
  }

  static void requireUtf8(byte[] body) {
    try {
      PercentDecoder.utf8(body, "the body");
    } catch (PercentDecoder.MalformedException e) {
      throw ApiException.badRequest("Invalid body: " + e.getMessage());
    }
  }
}
