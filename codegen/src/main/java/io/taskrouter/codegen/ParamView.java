package io.taskrouter.codegen;

import java.util.List;
import org.openapitools.codegen.CodegenParameter;

/**
 * One parameter of an operation, as the templates print it: its wire name and location, its Java
 * name and types, and the checks the SDK runs before sending it.
 */
public final class ParamView {
  public final String wireName;
  public final String name;
  public final String capitalName;
  /** Type of the value held by the parameter class and passed to Retrofit (boxed, or a List). */
  public final String javaType;
  /** Type taken by the builder's setter: primitive where the value is a number or a boolean. */
  public final String setterType;
  public final String description;
  public final boolean required;
  public final boolean path;
  public final boolean query;
  public final boolean header;
  public final boolean form;
  public final boolean body;
  public final boolean list;
  public final String itemType;
  public final boolean json;
  /** Expression context ({@code worker}, {@code task}) for parameters holding an expression. */
  public final String expression;
  /** Java string literal of the value's regular expression, or null. */
  public final String pattern;
  public final String minimum;
  public final String maximum;
  /** Most characters (code points, as the service counts them) the value may have, or null. */
  public final Integer maxLength;
  /** {@code x-sdk-check}: the document a JSON value must be ({@code workflow-configuration}), or null. */
  public final String check;
  /** True for {@code PageSize} of a list operation: the paging layer may lower it to fit a limit. */
  public final boolean pageSize;
  /** The value is one of the spec's named enums. */
  public final boolean enumType;
  /**
   * A list sent as one comma-separated value ({@code style: form, explode: false}), such as
   * {@code SplitByWaitTime=5,30}: the options hold the list, Retrofit gets the joined text.
   */
  public final boolean commaJoined;
  /** Type of the Retrofit method's argument: {@link #javaType}, or String for a comma-joined list. */
  public final String wireType;
  /** Bounds of each item of a list parameter, or null. */
  public final String itemMinimum;
  public final String itemMaximum;
  /**
   * {@code x-sdk-internal}: a parameter the SDK knows but does not offer ({@code Page}, which the
   * paging layer leaves to the API's paging URLs); {@code extraParam} refuses it too.
   */
  public final boolean internal;
  /**
   * {@code x-sdk-allowed-values}: the wire values of the enum this parameter accepts (the service
   * refuses the others here, such as a Task set back to {@code pending}), or null for all of them.
   */
  public final List<String> allowedValues;
  public final String retrofitAnnotation;
  /** Last parameter of a parameter list in the template (no trailing comma). */
  public boolean last;

