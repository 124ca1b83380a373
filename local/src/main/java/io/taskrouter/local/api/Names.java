package io.taskrouter.local.api;

import io.taskrouter.local.wire.ParamSpec;
import java.util.Optional;

/** A rule on names the spec cannot state as a bound. */
final class Names {
  private Names() {}

  /** An optional new name: when given it must not be blank (a name can be changed, not cleared). */
  static Optional<String> rename(ParamSpec param, Optional<String> value) {
    if (value.isPresent() && value.get().isBlank()) {
      throw References.invalid(param, "must not be empty");
    }
    return value;
  }
}
