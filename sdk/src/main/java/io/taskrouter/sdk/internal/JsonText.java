package io.taskrouter.sdk.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Types;
import io.taskrouter.workflow.WorkflowConfiguration;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * JSON documents carried as text inside parameters and fields ({@code Attributes},
 * {@code Configuration}): written from Maps or objects, checked before sending, read back.
 */
public final class JsonText {
  private static final Type MAP_TYPE = Types.newParameterizedType(Map.class, String.class, Object.class);

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
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        throw new IllegalArgumentException(name + " must be a JSON object, but it starts with " + reader.peek());
      }
      reader.skipValue();
    } catch (IOException | JsonDataException e) {
      throw new IllegalArgumentException(name + " is not valid JSON: " + explain(e), e);
    }
    try {
      if (reader.peek() == JsonReader.Token.END_DOCUMENT) {
        return json;
      }
    } catch (IOException | JsonDataException trailingGarbage) {
      // Falls through: whatever follows the object, it should not be there.
    }
    throw new IllegalArgumentException(name + " must be a single JSON object, but more follows it");
  }

  /** Moshi's messages advise lenient parsing, which is not the caller's remedy. */
  private static String explain(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replace("Use JsonReader.setLenient(true) to accept malformed JSON", "malformed JSON")
        .replace("End of input", "the text ends too early");
  }

  /**
   * @param name the parameter's wire name, for messages
   * @param value a JSON object as text, a Map, or any object Moshi can write
   * @return the value as JSON text
   * @throws IllegalArgumentException naming the parameter when it cannot be written as a JSON object
   */
  @SuppressWarnings("unchecked")
  public static String writeObject(String name, Object value) {
    if (value instanceof String) {
      return requireObject(name, (String) value);
    }
    if (value instanceof WorkflowConfiguration) {
      return requireObject(name, ((WorkflowConfiguration) value).toJson());
    }
    if ("org.json.JSONObject".equals(value.getClass().getName())) {
      // Android's own JSON object writes itself; Moshi cannot see into it.
      return requireObject(name, value.toString());
    }
    String json;
    try {
      Class<?> type = value instanceof Map ? Map.class : value.getClass();
      json = ((JsonAdapter<Object>) Moshis.MOSHI.adapter(type)).toJson(value);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(name + " cannot be written as JSON: " + e.getMessage(), e);
    }
    return requireObject(name, json);
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
   */
  public static <T> @Nullable T read(String name, String json, Type type) {
    try {
      return Moshis.MOSHI.<T>adapter(type).fromJson(json);
    } catch (IOException | JsonDataException e) {
      throw new IllegalStateException(name + " cannot be read as " + type + ": " + e.getMessage(), e);
    }
  }
}
