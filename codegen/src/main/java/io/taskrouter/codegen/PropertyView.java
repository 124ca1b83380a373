package io.taskrouter.codegen;

import org.openapitools.codegen.CodegenProperty;

/**
 * One field of a model, as the templates print it. Values are stored as they arrive on the wire
 * (enums as their string, so that a value this SDK does not know yet still parses) and typed in
 * the getters.
 */
public final class PropertyView {
  public final String wireName;
  public final String name;
  public final String getter;
  /** Type of the stored field. */
  public final String fieldType;
  /** Type the getter returns. */
  public final String getterType;
  public final String description;
  public final boolean nullable;
  public final boolean enumRef;
  public final boolean json;
  /** Expression the getter returns when a non-nullable number or boolean is absent. */
  public final String absentValue;
  /**
   * Listed in the schema's {@code required}: in a request body it must be set; in a response the
   * service always sends it, not null (the adapter refuses an object without it).
   */
  public final boolean required;
  public final boolean list;
  public final String itemType;
  public final Integer minItems;
  public final Integer maxItems;
  public final String itemPattern;
  /** A URL, which may carry credentials of the caller's own endpoint: masked in toString. */
  public final boolean url;
  /**
   * How the generated streaming adapter reads the field: a {@code JsonReader} call for scalars
   * ({@code nextString}...), or null when it goes through the adapter Moshi has for its type.
   */
  public final String readCall;
  /** For fields read through Moshi: the {@code java.lang.reflect.Type} expression of the field. */
  public final String typeExpression;
  /** Position of the wire name in the model adapter's {@code JsonReader.Options}. */
  public int nameIndex;

  PropertyView(CodegenProperty p, TaskRouterCodegen codegen) {
    this.wireName = p.baseName;
    this.name = p.name;
    this.getter = "get" + Names.upperCamel(p.name);
    this.description = p.description;
    this.nullable = p.isNullable;
    this.enumRef = p.isEnumRef || (p.isModel && p.isEnum);
    Object jsonFlag = p.vendorExtensions.get("x-sdk-json");
    this.json = Boolean.TRUE.equals(jsonFlag) || "true".equals(String.valueOf(jsonFlag));
    this.required = p.required;
    this.url = "String".equals(p.dataType) && (p.isUri || "uri".equals(p.dataFormat));
    this.list = p.isArray;
    this.itemType = p.items == null ? null : p.items.dataType;
    this.minItems = p.minItems;
    this.maxItems = p.maxItems;
    this.itemPattern = p.items == null || p.items.pattern == null ? null
        : Names.javaString(p.items.pattern.replaceAll("^/(.*)/$", "$1"));
    String stored = enumRef ? "String" : p.dataType;
    this.readCall = readCall(stored);
    this.typeExpression = typeExpression(stored);
    if (enumRef) {
      this.fieldType = "String";
      this.getterType = p.dataType;
      this.absentValue = p.dataType + ".UNKNOWN";
    } else {
      this.fieldType = p.dataType;
      String primitive = Names.primitive(p.dataType);
      this.getterType = p.isNullable ? p.dataType : primitive;
      this.absentValue = p.isNullable ? null : absent(primitive);
    }
  }

  public String getItemPatternOrNull() {
    return itemPattern == null ? "null" : itemPattern;
  }

  public boolean isHasSize() {
    return minItems != null || maxItems != null;
  }

  public String getMinItemsOrZero() {
    return minItems == null ? "0" : minItems.toString();
  }

  public String getMaxItemsOrMax() {
    return maxItems == null ? "Integer.MAX_VALUE" : maxItems.toString();
  }

  public boolean isPrimitiveGetter() {
    return !getterType.equals(fieldType) && !enumRef;
  }

  public boolean isNullableGetter() {
    return !required && (nullable || (!enumRef && getterType.equals(fieldType)));
  }

  public boolean isInline() {
    return readCall != null;
  }

  /** Scalars are read straight from the reader, as Moshi's built-in adapters read them. */
  private static String readCall(String type) {
    switch (type) {
      case "String":
        return "nextString";
      case "Integer":
        return "nextInt";
      case "Long":
        return "nextLong";
      case "Boolean":
        return "nextBoolean";
      case "Double":
        return "nextDouble";
      default:
        return null;
    }
  }

  /** {@code List<X>} and {@code Map<String, X>} as Moshi type expressions; anything else as its class. */
  static String typeExpression(String type) {
    if (type.startsWith("List<") && type.endsWith(">")) {
      return "Types.newParameterizedType(List.class, " + typeExpression(type.substring(5, type.length() - 1).trim()) + ")";
    }
    if (type.startsWith("Map<String,") && type.endsWith(">")) {
      return "Types.newParameterizedType(Map.class, String.class, "
          + typeExpression(type.substring(11, type.length() - 1).trim()) + ")";
    }
    return type + ".class";
  }

  private static String absent(String primitive) {
    switch (primitive) {
      case "int":
        return "0";
      case "long":
        return "0L";
      case "boolean":
        return "false";
      case "double":
        return "0.0";
      default:
        return null;
    }
  }
}
