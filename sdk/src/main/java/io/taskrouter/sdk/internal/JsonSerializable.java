package io.taskrouter.sdk.internal;

/** A value that writes itself as a JSON object, such as a typed workflow configuration. */
public interface JsonSerializable {
  /** @return the value as JSON text */
  String toJson();
}
