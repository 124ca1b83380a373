package io.taskrouter.sdk.internal;

import com.squareup.moshi.Moshi;
import java.time.OffsetDateTime;

/** The one Moshi configuration of the SDK: the models' adapters plus {@code java.time} dates. */
public final class Moshis {
  /** Shared, immutable and thread-safe. */
  public static final Moshi MOSHI = new Moshi.Builder()
      .add(OffsetDateTime.class, new OffsetDateTimeAdapter().nullSafe())
      .build();

  private Moshis() {}
}
