package io.taskrouter.codegen;

import java.util.Locale;

/** Name conversions between the wire (PascalCase, snake_case, header-case) and Java. */
final class Names {
  private Names() {}

  /** {@code WorkspaceSid}, {@code workspace_sid} and {@code If-Match} become {@code workspaceSid}, {@code ifMatch}. */
  static String lowerCamel(String name) {
    String upper = upperCamel(name);
    if (upper.isEmpty()) {
      return upper;
    }
    // Leading acronyms are lower-cased as a whole: "URLParam" -> "urlParam", "ETag" -> "etag".
    int i = 0;
    while (i < upper.length() && Character.isUpperCase(upper.charAt(i))) {
      i++;
    }
    if (i > 1 && i < upper.length()) {
      i--;
    }
    return upper.substring(0, i).toLowerCase(Locale.ROOT) + upper.substring(i);
  }

  /** {@code workspace_sid} and {@code If-Match} become {@code WorkspaceSid} and {@code IfMatch}. */
  static String upperCamel(String name) {
    StringBuilder out = new StringBuilder();
    boolean upperNext = true;
    for (char c : name.toCharArray()) {
      if (!Character.isLetterOrDigit(c)) {
        upperNext = true;
        continue;
      }
      out.append(upperNext ? Character.toUpperCase(c) : c);
      upperNext = false;
    }
    return out.toString();
  }

  /** {@code Integer} -> {@code int}, and so on; other types unchanged. */
  static String primitive(String type) {
    switch (type) {
      case "Integer":
        return "int";
      case "Long":
        return "long";
      case "Boolean":
        return "boolean";
      case "Double":
        return "double";
      default:
        return type;
    }
  }

  /** A Java string literal holding {@code value}. */
  static String javaString(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
