package io.taskrouter.sdk;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskrouter.sdk.internal.Checks;
import io.taskrouter.sdk.internal.JsonText;
import io.taskrouter.sdk.model.QueueOrder;
import io.taskrouter.sdk.model.ReservationStatus;
import io.taskrouter.sdk.model.TaskStatus;
import io.taskrouter.sdk.webhook.WebhookValidator;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per kind of refusal: the exact message, which names the parameter, says what was
 * expected and shows what was given (credentials hidden). Whether a refusal happens before sending
 * is {@link RefusalTest}'s; this table is about the words.
 */
class MessagesTest {
  private static final String WS = "WS0123456789abcdef0123456789abcdef";
  private static final String WK = "WK0123456789abcdef0123456789abcdef";
  private static final String TOKEN = "0123456789abcdef0123456789abcdef";
  private static final String SID = "^WS[0-9a-fA-F]{32}$";

  record PackagePrivateRecord(String type) {}

  public record PublicRecordWithoutComponents() {}

  public static final class NoFields {
    static final String CONSTANT = "static fields are not written";
    transient String cached = "nor transient ones";
  }

  public static final class WithDate {
    public final Date when = new Date(0);
  }

  public static final class HoldsWithDate {
    public final WithDate inner = new WithDate();
  }

  public static final class Loop {
    public Loop next = this;
  }

  /** What the Kotlin compiler puts on every class; by name, as the SDK has no Kotlin dependency. */
  @kotlin.Metadata
  public static final class KotlinLike {
    public final String type = "call";
  }

  public final class Inner {
    public final String type = "call";
  }

