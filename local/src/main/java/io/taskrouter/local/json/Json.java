package io.taskrouter.local.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one place JSON is read and written. Responses are built as maps and lists (so that every
 * field, null included, is written exactly as the wire facts name it) and serialised here.
 */
public final class Json {
  private static final JsonAdapter<Object> ANY = new Moshi.Builder().build().adapter(Object.class);
  private static final JsonAdapter<Object> WRITER = ANY.serializeNulls();

  private Json() {}

  public static String write(@Nullable Object value) {
    return WRITER.toJson(value);
  }

  /**
   * The parser's reason without its advice to the programmer ("Use JsonReader.setLenient(true)
   * ..."), which means nothing to an API client: "malformed JSON at path $.a".
   */
  private static String withoutParserAdvice(@Nullable String reason) {
    if (reason == null || reason.isBlank()) {
      return "malformed JSON";
    }
    return reason.replaceFirst("^Use JsonReader\\.setLenient\\(true\\) to accept (malformed JSON)", "$1").strip();
  }

  /**
   * Parses a complete JSON document strictly (trailing garbage is an error).
   *
   * @return maps, lists, strings, doubles, booleans or null
   * @throws InvalidJsonException with the parser's reason
   */
  public static @Nullable Object parse(String text) {
    refuseControlCharacters(text);
    try {
      return ANY.fromJson(text);
    } catch (JsonEncodingException | JsonDataException e) {
      throw new InvalidJsonException(withoutParserAdvice(e.getMessage()));
    } catch (IOException e) {
      throw new InvalidJsonException("unreadable JSON: " + e.getMessage());
    }
  }

  /**
   * RFC 8259 allows no control character in a document except tab, line feed and carriage return
   * between tokens; Moshi's reader lets them through inside strings, so they are refused here.
   */
  private static void refuseControlCharacters(String text) {
    boolean inString = false;
    boolean escaped = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean whitespace = c == '\t' || c == '\n' || c == '\r';
      if (c < 0x20 && (inString || !whitespace)) {
        throw new InvalidJsonException(String.format("unescaped control character U+%04X at offset %d", (int) c, i));
      }
      if (escaped) {
        escaped = false;
      } else if (inString && c == '\\') {
        escaped = true;
      } else if (c == '"') {
        inString = !inString;
      }
    }
  }

  /** Parses text that must hold a JSON object. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(String text) {
    Object value = parse(text);
    if (!(value instanceof Map)) {
      throw new InvalidJsonException("expected a JSON object");
    }
    return (Map<String, Object>) value;
  }

  /** Why a piece of text is not the JSON it should be. */
  public static final class InvalidJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidJsonException(String reason) {
      super(reason, null, false, false);
    }
  }
}
