package io.taskrouter.codegen;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One parameter as the local server decodes it: a component of the operation's request record, a
 * {@code ParamSpec} constant holding every constraint the spec gives, and the expression that
 * decodes it. Names and flags come from the SDK's {@link ParamView} where there is one (every
 * parameter but the properties of a JSON body).
 */
public final class ServerParamView {
  public final String wireName;
  /** Name of the record component. */
  public final String name;
  /** Name of the ParamSpec constant. */
  public final String constant;
  /** Type of the record component. */
  public final String javaType;
  /** Java expression building the ParamSpec. */
  public final String spec;
  /** Java expression decoding the value from a ParamDecoder named {@code in}. */
  public final String decode;
  public final String description;
  public final boolean required;

  @SuppressWarnings("rawtypes")
  ServerParamView(String wireName, String javaName, String location, boolean required, Schema raw,
      Boolean explode, String description, ServerTypes types) {
    this.wireName = wireName;
    this.name = javaName;
    this.constant = javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    this.required = required;
    this.description = description == null || description.isEmpty() ? "{@code " + wireName + "}." : description;

    Schema resolved = types.resolve(raw);
    boolean array = ServerTypes.isArray(resolved);
    Schema value = array ? types.resolve(resolved.getItems()) : resolved;
    // x-server-boolean: lenient is the one flag the service reads loosely (true, 1, yes).
    Object serverBoolean = extension(raw, value, "x-server-boolean");
    String kind = serverBoolean != null ? "BOOLEAN" : types.scalarKind(value);
    // A default may sit beside a $ref (the parser keeps it on the referring schema).
    Object defaultValue = raw.getDefault() != null ? raw.getDefault() : resolved.getDefault();

    StringBuilder spec = new StringBuilder("ParamSpec.of(").append(Names.javaString(wireName))
        .append(", ParamSpec.In.").append(location).append(", ParamSpec.Type.").append(kind).append(')');
    if (required) {
      spec.append(".required()");
    }
    if (array) {
      spec.append(".array()");
      appendInt(spec, "minItems", resolved.getMinItems());
      appendInt(spec, "maxItems", resolved.getMaxItems());
      // explode: false is the comma-joined form only; x-server-comma-joined accepts it beside repetition.
      if (Boolean.FALSE.equals(explode)) {
        spec.append(".commaSeparated(false)");
      } else if (extension(raw, value, "x-server-comma-joined") != null) {
        spec.append(".commaSeparated(true)");
      }
    }
    if (value.getPattern() != null) {
      spec.append(".pattern(").append(Names.javaString(value.getPattern())).append(')');
    }
    List<?> enumValues = value.getEnum();
    if (enumValues != null && !enumValues.isEmpty()) {
      spec.append(".oneOf(").append(enumValues.stream().map(v -> Names.javaString(String.valueOf(v)))
          .collect(Collectors.joining(", "))).append(')');
    }
    if (value.getMinimum() != null) {
      spec.append(".minimum(").append(value.getMinimum().longValueExact()).append("L)");
    }
    if (value.getMaximum() != null) {
      spec.append(".maximum(").append(value.getMaximum().longValueExact()).append("L)");
    }
    appendInt(spec, "minLength", value.getMinLength());
    appendInt(spec, "maxLength", value.getMaxLength());
    if (defaultValue != null) {
      spec.append(".defaultValue(").append(Names.javaString(String.valueOf(defaultValue))).append(')');
    }
    Object expression = extension(raw, value, "x-sdk-expression");
    if (expression != null) {
      spec.append(".expression(").append(Names.javaString(expression.toString())).append(')');
    }
    Object json = extension(raw, value, "x-sdk-json");
    if (json != null && "true".equals(json.toString())) {
      spec.append(".jsonObject()");
    }
    if ("lenient".equals(String.valueOf(serverBoolean))) {
      spec.append(".lenientBoolean()");
    } else if (serverBoolean != null) {
      throw new IllegalArgumentException(wireName + ": x-server-boolean is lenient (a strict flag is type: boolean), not "
          + serverBoolean);
    }
    if ("uri".equals(value.getFormat())) {
      spec.append(".uri()");
    }
    this.spec = spec.toString();

    if (array) {
      this.javaType = "List<" + ServerTypes.boxed(kind) + ">";
      this.decode = "in.list(" + constant + ", " + ServerTypes.boxed(kind) + ".class)";
    } else if (required || defaultValue != null) {
      this.javaType = ServerTypes.plain(kind);
      this.decode = "in." + ServerTypes.decoderMethod(kind) + "(" + constant + ").orElseThrow(" + constant + "::missing)";
    } else {
      this.javaType = "Optional<" + ServerTypes.boxed(kind) + ">";
      this.decode = "in." + ServerTypes.decoderMethod(kind) + "(" + constant + ")";
    }
  }

  /** Extensions sit on the value's schema (CONVENTIONS.md); for a list, on the array or on its items. */
  @SuppressWarnings("rawtypes")
  private static Object extension(Schema raw, Schema value, String name) {
    if (raw.getExtensions() != null && raw.getExtensions().get(name) != null) {
      return raw.getExtensions().get(name);
    }
    return value.getExtensions() == null ? null : value.getExtensions().get(name);
  }

  private static void appendInt(StringBuilder spec, String method, Integer value) {
    if (value != null) {
      spec.append('.').append(method).append('(').append(value).append(')');
    }
  }
}
