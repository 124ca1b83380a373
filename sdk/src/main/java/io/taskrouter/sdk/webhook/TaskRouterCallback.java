package io.taskrouter.sdk.webhook;

import io.taskrouter.sdk.internal.JsonText;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What assignment and event callbacks have in common: the form parameters TaskRouter POSTs, read
 * by name. Every getter returns null (or an empty map) when its parameter is absent, and every
 * parameter, known to this SDK or not, stays readable through {@link #getParameter(String)} and
 * {@link #getParameters()}: a parameter the service adds later never breaks parsing.
 */
public abstract class TaskRouterCallback {
  private final FormParameters params;

  /** "assignment" or "event": the kind of callback, for the message of a missing parameter. */
  private final String kind;

  TaskRouterCallback(FormParameters params, String kind) {
    this.params = params;
    this.kind = kind;
  }

  /**
   * @param name a parameter name as sent, e.g. {@code TaskChannelUniqueName}
   * @return its first value, or null when absent
   */
  public @Nullable String getParameter(String name) {
    return params.first(name);
  }

  /** @return every parameter as received, repeated names included */
  public FormParameters getParameters() {
    return params;
  }

  /**
   * @return {@code AccountSid}, which every callback carries
   * @throws IllegalStateException if the callback has no {@code AccountSid}
   */
  public String getAccountSid() {
    return sentWithEvery("AccountSid");
  }

  /**
   * @return {@code WorkspaceSid}, which every callback carries: pass it straight into
   *     {@code client.workspace(...)}
   * @throws IllegalStateException if the callback has no {@code WorkspaceSid}
   */
  public String getWorkspaceSid() {
    return sentWithEvery("WorkspaceSid");
  }

  /** @return {@code Timestamp} exactly as sent */
  public @Nullable String getTimestamp() {
    return params.first("Timestamp");
  }

  /**
   * @return {@code Timestamp} read as an instant: Unix seconds (fractions allowed) or ISO 8601;
   *     null when absent or in neither form
   */
  public @Nullable Instant getTimestampAsInstant() {
    String text = getTimestamp();
    if (text == null) {
      return null;
    }
    if (text.matches("\\d{1,12}(\\.\\d{1,9})?")) {
      int dot = text.indexOf('.');
      long seconds = Long.parseLong(dot < 0 ? text : text.substring(0, dot));
      String fraction = dot < 0 ? "" : text.substring(dot + 1);
      long nanos = fraction.isEmpty() ? 0 : Long.parseLong((fraction + "00000000").substring(0, 9));
      return Instant.ofEpochSecond(seconds, nanos);
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notIso) {
      return null;
    }
  }

  /** @return {@code TaskSid} */
  public @Nullable String getTaskSid() {
    return params.first("TaskSid");
  }

  /** @return {@code TaskAttributes}: the task's attributes as JSON text */
  public @Nullable String getTaskAttributes() {
    return params.first("TaskAttributes");
  }

  /**
   * @return {@code TaskAttributes} read as a JSON object (numbers as Double), empty when absent
   * @throws IllegalStateException naming the parameter when it is not a JSON object
   */
  public Map<String, Object> getTaskAttributesAsMap() {
    return asMap("TaskAttributes");
  }

  /**
   * @param type a class of yours Moshi can read
   * @param <T> the type
   * @return {@code TaskAttributes} read as that type, or null when absent
   */
  public <T> @Nullable T getTaskAttributesAs(Class<T> type) {
    return as("TaskAttributes", type);
  }

  /** @return {@code TaskAge} in seconds, or null when absent or not an integer */
  public @Nullable Integer getTaskAge() {
    return integer("TaskAge");
  }

  /** @return {@code TaskPriority}, or null when absent or not an integer */
  public @Nullable Integer getTaskPriority() {
    return integer("TaskPriority");
  }

  /** @return {@code TaskQueueSid} */
  public @Nullable String getTaskQueueSid() {
    return params.first("TaskQueueSid");
  }

  /** @return {@code WorkflowSid} */
  public @Nullable String getWorkflowSid() {
    return params.first("WorkflowSid");
  }

  /** @return {@code ReservationSid} */
  public @Nullable String getReservationSid() {
    return params.first("ReservationSid");
  }

  /** @return {@code WorkerSid} */
  public @Nullable String getWorkerSid() {
    return params.first("WorkerSid");
  }

  /** @return {@code WorkerAttributes}: the worker's attributes as JSON text */
  public @Nullable String getWorkerAttributes() {
    return params.first("WorkerAttributes");
  }

  /**
   * @return {@code WorkerAttributes} read as a JSON object (numbers as Double), empty when absent
   * @throws IllegalStateException naming the parameter when it is not a JSON object
   */
  public Map<String, Object> getWorkerAttributesAsMap() {
    return asMap("WorkerAttributes");
  }

  /**
   * @param type a class of yours Moshi can read
   * @param <T> the type
   * @return {@code WorkerAttributes} read as that type, or null when absent
   */
  public <T> @Nullable T getWorkerAttributesAs(Class<T> type) {
    return as("WorkerAttributes", type);
  }

  /**
   * A parameter TaskRouter sends with every callback of this kind: one missing means the body is not
   * such a callback (or a test built it from a few parameters), which a null would only hide.
   */
  final String sentWithEvery(String name) {
    String value = getParameter(name);
    if (value == null || value.isEmpty()) {
      throw new IllegalStateException(getClass().getSimpleName() + " has no " + name + ": TaskRouter sends it"
          + " with every " + kind + "; is this body an " + kind + " callback?");
    }
    return value;
  }

  final @Nullable Integer integer(String name) {
    Long value = longInteger(name);
    return value == null || value != value.intValue() ? null : value.intValue();
  }

  final @Nullable Long longInteger(String name) {
    String text = params.first(name);
    if (text == null) {
      return null;
    }
    try {
      return Long.valueOf(text.trim());
    } catch (NumberFormatException notAnInteger) {
      return null;
    }
  }

  final @Nullable Boolean bool(String name) {
    String text = params.first(name);
    return text == null ? null : Boolean.valueOf(text.trim());
  }

  private Map<String, Object> asMap(String name) {
    String json = params.first(name);
    return json == null || json.isEmpty() ? Collections.<String, Object>emptyMap() : JsonText.readMap(name, json);
  }

  private <T> @Nullable T as(String name, Class<T> type) {
    String json = params.first(name);
    return json == null || json.isEmpty() ? null : JsonText.<T>read(name, json, type);
  }
}
