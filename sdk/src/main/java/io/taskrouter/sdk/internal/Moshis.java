package io.taskrouter.sdk.internal;

import com.squareup.moshi.Moshi;
import io.taskrouter.sdk.model.ModelAdapters;
import java.time.OffsetDateTime;

/**
 * The one Moshi configuration of the SDK: the generated streaming adapters of the models (no
 * reflection) plus {@code java.time} dates.
 */
public final class Moshis {
  /** Shared, immutable and thread-safe. */
  public static final Moshi MOSHI = new Moshi.Builder()
      .add(ModelAdapters.INSTANCE)
      .add(OffsetDateTime.class, new OffsetDateTimeAdapter().nullSafe())
      .build();

  private Moshis() {}
}
