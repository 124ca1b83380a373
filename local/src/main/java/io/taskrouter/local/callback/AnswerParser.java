package io.taskrouter.local.callback;

import io.taskrouter.local.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a receiver's HTTP answer to an assignment callback the way TaskRouter does. The content
 * type is not checked: the service asks for {@code application/json}, but what decides is whether
 * the body is a JSON object.
 */
final class AnswerParser {
  static final String INSTRUCTION = "instruction";

  private AnswerParser() {}

  /** An instruction or "decide later"; {@link AssignmentAnswer.Failed} when unusable. */
  static AssignmentAnswer parse(int status, String body) {
    if (status < 200 || status > 299) {
      return new AssignmentAnswer.Failed("answered HTTP " + status);
    }
    String text = body.strip();
    if (text.isEmpty()) {
      return new AssignmentAnswer.DecideLater(null);
    }
    Map<String, Object> object;
    try {
      object = Json.parseObject(text);
    } catch (Json.InvalidJsonException e) {
      return new AssignmentAnswer.Failed("answer is not a JSON object (" + e.getMessage() + ")");
    }
    if (object.isEmpty()) {
      return new AssignmentAnswer.DecideLater(null);
    }
    if (!object.containsKey(INSTRUCTION)) {
      return new AssignmentAnswer.DecideLater(
          "warning 40005: the answer has members but no 'instruction'; waiting for a REST update");
    }
    @Nullable Object instruction = object.get(INSTRUCTION);
    if (!(instruction instanceof String)) {
      return new AssignmentAnswer.Failed("'instruction' is not a string");
    }
    Optional<AssignmentAnswer.Kind> kind = AssignmentAnswer.Kind.fromWire((String) instruction);
    if (kind.isEmpty()) {
      return new AssignmentAnswer.Failed("unknown instruction '" + instruction + "'");
    }
    Map<String, @Nullable Object> options = new LinkedHashMap<>(object);
    options.remove(INSTRUCTION);
    return new AssignmentAnswer.Instruction(kind.get(), options);
  }
}
