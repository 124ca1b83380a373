package io.taskrouter.local.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskrouter.local.api.ApiException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the decoder does with constraints the spec can state but does not use today (defaults,
 * lengths), and the request shapes the spec-driven tables do not vary (header case, JSON types,
 * message quoting).
 */
class ParamDecoderTest {

  private static ParamDecoder form(Map<String, List<String>> form) {
    return new ParamDecoder(WireRequest.of(Map.of(), Map.of(), form, Map.of()));
  }

  @Test
  void aDefaultIsAppliedWhenTheParameterIsNotSentAndDecodedLikeASentValue() {
    ParamSpec timeout = ParamSpec.of("Timeout", ParamSpec.In.FORM, ParamSpec.Type.INT32).minimum(1).maximum(100)
        .defaultValue("60");
    ParamSpec order = ParamSpec.of("TaskOrder", ParamSpec.In.FORM, ParamSpec.Type.STRING).oneOf("FIFO", "LIFO")
        .defaultValue("FIFO");
    ParamSpec broken = ParamSpec.of("Broken", ParamSpec.In.FORM, ParamSpec.Type.INT32).maximum(5).defaultValue("6");

    assertThat(form(Map.of()).int32(timeout)).contains(60);
    assertThat(form(Map.of("Timeout", List.of("7"))).int32(timeout)).contains(7);
    assertThat(form(Map.of()).string(order)).contains("FIFO");
    assertThat(form(Map.of()).list(order.array(), String.class)).containsExactly("FIFO");
    // A default the spec's own bounds refuse is a spec bug, and says so rather than passing unchecked.
    assertThatThrownBy(() -> form(Map.of()).int32(broken)).hasMessageContaining("Broken must be at most 5, got 6");
  }

  @Test
  void commaSeparatedItemsAreTrimmedBlankOnesSkippedAndEachIsCheckedWithItsPosition() {
    ParamSpec splits = ParamSpec.of("SplitByWaitTime", ParamSpec.In.FORM, ParamSpec.Type.INT32).array()
        .commaSeparated(false).minimum(1);
    ParamSpec statuses = ParamSpec.of("AssignmentStatus", ParamSpec.In.FORM, ParamSpec.Type.STRING).array()
        .commaSeparated(true).oneOf("pending", "reserved", "assigned");

    assertThat(form(Map.of("SplitByWaitTime", List.of("5, 30,,60"))).list(splits, Integer.class))
        .containsExactly(5, 30, 60);
    assertThat(form(Map.of("SplitByWaitTime", List.of(""))).list(splits, Integer.class)).isEmpty();
    assertThatThrownBy(() -> form(Map.of("SplitByWaitTime", List.of("5,0"))).list(splits, Integer.class))
        .hasMessageContaining("SplitByWaitTime[1] must be at least 1, got 0");
    assertThatThrownBy(() -> form(Map.of("SplitByWaitTime", List.of("5", "30"))).list(splits, Integer.class))
        .hasMessageContaining("SplitByWaitTime takes one value (items separated by commas), got 2");
    // Repeated, comma-joined, or both.
    assertThat(form(Map.of("AssignmentStatus", List.of("pending,reserved", "assigned"))).list(statuses, String.class))
        .containsExactly("pending", "reserved", "assigned");
    assertThatThrownBy(() -> form(Map.of("AssignmentStatus", List.of("pending,done"))).list(statuses, String.class))
        .hasMessageContaining("AssignmentStatus[1]");
  }

  @Test
  void lengthsAreCountedInCharactersNotUtf16Units() {
    ParamSpec name = ParamSpec.of("FriendlyName", ParamSpec.In.FORM, ParamSpec.Type.STRING).minLength(2).maxLength(3);

    assertThat(form(Map.of("FriendlyName", List.of("\ud83d\ude00\ud83d\ude00\ud83d\ude00"))).string(name)).isPresent();
    assertThatThrownBy(() -> form(Map.of("FriendlyName", List.of("abcd"))).string(name))
        .hasMessage("FriendlyName must be at most 3 characters long, got 4");
    assertThatThrownBy(() -> form(Map.of("FriendlyName", List.of("a"))).string(name))
        .hasMessage("FriendlyName must be at least 2 characters long, got 1");
  }

