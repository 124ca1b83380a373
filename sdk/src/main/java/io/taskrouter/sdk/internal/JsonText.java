package io.taskrouter.sdk.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.taskrouter.workflow.WorkflowConfiguration;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * JSON documents carried as text inside parameters and fields ({@code Attributes},
 * {@code Configuration}): written from Maps or objects, checked before sending, read back.
 */
public final class JsonText {
  private static final Type MAP_TYPE = Types.newParameterizedType(Map.class, String.class, Object.class);
  /** The SDK's Moshi, refusing what the caller would not mean ({@link WritableTypes}): for writing only. */
  private static final Moshi WRITER = Moshis.MOSHI.newBuilder().add(new WritableTypes()).build();

  private JsonText() {}

  /**
   * @param name the parameter's wire name, for messages
   * @param json text that must be one JSON object
   * @return the text, unchanged
   * @throws IllegalArgumentException naming the parameter when the text is not a JSON object
   */
  public static String requireObject(String name, String json) {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
    try {
      JsonReader.Token first = reader.peek();
      if (first != JsonReader.Token.BEGIN_OBJECT) {
        throw new IllegalArgumentException(name + " must be a JSON object, got " + describe(first) + ": "
            + Shown.text(json));
      }
      reader.skipValue();
    } catch (IOException | JsonDataException e) {
      throw new IllegalArgumentException(name + " must be a JSON object, got text that is not valid JSON ("
          + explain(e) + "): " + Shown.text(json), e);
    }
    try {
      if (reader.peek() == JsonReader.Token.END_DOCUMENT) {
        return json;
      }
    } catch (IOException | JsonDataException trailingGarbage) {
      // Falls through: whatever follows the object, it should not be there.
    }
    throw new IllegalArgumentException(name + " must be a single JSON object, got more text after it: "
        + Shown.text(json));
  }

  private static String describe(JsonReader.Token token) {
    switch (token) {
      case BEGIN_ARRAY: return "a JSON array";
      case STRING: return "a JSON string";
      case NUMBER: return "a JSON number";
      case BOOLEAN: return "a JSON boolean";
      case NULL: return "JSON null";
      default: return "no JSON value";
    }
  }

  /** Moshi's messages advise lenient parsing, which is not the caller's remedy. */
  private static String explain(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replace("Use JsonReader.setLenient(true) to accept malformed JSON", "malformed JSON")
        .replace("End of input", "the text ends too early");
  }

  /**
   * Writes a value that must become exactly one JSON object. Everything that would not is refused
   * here, before sending, with the reason and the caller's remedy rather than Moshi's (whose advice
   * is for whoever configures Moshi, and the SDK's Moshi is not the caller's to configure).
   *
   * @param name the parameter's wire name, for messages
   * @param value a JSON object as text, a Map with String keys, or an object with fields that Moshi
   *     writes (a public record, a static class of the application's own)
   * @return the value as JSON text
   * @throws IllegalArgumentException naming the parameter when it cannot be written as a JSON object
   */
  @SuppressWarnings("unchecked")
  public static String writeObject(String name, Object value) {
    if (value instanceof CharSequence) {
      return requireObject(name, value.toString());
    }
    if (value instanceof WorkflowConfiguration) {
      return requireObject(name, ((WorkflowConfiguration) value).toJson());
    }
    if ("org.json.JSONObject".equals(value.getClass().getName())) {
      // Android's own JSON object writes itself; Moshi cannot see into it.
      return requireObject(name, value.toString());
    }
    String keyProblem = value instanceof Map ? WritableTypes.keyProblem((Map<?, ?>) value) : null;
    if (keyProblem != null) {
      throw new IllegalArgumentException(name + " cannot be written as JSON: the value " + keyProblem);
    }
    String notAnObject = notAnObject(value);
    if (notAnObject != null) {
      throw new IllegalArgumentException(name + " must be one JSON object (a Map, JSON text or an object with"
          + " fields), got " + notAnObject);
    }
    String json;
    try {
      Class<?> type = value instanceof Map ? Map.class : value.getClass();
      json = ((JsonAdapter<Object>) WRITER.adapter(type)).toJson(value);
    } catch (WritableTypes.Refused refused) {
      String subject = refused.field != null ? "its field " + refused.field
          : refused.type == value.getClass() ? "the value" : "it holds a value that";
      throw new IllegalArgumentException(name + " cannot be written as JSON: " + subject + " "
          + refused.getMessage(), refused);
    } catch (JsonDataException e) {
      if (String.valueOf(e.getMessage()).startsWith("Nesting too deep")) {
        throw new IllegalArgumentException(name + " cannot be written as JSON: it nests more than 255 levels"
            + " deep; does it contain itself?", e);
      }
      throw cannotWrite(name, value, e);
    } catch (IllegalArgumentException e) {
      if (String.valueOf(e.getMessage()).startsWith("Numeric values must be finite")) {
        throw new IllegalArgumentException(name + " cannot be written as JSON: it holds NaN or an infinite"
            + " number, which JSON has no way to write", e);
      }
      throw cannotWrite(name, value, e);
    } catch (RuntimeException | AssertionError e) {
      // AssertionError: how Moshi's reflective adapters report a member they may not access.
      throw cannotWrite(name, value, e);
    }
    return requireObject(name, json);
  }

