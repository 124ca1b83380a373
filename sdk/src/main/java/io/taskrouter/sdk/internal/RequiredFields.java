package io.taskrouter.sdk.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import org.jspecify.annotations.Nullable;

/**
 * The check the generated model adapters run on the fields a schema lists as {@code required}: the
 * service always sends them, so their getters are non-null, and an object without one is not the
 * JSON this SDK expects. The {@link JsonDataException} becomes a {@code ResponseFormatException},
 * which is never retried.
 */
public final class RequiredFields {
  private RequiredFields() {}

  /**
   * Called inside the object, after its last field and before {@code endObject()}, so that the
   * reader's path still names the object.
   *
   * @param reader the reader of the object
   * @param value the field's value, null when it was absent or JSON null
   * @param model the model's name, e.g. {@code Workspace}
   * @param field the field's wire name, e.g. {@code sid}
   * @throws JsonDataException when the value is null
   */
  public static void check(JsonReader reader, @Nullable Object value, String model, String field) {
    if (value == null) {
      throw new JsonDataException(model + " response has no \"" + field + "\" (the object at "
          + objectPath(reader.getPath()) + ")");
    }
  }

  /** {@code $.tasks[0].links} (the name last read in the object) to {@code $.tasks[0]}. */
  private static String objectPath(String path) {
    int dot = path.lastIndexOf('.');
    return dot > 0 ? path.substring(0, dot) : "$";
  }
}
