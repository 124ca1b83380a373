package io.taskrouter.sdk.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.taskrouter.sdk.model.ModelAdapters;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one Moshi configuration of the SDK: the generated streaming adapters of the models (no
 * reflection) plus {@code java.time} dates.
 */
public final class Moshis {
  /** Shared, immutable and thread-safe. */
  public static final Moshi MOSHI = new Moshi.Builder()
      .add(new ModelsOnly())
      .add(OffsetDateTime.class, new OffsetDateTimeAdapter().nullSafe())
      .build();

  private Moshis() {}

  /**
   * Moshi asks its factories about every type it meets (String, Integer, Map...), and the generated
   * factory compares the type with each model class in turn, loading every one of them on the first
   * call. Only the SDK's own classes are passed on to it: those its class loader loaded (a test by
   * name would break once R8 renames the models).
   */
  private static final class ModelsOnly implements JsonAdapter.Factory {
    private final @Nullable ClassLoader sdk = ModelAdapters.class.getClassLoader();

    @Override
    public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
      return type instanceof Class && ((Class<?>) type).getClassLoader() == sdk
          ? ModelAdapters.INSTANCE.create(type, annotations, moshi) : null;
    }
  }
}