  private static IllegalArgumentException cannotWrite(String name, Object value, Throwable e) {
    return new IllegalArgumentException(name + " cannot be written as JSON: Moshi failed on "
        + WritableTypes.a(value.getClass().getName()) + " (" + e.getClass().getSimpleName() + ", see the cause);"
        + " pass a Map or JSON text", e);
  }

  /** @return what the value is when it can only ever be a JSON array, string, number or boolean */
  private static @Nullable String notAnObject(Object value) {
    String kind;
    String becomes;
    if (value instanceof Iterable) {
      kind = value instanceof List ? "a List" : value instanceof Set ? "a Set" : "a collection";
      becomes = "a JSON array; put it in a Map under a name";
    } else if (value.getClass().isArray()) {
      kind = "an array";
      becomes = "a JSON array; put it in a Map under a name";
    } else if (value instanceof Number || value instanceof Boolean) {
      kind = value instanceof Number ? "a number" : "a boolean";
      becomes = "a JSON " + (value instanceof Number ? "number" : "boolean") + "; put it in a Map under a name";
    } else if (value instanceof Character || value instanceof Enum) {
      kind = value instanceof Character ? "a character" : "an enum constant";
      becomes = "a JSON string; put it in a Map under a name";
    } else {
      return null;
    }
    String shown = value.getClass().isArray() ? value.getClass().getComponentType().getSimpleName() + "[]"
        : Shown.text(String.valueOf(value));
    return kind + " (" + shown + "), which would be " + becomes;
  }

  /** {@code Type.getTypeName()} is not on Android 26: a class by its name, any other type as it prints. */
  private static String typeName(Type type) {
    return type instanceof Class ? ((Class<?>) type).getName() : type.toString();
  }

  /**
   * @param name the field's wire name, for messages
   * @param json a JSON object as text
   * @return the object as a Map
   */
  public static Map<String, Object> readMap(String name, String json) {
    Map<String, Object> map = read(name, json, MAP_TYPE);
    if (map == null) {
      throw new IllegalStateException(name + " holds JSON null, not an object");
    }
    return map;
  }

  /**
   * @param name the field's wire name, for messages
   * @param json JSON text
   * @param type what to read it as
   * @param <T> the type
   * @return the value
   * @throws IllegalArgumentException naming the field when the SDK's Moshi cannot read that type (a
   *     Kotlin class without a generated adapter, a record that is not public...), with the remedy
   * @throws IllegalStateException naming the field when the text does not fit the type
   */
  public static <T> @Nullable T read(String name, String json, Type type) {
    JsonAdapter<T> adapter;
    try {
      adapter = Moshis.MOSHI.adapter(type);
    } catch (IllegalArgumentException | AssertionError noAdapter) {
      // The caller's type, not the answer, is wrong; Moshi's own words advise configuring Moshi.
      throw new IllegalArgumentException(name + " cannot be read as " + typeName(type) + ": "
          + WritableTypes.unreadable(Types.getRawType(type)), noAdapter);
    }
    try {
      return adapter.fromJson(json);
    } catch (IOException | JsonDataException e) {
      throw new IllegalStateException(name + " cannot be read as " + typeName(type) + ": " + e.getMessage(), e);
    }
  }
}
