package io.taskrouter.sdk;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okio.Buffer;
import org.yaml.snakeyaml.Yaml;

/**
 * The spec's schemas as tests need them: which fields a response schema lists as {@code required}
 * (the service always sends them), a valid value of each, and bodies that carry them. Read from
 * {@code openapi/taskrouter.yaml}, never restated.
 */
final class SpecSchemas {
  private static final Pattern SID_PATTERN = Pattern.compile("\\^([A-Z]{2})\\[0-9a-fA-F\\]\\{32\\}\\$");
  private static final Map<String, Object> SPEC = load();

  private SpecSchemas() {}

  /** One operation's answer: the schema it returns, and the list key when it is a page of them. */
  record Answer(String operationId, String path, String verb, String method, String accessor, String schema,
      String listKey) {}

  static Map<String, Object> spec() {
    return SPEC;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> schema(String name) {
    Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) SPEC.get("components")).get("schemas");
    Map<String, Object> schema = (Map<String, Object>) schemas.get(name);
    if (schema == null) {
      throw new IllegalArgumentException("no schema " + name);
    }
    return schema;
  }

  /** The fields the schema lists as required, in the spec's order. */
  @SuppressWarnings("unchecked")
  static List<String> required(String schema) {
    return (List<String>) schema(schema).getOrDefault("required", List.of());
  }

  /** A JSON literal valid for the field: a SID of its pattern, a date-time, a URL, or a string. */
  @SuppressWarnings("unchecked")
  static String value(String schema, String field) {
    Map<String, Object> property = ((Map<String, Map<String, Object>>) schema(schema).get("properties")).get(field);
    Object pattern = property.get("pattern");
    Matcher sid = pattern == null ? null : SID_PATTERN.matcher(pattern.toString());
    if (sid != null && sid.matches()) {
      return "\"" + sid.group(1) + "0123456789abcdef0123456789abcdef\"";
    }
    if ("date-time".equals(property.get("format"))) {
      return "\"2026-01-02T03:04:05Z\"";
    }
    if ("uri".equals(property.get("format"))) {
      return "\"https://taskrouter.twilio.com/v1/" + schema + "\"";
    }
    return "\"x\"";
  }

  /** {@code json}, a JSON object, with the required fields of the schema it lacks added first. */
  static String complete(String schema, String json) {
    Set<String> present = names(json);
    StringBuilder added = new StringBuilder();
    for (String field : required(schema)) {
      if (!present.contains(field)) {
        added.append(added.length() == 0 ? "" : ",").append('"').append(field).append("\":").append(value(schema, field));
      }
    }
    String rest = json.trim().substring(1).trim();
    if (added.length() == 0) {
      return json;
    }
    return "{" + added + (rest.startsWith("}") ? "" : ",") + rest;
  }

  /** A body of the operation's success answer that has only what the spec requires: {@code {}} when nothing is. */
  static String minimalBody(String operationId) {
    return answers().stream().filter(a -> a.operationId.equals(operationId)).findFirst()
        .map(a -> complete(a.schema, "{}")).orElse("{}");
  }

  /** Every operation that answers a schema of components/schemas, a list's items or a single object. */
  @SuppressWarnings("unchecked")
  static List<Answer> answers() {
    Map<String, Object> accessors = new LinkedHashMap<>();
    for (Map<String, Object> tag : (List<Map<String, Object>>) SPEC.get("tags")) {
      accessors.put((String) tag.get("name"), tag.get("x-sdk-accessor"));
    }
    List<Answer> out = new ArrayList<>();
    ((Map<String, Map<String, Object>>) SPEC.get("paths")).forEach((path, item) -> item.forEach((verb, raw) -> {
      if (!(raw instanceof Map)) {
        return;
      }
      Map<String, Object> op = (Map<String, Object>) raw;
      Map<String, Object> responses = (Map<String, Object>) op.get("responses");
      String success = responses.keySet().stream().filter(code -> code.startsWith("2")).findFirst().orElseThrow();
      Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) responses.get(success)).get("content");
      if (content == null) {
        return;
      }
      Object ref = ((Map<String, Object>) ((Map<String, Object>) content.get("application/json")).get("schema")).get("$ref");
      String schema = simpleName(ref);
      String listKey = (String) schema(schema).get("x-sdk-list-key");
      if (listKey != null) {
        Map<String, Object> items = (Map<String, Object>) ((Map<String, Map<String, Object>>) schema(schema)
            .get("properties")).get(listKey).get("items");
        schema = simpleName(items.get("$ref"));
      }
      String tag = ((List<String>) op.get("tags")).get(0);
      out.add(new Answer((String) op.get("operationId"), path, verb, (String) op.get("x-sdk-method"),
          (String) accessors.get(tag), schema, listKey));
    }));
    return out;
  }

  private static String simpleName(Object ref) {
    String text = String.valueOf(ref);
    return text.substring(text.lastIndexOf('/') + 1);
  }

  /** The names of a JSON object's own fields. */
  private static Set<String> names(String json) {
    Set<String> names = new LinkedHashSet<>();
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      reader.beginObject();
      while (reader.hasNext()) {
        names.add(reader.nextName());
        reader.skipValue();
      }
      reader.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  private static Map<String, Object> load() {
    Path path = Path.of(System.getProperty("taskrouter.spec", "../openapi/taskrouter.yaml"));
    try (InputStream in = Files.newInputStream(path)) {
      return new Yaml().load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