  ParamView(CodegenParameter p, TaskRouterCodegen codegen) {
    this.wireName = p.baseName;
    // A JSON body is the one parameter without a wire name of its own.
    this.name = p.isBodyParam ? "body" : p.paramName;
    this.capitalName = Names.upperCamel(name);
    this.javaType = p.dataType;
    this.setterType = Names.primitive(p.dataType);
    this.required = p.required;
    this.path = p.isPathParam;
    this.query = p.isQueryParam;
    this.header = p.isHeaderParam;
    this.form = p.isFormParam;
    this.body = p.isBodyParam;
    this.list = p.isArray;
    this.itemType = p.items != null ? p.items.dataType : null;
    Object jsonFlag = p.vendorExtensions.get("x-sdk-json");
    this.json = Boolean.TRUE.equals(jsonFlag) || "true".equals(String.valueOf(jsonFlag));
    Object expr = p.vendorExtensions.get("x-sdk-expression");
    this.expression = expr == null ? null : expr.toString();
    this.pattern = p.pattern == null ? null : Names.javaString(stripSlashes(p.pattern));
    this.minimum = p.minimum;
    this.maximum = p.maximum;
    this.maxLength = p.maxLength;
    Object checkFlag = p.vendorExtensions.get("x-sdk-check");
    this.check = checkFlag == null ? null : checkFlag.toString();
    this.pageSize = p.isQueryParam && "PageSize".equals(p.baseName);
    this.commaJoined = p.isArray && p.isQueryParam && !p.isExplode;
    this.wireType = commaJoined ? "String" : p.dataType;
    this.itemMinimum = p.items != null ? p.items.minimum : null;
    this.itemMaximum = p.items != null ? p.items.maximum : null;
    Object internalFlag = p.vendorExtensions.get("x-sdk-internal");
    this.internal = Boolean.TRUE.equals(internalFlag) || "true".equals(String.valueOf(internalFlag));
    Object allowed = p.vendorExtensions.get("x-sdk-allowed-values");
    this.allowedValues = allowed instanceof List ? ((List<?>) allowed).stream().map(String::valueOf).toList() : null;
    this.enumType = p.isEnumRef || (p.isModel && !p.isArray && codegen.isEnumModel(p.dataType));
    this.description = p.description == null && enumType ? codegen.enumDescription(p.dataType) : p.description;
    if (p.isPathParam) {
      retrofitAnnotation = "@Path(" + Names.javaString(p.baseName) + ")";
    } else if (p.isQueryParam) {
      retrofitAnnotation = "@Query(" + Names.javaString(p.baseName) + ")";
    } else if (p.isHeaderParam) {
      retrofitAnnotation = "@Header(" + Names.javaString(p.baseName) + ")";
    } else if (p.isFormParam) {
      retrofitAnnotation = "@Field(" + Names.javaString(p.baseName) + ")";
    } else {
      retrofitAnnotation = "@Body";
    }
  }

  /** OpenAPI Generator may hand patterns over in /.../ form. */
  private static String stripSlashes(String pattern) {
    if (pattern.length() > 1 && pattern.startsWith("/") && pattern.endsWith("/")) {
      return pattern.substring(1, pattern.length() - 1);
    }
    return pattern;
  }

  public boolean isHasAllowedValues() {
    return allowedValues != null;
  }

  /** The allowed wire values as Java string literals, comma-separated, for {@code Checks.oneOf}. */
  public String getAllowedLiterals() {
    return allowedValues == null ? "" : String.join(", ", allowedValues.stream().map(Names::javaString).toList());
  }

  /** The allowed wire values for the Javadoc: {@code {@code canceled}, {@code wrapping}, ...}. */
  public String getAllowedJavadoc() {
    return allowedValues == null ? "" : String.join(", ", allowedValues.stream().map(v -> "{@code " + v + "}").toList());
  }

  public boolean isLongType() {
    return "Long".equals(javaType);
  }

  /** The pattern literal, or {@code null} for a parameter the spec does not constrain. */
  public String getPatternOrNull() {
    return pattern == null ? "null" : pattern;
  }

  public boolean isSetterIsBoxed() {
    return setterType.equals(javaType);
  }

  public boolean isHasMaxLength() {
    return maxLength != null;
  }

  public boolean isHasRange() {
    return minimum != null || maximum != null;
  }

  public boolean isHasItemRange() {
    return itemMinimum != null || itemMaximum != null;
  }

  /** Java long literal of the smallest item allowed ({@code Long.MIN_VALUE} when unbounded). */
  public String getItemMinimumLiteral() {
    return itemMinimum == null ? "Long.MIN_VALUE" : itemMinimum + "L";
  }

  public String getItemMaximumLiteral() {
    return itemMaximum == null ? "Long.MAX_VALUE" : itemMaximum + "L";
  }

  /**
   * Java expression giving Retrofit this option's value, read from the options {@code params}
   * (which the paging layer may override for PageSize).
   */
  public String getWireValue() {
    String value = "params." + name + "()";
    return commaJoined ? "io.taskrouter.sdk.internal.Checks.commaJoined(" + value + ")" : value;
  }

  /** Where {@code extraParam} would put a value of this name: not in a header, nor as the JSON body. */
  public boolean isSharesExtrasPlace() {
    return query || form;
  }
}
