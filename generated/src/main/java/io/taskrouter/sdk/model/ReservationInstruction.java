// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.model;


import org.jspecify.annotations.Nullable;

/**
 * Instruction that answers a pending Reservation: {@code accept} or {@code reject} it, or have TaskRouter {@code dequeue} the caller to the Worker, {@code call} the Worker, {@code redirect} the call, or join both in a {@code conference}.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of the SDK does not know yet (the API added
 * it later): a response carrying one still parses, and the value as sent is kept by the model.
 */
public enum ReservationInstruction {

  /** The value {@code "accept"}. */
  ACCEPT("accept"),

  /** The value {@code "reject"}. */
  REJECT("reject"),

  /** The value {@code "dequeue"}. */
  DEQUEUE("dequeue"),

  /** The value {@code "call"}. */
  CALL("call"),

  /** The value {@code "redirect"}. */
  REDIRECT("redirect"),

  /** The value {@code "conference"}. */
  CONFERENCE("conference"),

  /** A value this version of the SDK does not know. Never sent: the SDK refuses it as a parameter. */
  UNKNOWN(null);

  private final @Nullable String value;

  ReservationInstruction(@Nullable String value) {
    this.value = value;
  }

  /** @return the value as the API writes it, or null for {@link #UNKNOWN} */
  public @Nullable String value() {
    return value;
  }

  /**
   * Reads a value as the API writes it.
   *
   * @param value the wire value
   * @return the constant, or {@link #UNKNOWN} when the value is null or not known
   */
  public static ReservationInstruction fromValue(@Nullable String value) {
    for (ReservationInstruction candidate : values()) {
      if (candidate.value != null && candidate.value.equals(value)) {
        return candidate;
      }
    }
    return UNKNOWN;
  }

  /** @return the wire value, which is what goes into a query string or a form */
  @Override
  public String toString() {
    return value != null ? value : name();
  }
}

