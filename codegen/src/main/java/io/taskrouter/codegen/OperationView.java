package io.taskrouter.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenProperty;

/**
 * One operation, as the templates print it: where it sits in the facade (its tag, scope and method
 * name), how it goes on the wire (Retrofit method), and which of its parameters are options.
 */
public final class OperationView {
  public final String operationId;
  /** Name of the Retrofit interface method: the operation id, lower camel case. */
  public final String apiMethod;
  public final String tag;
  /** Facade method name ({@code x-sdk-method}): create, fetch, list, update, delete, realTime... */
  public final String method;
  public final String httpMethod;
  /** Path relative to the base URL, as Retrofit takes it (no leading slash). */
  public final String path;
  public final String summary;
  public final String description;
  /** Model the operation returns, or null when it returns no body. */
  public final String returnType;
  /** For list operations, the model of one item and the list response class. */
  public final boolean list;
  public final String itemType;
  public final boolean hasEtag;
  public final boolean idempotent;
  public final boolean formEncoded;
  /** Path parameters bound by the scope (every path parameter except {@code Sid}). */
  public final List<ParamView> scopeParams = new ArrayList<>();
  /** The {@code Sid} path parameter, the method's first argument, or null. */
  public final ParamView idParam;
  /** Query, header, form and body parameters: the fields of the parameter class. */
  public final List<ParamView> options = new ArrayList<>();
  /** Parameters the SDK knows but does not offer ({@code x-sdk-internal}): never sent by the options. */
  public final List<ParamView> internalParams = new ArrayList<>();
  /** Every argument of the Retrofit method, in order. */
  public final List<ParamView> wireParams = new ArrayList<>();
  public final ParamView bodyParam;
  /** Name of the parameter class, or null when the operation takes no options. */
  public final String paramsClass;
  public final boolean hasRequiredOptions;
  /** Unknown parameters go in the query string (GET, DELETE) or in the form body (POST). */
  public final boolean extrasInQuery;
  public final boolean extrasInForm;

  OperationView(CodegenOperation op, TaskRouterCodegen codegen, Map<String, String> listItemTypes) {
    // The generator camel-cases operationId; the spec's spelling is the one the API documents.
    this.operationId = op.operationIdOriginal != null ? op.operationIdOriginal : op.operationId;
    this.apiMethod = Names.lowerCamel(operationId);
    this.tag = op.tags != null && !op.tags.isEmpty() ? op.tags.get(0).getName() : op.baseName;
    Object sdkMethod = op.vendorExtensions.get("x-sdk-method");
    this.method = sdkMethod != null ? sdkMethod.toString() : defaultMethod(operationId);
    this.httpMethod = op.httpMethod.toUpperCase(Locale.ROOT);
    this.path = op.path.startsWith("/") ? op.path.substring(1) : op.path;
    this.summary = sentence(op.summary);
    this.description = op.notes;
    this.returnType = op.returnType;
    this.list = op.returnType != null && listItemTypes.containsKey(op.returnType);
    this.itemType = list ? listItemTypes.get(op.returnType) : null;
    this.hasEtag = op.responses.stream()
        .filter(r -> r.is2xx)
        .flatMap(r -> r.headers == null ? java.util.stream.Stream.<CodegenProperty>empty() : r.headers.stream())
        .anyMatch(h -> "etag".equalsIgnoreCase(h.baseName));
    this.idempotent = !"POST".equals(httpMethod) && !"PATCH".equals(httpMethod);
    this.formEncoded = !op.formParams.isEmpty();

    ParamView id = null;
    for (CodegenParameter p : op.pathParams) {
      ParamView view = new ParamView(p, codegen);
      if ("Sid".equals(p.baseName)) {
        id = view;
      } else {
        scopeParams.add(view);
      }
    }
    this.idParam = id;
    ParamView body = null;
    for (CodegenParameter p : op.allParams) {
      if (p.isPathParam) {
        continue;
      }
      ParamView view = new ParamView(p, codegen);
      if (view.internal) {
        internalParams.add(view);
        continue;
      }
      options.add(view);
      if (p.isBodyParam) {
        body = view;
      }
    }
    this.bodyParam = body;
    this.paramsClass = options.isEmpty() ? null : Names.upperCamel(operationId) + "Params";
    this.hasRequiredOptions = options.stream().anyMatch(p -> p.required);
    this.extrasInForm = formEncoded;
    this.extrasInQuery = !formEncoded && body == null && !options.isEmpty();

    wireParams.addAll(scopeParams);
    if (idParam != null) {
      wireParams.add(idParam);
    }
    wireParams.addAll(options);
    if (!wireParams.isEmpty() && !extrasInForm && !extrasInQuery) {
      wireParams.get(wireParams.size() - 1).last = true;
    }
  }

  /** Summaries are followed by more text in Javadoc: make each a sentence. */
  private static String sentence(String text) {
    if (text == null || text.trim().isEmpty()) {
      return "";
    }
    String trimmed = text.trim();
    return trimmed.endsWith(".") ? trimmed : trimmed + ".";
  }

  private static String defaultMethod(String operationId) {
    for (String verb : new String[] {"Create", "Fetch", "List", "Update", "Delete"}) {
      if (operationId.startsWith(verb)) {
        return verb.toLowerCase(Locale.ROOT);
      }
    }
    return Names.lowerCamel(operationId);
  }

  /** Capitalised facade method name, for generated helper names. */
  public String getMethodCapital() {
    return Names.upperCamel(method);
  }

  public boolean isReturnsVoid() {
    return returnType == null;
  }

  public boolean isHasOptions() {
    return paramsClass != null;
  }

  /** The no-options overload is offered when every option is optional. */
  public boolean isOptionsOptional() {
    return paramsClass != null && !hasRequiredOptions;
  }

  public boolean isHasScopeOrId() {
    return !scopeParams.isEmpty() || idParam != null;
  }

  /** Models this operation mentions, for the resource's imports. */
  Set<String> modelTypes() {
    Set<String> types = new TreeSet<>();
    if (returnType != null) {
      types.add(returnType);
      if (list) {
        types.add(itemType);
      }
    }
    return types;
  }

  /** Models the parameter class mentions (enum types of options), for its imports. */
  public List<String> getParamModelImports() {
    Set<String> types = new TreeSet<>();
    for (ParamView p : options) {
      String t = p.list ? p.itemType : p.javaType;
      if (t != null && Character.isUpperCase(t.charAt(0)) && !JAVA_TYPES.contains(t)) {
        types.add(t);
      }
    }
    return new ArrayList<>(types);
  }

  /** The largest PageSize the spec allows for this list, as a Java literal. */
  public String getMaxPageSize() {
    return options.stream().filter(p -> p.pageSize && p.maximum != null).map(p -> p.maximum + "L")
        .findFirst().orElse("Long.MAX_VALUE");
  }

  public boolean isUsesDates() {
    return options.stream().anyMatch(p -> "OffsetDateTime".equals(p.javaType));
  }

  public boolean isUsesLists() {
    return options.stream().anyMatch(p -> p.list);
  }

  private static final Set<String> JAVA_TYPES = Set.of(
      "String", "Integer", "Long", "Double", "Float", "Boolean", "Object", "OffsetDateTime", "LocalDate",
      "List", "Map");
}