  static Stream<Arguments> refusals() {
    Map<Object, Object> numberKey = new HashMap<>();
    numberKey.put(1, "one");
    Object anonymous = new Object() {
      @SuppressWarnings("unused")
      public final String type = "call";
    };
    return Stream.of(
        row("missing", () -> Checks.required("FriendlyName", null), "FriendlyName is required, got null"),
        row("empty", () -> Checks.required("FriendlyName", ""),
            "FriendlyName is required and must not be empty, got \"\""),
        row("blank, escaped", () -> Checks.notBlank("authToken", " \t"), "authToken must not be blank, got \" \\t\""),
        row("SID of another kind", () -> Checks.pattern("WorkspaceSid", WK, SID),
            "WorkspaceSid must be a workspace SID (\"WS\" and 32 hex digits), got a worker SID: \"" + WK + "\""),
        row("an, by pronunciation", () -> Checks.pattern("Sid", WS, "^WA[0-9a-fA-F]{32}$"),
            "Sid must be an activity SID (\"WA\" and 32 hex digits), got a workspace SID: \"" + WS + "\""),
        row("lower-case prefix", () -> Checks.pattern("WorkspaceSid", "ws" + WS.substring(2), SID),
            "WorkspaceSid must be a workspace SID (\"WS\" and 32 hex digits), got \"ws" + WS.substring(2)
                + "\", whose prefix must be upper-case \"WS\""),
        row("wrong length", () -> Checks.pattern("WorkspaceSid", "WS0123", SID),
            "WorkspaceSid must be a workspace SID (\"WS\" and 32 hex digits), got 6 characters: \"WS0123\""),
        row("not hex", () -> Checks.pattern("WorkspaceSid", WS.substring(0, 33) + "z", SID),
            "WorkspaceSid must be a workspace SID (\"WS\" and 32 hex digits), got \"" + WS.substring(0, 33)
                + "z\", whose character 34 ('z') is not a hex digit"),
        row("unknown prefix", () -> Checks.pattern("Sid", "XY" + WS.substring(2), "^FA[0-9a-fA-F]{32}$"),
            "Sid must be an FA SID (\"FA\" and 32 hex digits), got an XY SID: \"XY" + WS.substring(2) + "\""),
        row("auth token where the account SID goes: hidden",
            () -> TaskRouter.builder().credentials(TOKEN, "ACsecret"),
            "accountSid must be an account SID (\"AC\" and 32 hex digits), got 32 characters starting \"0123\""
                + " (the rest is hidden: it may be a secret)"),
        row("other pattern", () -> Checks.pattern("Code", "a b", "^[a-z]+$"), "Code must match ^[a-z]+$, got \"a b\""),
        row("a secret's value: hidden", () -> Checks.pattern("ConferenceRecordingPassword", "hunter2!", "^[a-z]+$"),
            "ConferenceRecordingPassword must match ^[a-z]+$, got 8 characters starting \"hu\" (the rest is hidden:"
                + " it may be a secret)"),
        row("too long", () -> Checks.maxLength("FriendlyName", "é".repeat(65), 64),
            "FriendlyName must be at most 64 characters, got 65 characters: \"" + "é".repeat(40) + "\"..."),
        row("out of range", () -> Checks.range("PageSize", 0, 1, 1000), "PageSize must be between 1 and 1000, got 0"),
        row("UNKNOWN constant", () -> Checks.known("TaskOrder", QueueOrder.UNKNOWN),
            "TaskOrder must be one of FIFO, LIFO, got UNKNOWN, which stands for values this SDK does not know"
                + " and cannot be sent"),
        row("a constant the parameter does not take", () -> Checks.oneOf("AssignmentStatus", TaskStatus.PENDING,
            "canceled", "wrapping", "completed"), "AssignmentStatus must be one of canceled, wrapping, completed,"
                + " got PENDING"),
        row("UNKNOWN where a subset is allowed", () -> Checks.oneOf("ReservationStatus", ReservationStatus.UNKNOWN,
            "accepted", "rejected"), "ReservationStatus must be one of accepted, rejected, got UNKNOWN, which"
                + " stands for values this SDK does not know and cannot be sent"),
        row("an empty list", () -> Checks.atLeastOne("SplitByWaitTime", List.of()),
            "SplitByWaitTime must have at least one value, got none; give at least one value, or leave it unset"),
        row("expression", () -> Checks.expression("TargetWorkers", "skills HAS", "worker"),
            "TargetWorkers must be a valid expression on worker attributes, got an error at position 10: expected"
                + " a value after 'HAS' but found end of input\n  skills HAS\n            ^"),
        row("null in a list", () -> Checks.listItems("QueueSids", java.util.Arrays.asList(WS, null)),
            "QueueSids[1] must not be null"),
        row("workflow configuration", () -> Checks.document("Configuration", "{\"task_routing\":{}}",
            "workflow-configuration"), "Configuration is not a valid workflow configuration: $.task_routing: a"
                + " workflow configuration needs at least one filter or a default_filter"),
        row("JSON text, invalid", () -> JsonText.requireObject("Attributes", "{\"type\": "),
            "Attributes must be a JSON object, got text that is not valid JSON (the text ends too early):"
                + " \"{\\\"type\\\": \""),
        row("JSON text, an array", () -> JsonText.requireObject("Attributes", "[1,2]"),
            "Attributes must be a JSON object, got a JSON array: \"[1,2]\""),
        row("JSON text, two objects", () -> JsonText.requireObject("Attributes", "{} {}"),
            "Attributes must be a single JSON object, got more text after it: \"{} {}\""),
        row("a List", () -> JsonText.writeObject("Attributes", List.of(1)),
            "Attributes must be one JSON object (a Map, JSON text or an object with fields), got a List (\"[1]\"),"
                + " which would be a JSON array; put it in a Map under a name"),
        row("a number", () -> JsonText.writeObject("Attributes", 7),
            "Attributes must be one JSON object (a Map, JSON text or an object with fields), got a number (\"7\"),"
                + " which would be a JSON number; put it in a Map under a name"),
        row("new Object()", () -> JsonText.writeObject("Attributes", new Object()),
            "Attributes cannot be written as JSON: the value is a java.lang.Object, which has no fields and would"
                + " be sent as {}; pass an empty Map to send {}"),
        row("new Object(), in a Map", () -> JsonText.writeObject("Attributes", Map.of("a", new Object())),
            "Attributes cannot be written as JSON: it holds a value that is a java.lang.Object, which has no fields"
                + " and would be sent as {}; pass an empty Map to send {}"),
        row("a class without fields", () -> JsonText.writeObject("Attributes", new NoFields()),
            "Attributes cannot be written as JSON: the value is an io.taskrouter.sdk.MessagesTest$NoFields, which"
                + " has no fields Moshi writes (static and transient ones are skipped) and would be sent as {};"
                + " give it fields, or pass an empty Map to send {}"),
        row("a record without components", () -> JsonText.writeObject("Attributes", new PublicRecordWithoutComponents()),
            "Attributes cannot be written as JSON: the value is an io.taskrouter.sdk.MessagesTest"
                + "$PublicRecordWithoutComponents, which has no fields Moshi writes (static and transient ones are"
                + " skipped) and would be sent as {}; give it fields, or pass an empty Map to send {}"),
        row("a record that is not public",
            () -> JsonText.writeObject("Attributes", new PackagePrivateRecord("call")),
            "Attributes cannot be written as JSON: the value is an io.taskrouter.sdk.MessagesTest"
                + "$PackagePrivateRecord, a record that is not public, whose components Moshi may not read;"
                + " make it public, or pass a Map"),
        row("a Kotlin class", () -> JsonText.writeObject("Attributes", new KotlinLike()),
            "Attributes cannot be written as JSON: the value is an io.taskrouter.sdk.MessagesTest$KotlinLike,"
                + " a Kotlin class, which Moshi writes only with the adapters of moshi-kotlin (which this SDK does"
                + " not include) or of moshi-kotlin-codegen; annotate it with @JsonClass(generateAdapter = true)"
                + " and use moshi-kotlin-codegen, or pass a Map or JSON text"),
        row("an anonymous class", () -> JsonText.writeObject("Attributes", anonymous),
            "Attributes cannot be written as JSON: the value is an io.taskrouter.sdk.MessagesTest$1, an anonymous"
                + " or local class, which Moshi does not write; use a named static class, a Map or JSON text"),
        row("an inner class", () -> JsonText.writeObject("Attributes", new MessagesTest().new Inner()),
            "Attributes cannot be written as JSON: the value is an io.taskrouter.sdk.MessagesTest$Inner, an inner"
                + " class (it holds its outer instance), which Moshi does not write; make it a static nested class"),
        row("a platform type, in a field of a field", () -> JsonText.writeObject("Attributes", new HoldsWithDate()),
            "Attributes cannot be written as JSON: its field WithDate.when is a java.util.Date, a platform type"
                + " that this SDK's Moshi has no adapter for; store it as a String or a number"),
        row("a platform type, in a Map", () -> JsonText.writeObject("Attributes", Map.of("t", Thread.currentThread())),
            "Attributes cannot be written as JSON: it holds a value that is a java.lang.Thread, a platform type"
                + " that this SDK's Moshi has no adapter for; store it as a String or a number"),
        row("a key that is not text", () -> JsonText.writeObject("Attributes", numberKey),
            "Attributes cannot be written as JSON: the value is a Map with the key 1 (a java.lang.Integer), and"
                + " JSON names are text; use String keys"),
        row("a cycle", () -> JsonText.writeObject("Attributes", new Loop()),
            "Attributes cannot be written as JSON: it nests more than 255 levels deep; does it contain itself?"),
        row("NaN", () -> JsonText.writeObject("Attributes", Map.of("score", Double.NaN)),
            "Attributes cannot be written as JSON: it holds NaN or an infinite number, which JSON has no way to"
                + " write"),
        row("read as a record that is not public",
            () -> JsonText.read("attributes", "{\"type\":\"call\"}", PackagePrivateRecord.class),
            "attributes cannot be read as io.taskrouter.sdk.MessagesTest$PackagePrivateRecord: it is a record that"
                + " is not public, whose constructor Moshi may not call; make it public, or read it as a Map"),
        row("read as a Kotlin class", () -> JsonText.read("TaskAttributes", "{\"type\":\"call\"}", KotlinLike.class),
            "TaskAttributes cannot be read as io.taskrouter.sdk.MessagesTest$KotlinLike: it is a Kotlin class, which"
                + " Moshi reads only with the adapters of moshi-kotlin (which this SDK does not include) or of"
                + " moshi-kotlin-codegen; annotate it with @JsonClass(generateAdapter = true) and use"
                + " moshi-kotlin-codegen, or read it as a Map"),
        row("read as a platform type", () -> JsonText.read("attributes", "{}", Date.class),
            "attributes cannot be read as java.util.Date: it is a platform type that this SDK's Moshi has no adapter"
                + " for; read it as a Map"),
        row("base URL, user info hidden", () -> TaskRouter.builder().baseUrl("https://user:pass@ho st/"),
            "baseUrl must be an http or https URL, got \"https://****@ho st/\""),
        row("negative duration", () -> TaskRouter.builder().connectTimeout(Duration.ofSeconds(-1)),
            "connectTimeout must be zero or positive, got PT-1S"),
        row("header the SDK sets", () -> RequestOptions.builder().header("authorization", "Basic x"),
            "header name must not be one the SDK sets (Authorization, User-Agent, Accept), got \"authorization\""),
        row("header value with a line break: not shown",
            () -> RequestOptions.builder().header("X-Api-Key", "secret\nInjected: 1"),
            "header X-Api-Key must hold printable ASCII characters and tabs only, got U+000A at character 7 of 18"),
        row("retry attempts", () -> RetryPolicy.builder().maxAttempts(0),
            "maxAttempts must be between 1 and 10, got 0"),
        row("limit", () -> new ResourceList<>(null, null, 50, Long.MAX_VALUE).limit(-1), "limit must be zero or positive, got -1"),
        row("webhook URL", () -> WebhookValidator.forAuthToken(TOKEN).withPublicUrl("https://u:p@example.com/?a=1"),
            "publicBaseUrl must be a base URL without query or fragment, got \"https://****@example.com/?a=1\""));
  }

  private static Arguments row(String kind, ThrowingCallable refused, String message) {
    return Arguments.of(kind, refused, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void saysWhatWasExpectedAndWhatWasGiven(String kind, ThrowingCallable refused, String message) {
    assertThatThrownBy(refused).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }
}
