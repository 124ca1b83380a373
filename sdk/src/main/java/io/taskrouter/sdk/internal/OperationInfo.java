package io.taskrouter.sdk.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the spec says of an operation, put on each generated Retrofit method so that the facade can
 * read it from the request (through Retrofit's {@code Invocation} tag) instead of restating it per
 * operation: its id for messages and logs, and whether sending it twice is harmless.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OperationInfo {
  /** @return the operation id of the spec, such as {@code CreateTask} */
  String id();

  /** @return true when repeating the request cannot change the outcome (GET, DELETE) */
  boolean idempotent();
}