  @Test
  void aRequiredValueMustNotBeEmptyAndAnOptionalStringMayBe() {
    ParamSpec required = ParamSpec.of("FriendlyName", ParamSpec.In.FORM, ParamSpec.Type.STRING).required();
    ParamSpec url = ParamSpec.of("EventCallbackUrl", ParamSpec.In.FORM, ParamSpec.Type.STRING).uri();

    assertThatThrownBy(() -> form(Map.of("FriendlyName", List.of(""))).string(required))
        .isInstanceOf(ApiException.class).hasMessage("FriendlyName is required in the post body and must not be empty");
    // An empty URL clears a callback.
    assertThat(form(Map.of("EventCallbackUrl", List.of(""))).string(url)).contains("");
  }

  @Test
  void booleansIgnoreAsciiCaseAndDatesMayBeDatesAlone() {
    ParamSpec flag = ParamSpec.of("Available", ParamSpec.In.FORM, ParamSpec.Type.BOOLEAN);
    ParamSpec start = ParamSpec.of("StartDate", ParamSpec.In.FORM, ParamSpec.Type.DATE_TIME);

    assertThat(form(Map.of("Available", List.of("True"))).bool(flag)).contains(true);
    assertThat(form(Map.of("Available", List.of("FALSE"))).bool(flag)).contains(false);
    assertThat(form(Map.of("StartDate", List.of("2026-11-24"))).dateTime(start))
        .contains(Instant.parse("2026-11-24T00:00:00Z"));
    assertThat(form(Map.of("StartDate", List.of("2026-11-24T17:00:00+02:00"))).dateTime(start))
        .contains(Instant.parse("2026-11-24T15:00:00Z"));
  }

  @Test
  void headersAreFoundWhateverTheCaseOfTheirName() {
    ParamSpec ifMatch = ParamSpec.of("If-Match", ParamSpec.In.HEADER, ParamSpec.Type.STRING);
    ParamDecoder in = new ParamDecoder(WireRequest.of(Map.of(), Map.of(), Map.of(), Map.of("if-match", List.of("\"3\""))));

    assertThat(in.string(ifMatch)).contains("\"3\"");
  }

  @Test
  void jsonValuesMustHaveTheSpecsJsonType() {
    ParamSpec sids = ParamSpec.of("queueSids", ParamSpec.In.JSON, ParamSpec.Type.STRING).array().required();
    ParamSpec count = ParamSpec.of("Count", ParamSpec.In.JSON, ParamSpec.Type.INT32);

    assertThat(json("{\"queueSids\":[\"a\",\"b\"],\"Count\":3}").list(sids, String.class)).containsExactly("a", "b");
    assertThat(json("{\"queueSids\":[],\"Count\":3}").int32(count)).contains(3);
    assertThatThrownBy(() -> json("{\"queueSids\":\"a\"}").list(sids, String.class))
        .hasMessage("queueSids must be a JSON array, got 'a'");
    assertThatThrownBy(() -> json("{\"queueSids\":[\"a\",7]}").list(sids, String.class))
        .hasMessage("queueSids[1] must be a JSON string, got 7");
    assertThatThrownBy(() -> json("{\"Count\":1.5}").int32(count)).hasMessageContaining("Count must be an integer");
    assertThatThrownBy(() -> json("{\"Count\":\"3\"}").int32(count)).hasMessage("Count must be an integer, got '3'");
  }

  private static ParamDecoder json(String body) {
    return new ParamDecoder(WireRequest.json(Map.of(), Map.of(), Map.of(), body));
  }

  @Test
  void aRefusedValueIsQuotedOnOneLineAndCutWhenLong() {
    ParamSpec priority = ParamSpec.of("Priority", ParamSpec.In.FORM, ParamSpec.Type.INT32);

    assertThatThrownBy(() -> form(Map.of("Priority", List.of("1\n2\u0000"))).int32(priority))
        .hasMessageEndingWith("got '1\\u000a2\\u0000'");
    assertThatThrownBy(() -> form(Map.of("Priority", List.of("9".repeat(20) + "x".repeat(200)))).int32(priority))
        .hasMessageEndingWith("... (220 characters)");
  }
}
