package io.taskrouter.codegen;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One response schema as the local server renders it: a {@code Source} interface with one accessor
 * per field (what the server must supply) and a writer that emits exactly the schema's fields, in
 * spec order, null as JSON null.
 */
public final class ServerSchemaView {
  public final String schemaName;
  public final String sourceName;
  public final String writerName;
  public final String description;
  public final List<Field> fields = new ArrayList<>();
  /** {@code x-sdk-list-key}: the list's key, which a page also names in {@code meta.key}; null for other schemas. */
  public final String listKey;

  /** One field: its accessor in the source interface and the statement that writes it. */
  public static final class Field {
    public final String wireName;
    public final String accessor;
    /** Return type of the accessor, {@code @Nullable} included where the spec allows null. */
    public final String javaType;
    public final String write;
    public final String description;

    Field(String wireName, String accessor, String javaType, String write, String description) {
      this.wireName = wireName;
      this.accessor = accessor;
      this.javaType = javaType;
      this.write = write;
      this.description = description;
    }
  }

  @SuppressWarnings("rawtypes")
  ServerSchemaView(String schemaName, Schema schema, ServerTypes types, TaskRouterServerCodegen codegen) {
    this.schemaName = schemaName;
    String base = codegen.toModelName(schemaName);
    this.sourceName = base + "Source";
    this.writerName = base + "Writer";
    String text = codegen.escapeText(schema.getDescription());
    this.description = text == null || text.isEmpty() ? "{@code " + schemaName + "}." : text;
    Object key = schema.getExtensions() == null ? null : schema.getExtensions().get("x-sdk-list-key");
    this.listKey = key == null ? null : Names.javaString(key.toString());
    Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
    for (Map.Entry<String, Schema> property : properties.entrySet()) {
      fields.add(field(property.getKey(), property.getValue(), types, codegen));
    }
  }

  @SuppressWarnings("rawtypes")
  private Field field(String wireName, Schema raw, ServerTypes types, TaskRouterServerCodegen codegen) {
    String accessor = codegen.toVarName(wireName);
    boolean nullable = Boolean.TRUE.equals(raw.getNullable());
    String label = Names.javaString(schemaName + "." + wireName);
    String get = "source." + accessor + "()";
    String checked = nullable ? get : "JsonWriter.present(" + get + ", " + label + ")";
    String name = "out.name(" + Names.javaString(wireName) + ")";
    String description = codegen.escapeText(raw.getDescription());
    description = description == null || description.isEmpty() ? "{@code " + wireName + "}." : description;
    String nullMark = nullable ? "@Nullable " : "";

    String ref = types.refName(raw);
    if (ref != null && types.isObjectSchema(ref)) {
      String target = codegen.toModelName(ref);
      return new Field(wireName, accessor, nullMark + target + "Source",
          name + "; " + target + "Writer.write(out, " + checked + ");", description);
    }
    Schema resolved = types.resolve(raw);
    if (ServerTypes.isArray(resolved)) {
      String itemRef = types.refName(resolved.getItems());
      if (itemRef != null && types.isObjectSchema(itemRef)) {
        String target = codegen.toModelName(itemRef);
        return new Field(wireName, accessor, nullMark + "List<? extends " + target + "Source>",
            name + ".array(" + checked + ", " + target + "Writer::write);", description);
      }
      String item = ServerTypes.boxed(types.scalarKind(resolved.getItems()));
      return new Field(wireName, accessor, nullMark + "List<" + item + ">", name + ".any(" + checked + ");", description);
    }
    if (ServerTypes.isMap(resolved)) {
      Object additional = resolved.getAdditionalProperties();
      if (additional instanceof Schema) {
        Schema valueSchema = (Schema) additional;
        String valueRef = types.refName(valueSchema);
        if (valueRef != null && types.isObjectSchema(valueRef)) {
          String target = codegen.toModelName(valueRef);
          return new Field(wireName, accessor, nullMark + "Map<String, ? extends " + target + "Source>",
              name + ".object(" + checked + ", " + target + "Writer::write);", description);
        }
        String value = ServerTypes.boxed(types.scalarKind(valueSchema));
        return new Field(wireName, accessor, nullMark + "Map<String, " + value + ">",
            name + ".any(" + checked + ");", description);
      }
      // additionalProperties: true: any JSON object, written as given.
      return new Field(wireName, accessor, nullMark + "Map<String, ?>", name + ".any(" + checked + ");", description);
    }
    if ("object".equals(resolved.getType())) {
      throw new IllegalArgumentException(schemaName + "." + wireName
          + ": an inline object schema has no writer; give it a name in components/schemas");
    }
    String kind = types.scalarKind(resolved);
    String type = nullable ? "@Nullable " + ServerTypes.boxed(kind) : ServerTypes.plain(kind);
    boolean primitive = !type.equals(ServerTypes.boxed(kind)) && !nullable && !"String".equals(type)
        && !"Instant".equals(type);
    return new Field(wireName, accessor, type, name + ".value(" + (primitive ? get : checked) + ");", description);
  }
}
