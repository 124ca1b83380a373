package io.taskrouter.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.tags.Tag;
import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openapitools.codegen.CodegenConfig;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenProperty;
import org.openapitools.codegen.CodegenType;
import org.openapitools.codegen.DefaultCodegen;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.ModelsMap;
import org.openapitools.codegen.model.OperationMap;
import org.openapitools.codegen.model.OperationsMap;
import org.openapitools.codegen.utils.ModelUtils;

/**
 * OpenAPI Generator configuration for the TaskRouter Java SDK.
 *
 * <p>The generator renders, from {@code openapi/taskrouter.yaml} and the templates in {@code templates/}:
 * <ul>
 *   <li>one Moshi model per schema ({@code model.mustache}, package {@code io.taskrouter.sdk.model});
 *   <li>one Retrofit interface per tag ({@code api.mustache}, package {@code io.taskrouter.sdk.internal.api});
 *   <li>one facade resource per tag ({@code resource.mustache}, package {@code io.taskrouter.sdk});
 *   <li>one immutable parameter class per operation that takes options ({@code params.mustache},
 *       package {@code io.taskrouter.sdk.params});
 *   <li>one scope class per level of path nesting ({@code scope.mustache}): the root, a workspace, a
 *       task, a worker... which hands out the resources and child scopes below it.
 * </ul>
 *
 * <p>Everything an operation needs at run time is computed here once, as plain values the templates
 * print ({@link OperationView}, {@link ParamView}); the templates hold no logic beyond iteration.
 * After generation, when {@code driftCheckAgainst} is set, the output is compared with the committed
 * copy and the build fails on any difference ({@link DriftCheck}).
 */
public class TaskRouterCodegen extends DefaultCodegen implements CodegenConfig {

  static final String BASE_PACKAGE = "io.taskrouter.sdk";
  static final String MODEL_PACKAGE = BASE_PACKAGE + ".model";
  static final String API_PACKAGE = BASE_PACKAGE + ".internal.api";
  static final String PARAMS_PACKAGE = BASE_PACKAGE + ".params";

  /** Operations of every tag, collected while the generator walks the tags. */
  private final List<OperationView> allOperations = new ArrayList<>();
  /** Schema name -> list item type, for the list response schemas. */
  private final Map<String, String> listItemTypes = new HashMap<>();
  /** Models that come back from an operation that also sends an ETag header. */
  private final Set<String> etagModels = new LinkedHashSet<>();
  /** Models that are objects (not enums): each gets a streaming Moshi adapter, registered in ModelAdapters. */
  private final Set<String> objectModels = new java.util.TreeSet<>();
  /** Models sent as a JSON request body: callers build them, so they get a builder. */
  private final Set<String> requestBodyModels = new LinkedHashSet<>();

  private final Set<String> javaKeywords = new LinkedHashSet<>(List.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
      "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
      "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
      "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
      "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
      "volatile", "while", "true", "false", "null", "var", "record", "yield"));

  public TaskRouterCodegen() {
    super();
    outputFolder = "generated";
    modelTemplateFiles.put("model.mustache", ".java");
    apiTemplateFiles.put("api.mustache", "Api.java");
    apiTemplateFiles.put("resource.mustache", "Resource.java");
    modelPackage = MODEL_PACKAGE;
    apiPackage = API_PACKAGE;
    reservedWords.addAll(javaKeywords);

    typeMapping.clear();
    typeMapping.put("string", "String");
    typeMapping.put("integer", "Integer");
    typeMapping.put("int", "Integer");
    typeMapping.put("long", "Long");
    typeMapping.put("number", "Double");
    typeMapping.put("float", "Float");
    typeMapping.put("double", "Double");
    typeMapping.put("boolean", "Boolean");
    typeMapping.put("DateTime", "OffsetDateTime");
    typeMapping.put("date", "LocalDate");
    typeMapping.put("URI", "String");
    typeMapping.put("password", "String");
    typeMapping.put("object", "Map<String, Object>");
    typeMapping.put("AnyType", "Object");
    typeMapping.put("array", "List");
    typeMapping.put("map", "Map");
    languageSpecificPrimitives.clear();
    languageSpecificPrimitives.addAll(List.of(
        "String", "Integer", "Long", "Double", "Float", "Boolean", "Object", "OffsetDateTime", "LocalDate"));
    importMapping.clear();
    instantiationTypes.clear();
  }

  @Override
  public CodegenType getTag() {
    return CodegenType.CLIENT;
  }

  @Override
  public String getName() {
    return "taskrouter-java";
  }

  @Override
  public String getHelp() {
    return "Generates the TaskRouter Java SDK: Retrofit interfaces, Moshi models, parameters and facade.";
  }

  /** Generated Java is not HTML: print values as they are (descriptions are escaped by escapeText). */
  @Override
  public com.samskivert.mustache.Mustache.Compiler processCompiler(com.samskivert.mustache.Mustache.Compiler compiler) {
    return super.processCompiler(compiler).escapeHTML(false);
  }

  // ---------------------------------------------------------------- file layout

  private String javaFolder(String pkg) {
    return outputFolder + File.separator + "src/main/java" + File.separator
        + pkg.replace('.', File.separatorChar);
  }

  @Override
  public String modelFileFolder() {
    return javaFolder(MODEL_PACKAGE);
  }

  @Override
  public String apiFileFolder() {
    return javaFolder(API_PACKAGE);
  }

  @Override
  public String apiFilename(String templateName, String tag) {
    String suffix = apiTemplateFiles().get(templateName);
    String folder = "resource.mustache".equals(templateName) ? javaFolder(BASE_PACKAGE) : apiFileFolder();
    return folder + File.separator + toApiName(tag) + suffix;
  }

  @Override
  public String toApiName(String tag) {
    return Names.upperCamel(tag);
  }

  // ---------------------------------------------------------------- naming and types

  @Override
  public String toModelName(String name) {
    String camel = Names.upperCamel(sanitizeName(name));
    // "Error" would shadow java.lang.Error wherever the model package is imported.
    return "Error".equals(camel) ? "ErrorBody" : camel;
  }

  @Override
  public String toModelFilename(String name) {
    return toModelName(name);
  }

  @Override
  public String toVarName(String name) {
    String camel = Names.lowerCamel(name);
    return javaKeywords.contains(camel) ? camel + "Value" : camel;
  }

  @Override
  public String toParamName(String name) {
    return toVarName(name);
  }

  @Override
  public String toEnumVarName(String value, String datatype) {
    String constant = value.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("([a-z])([A-Z])", "$1_$2")
        .toUpperCase(Locale.ROOT);
    if (constant.isEmpty() || Character.isDigit(constant.charAt(0))) {
      constant = "V_" + constant;
    }
    return constant;
  }

  @Override
  public String getTypeDeclaration(Schema schema) {
    Schema target = ModelUtils.unaliasSchema(openAPI, schema);
    if (ModelUtils.isArraySchema(target)) {
      return "List<" + getTypeDeclaration(ModelUtils.getSchemaItems(target)) + ">";
    }
    if (ModelUtils.isMapSchema(target)) {
      Schema inner = ModelUtils.getAdditionalProperties(target);
      return "Map<String, " + (inner == null ? "Object" : getTypeDeclaration(inner)) + ">";
    }
    return super.getTypeDeclaration(target);
  }

  /**
   * Descriptions end up in Javadoc: one line, HTML and comment breakers escaped, Markdown code
   * spans as {@code {@code ...}} (whose content Javadoc prints as it is). The generator applies
   * this to some texts twice, so escaping what is already escaped must change nothing.
   */
  @Override
  public String escapeText(String input) {
    if (input == null) {
      return null;
    }
    String raw = input.trim().replaceAll("\\s+", " ")
        .replaceAll("\\{@code ([^}]*)\\}", "`$1`")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&#64;", "@").replace("&#47;", "/").replace("&amp;", "&");
    StringBuilder out = new StringBuilder();
    String[] parts = raw.split("`", -1);
    for (int i = 0; i < parts.length; i++) {
      boolean code = i % 2 == 1 && i < parts.length - 1;
      String part = parts[i];
      if (code) {
        out.append("{@code ").append(part.replace("*/", "* /")).append('}');
      } else {
        out.append(i % 2 == 1 ? "`" : "").append(part.replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace("*/", "*&#47;").replace("@", "&#64;"));
      }
    }
    return out.toString();
  }

  @Override
  public String escapeUnsafeCharacters(String input) {
    return input;
  }

  @Override
  public String escapeQuotationMark(String input) {
    return input.replace("\"", "\\\"");
  }

  // ---------------------------------------------------------------- models

  @Override
  public Map<String, ModelsMap> postProcessAllModels(Map<String, ModelsMap> all) {
    Map<String, ModelsMap> result = super.postProcessAllModels(all);
    for (ModelsMap models : result.values()) {
      for (ModelMap entry : models.getModels()) {
        CodegenModel model = entry.getModel();
        Object listKey = model.vendorExtensions.get("x-sdk-list-key");
        int nameIndex = 0;
        for (CodegenProperty property : model.vars) {
          if (property.required && property.isNullable) {
            throw new IllegalArgumentException(model.name + "." + property.baseName + " is both required and nullable:"
                + " a required field is always sent and never null (see openapi/CONVENTIONS.md)");
          }
          PropertyView view = new PropertyView(property, this);
          view.nameIndex = nameIndex++;
          property.vendorExtensions.put("x-view", view);
          if (listKey != null && listKey.equals(property.baseName)) {
            String itemType = property.items == null ? "Object" : property.items.dataType;
            model.vendorExtensions.put("x-list-item-type", itemType);
            model.vendorExtensions.put("x-list-getter", "get" + Names.upperCamel(property.name));
            listItemTypes.put(model.classname, itemType);
          }
        }
        model.vendorExtensions.put("x-etag", etagModels.contains(model.classname));
        model.vendorExtensions.put("x-request-body", requestBodyModels.contains(model.classname));
        if (!model.isEnum) {
          objectModels.add(model.classname);
        }
        model.vendorExtensions.put("x-has-json-fields",
            model.vars.stream().anyMatch(v -> Boolean.TRUE.equals(v.vendorExtensions.get("x-sdk-json"))));
      }
    }
    return result;
  }

  /** Fills allowableValues.enumVars (constant names and quoted values) for the enum template. */
  @Override
  public ModelsMap postProcessModels(ModelsMap objs) {
    return postProcessModelsEnum(super.postProcessModels(objs));
  }

  // ---------------------------------------------------------------- operations

  @Override
  public OperationsMap postProcessOperationsWithModels(OperationsMap objs, List<ModelMap> allModels) {
    OperationsMap result = super.postProcessOperationsWithModels(objs, allModels);
    OperationMap operations = result.getOperations();
    Set<String> modelImports = new java.util.TreeSet<>();
    Set<String> paramsImports = new java.util.TreeSet<>();
    String tag = null;
    for (CodegenOperation op : operations.getOperation()) {
      OperationView view = new OperationView(op, this, listItemTypes);
      op.vendorExtensions.put("x-view", view);
      allOperations.add(view);
      tag = view.tag;
      modelImports.addAll(view.modelTypes());
      if (view.paramsClass != null) {
        paramsImports.add(view.paramsClass);
      }
    }
    result.put("modelImports", new ArrayList<>(modelImports));
    result.put("paramsImports", new ArrayList<>(paramsImports));
    result.put("resourceClass", toApiName(tag) + "Resource");
    result.put("apiClass", toApiName(tag) + "Api");
    Tag tagObject = findTag(tag);
    result.put("tagDescription", tagObject == null ? null : escapeText(tagObject.getDescription()));
    result.put("scopeParams", sharedScope(operations.getOperation()));
    return result;
  }

  /** All operations of a tag live in one scope: the resource class binds the same parameters. */
  private List<ParamView> sharedScope(List<CodegenOperation> operations) {
    List<ParamView> scope = null;
    for (CodegenOperation op : operations) {
      OperationView view = (OperationView) op.vendorExtensions.get("x-view");
      if (scope == null) {
        scope = view.scopeParams;
      } else if (!names(scope).equals(names(view.scopeParams))) {
        throw new IllegalArgumentException("tag " + view.tag + ": operation " + view.operationId
            + " binds path parameters " + names(view.scopeParams) + " but the tag's other operations bind "
            + names(scope) + "; give it a tag of its own");
      }
    }
    return scope == null ? List.of() : scope;
  }

  private static List<String> names(List<ParamView> params) {
    List<String> out = new ArrayList<>();
    params.forEach(p -> out.add(p.wireName));
    return out;
  }

  /** A parameter that is only a $ref to an enum has no description of its own: it takes the enum's. */
  String enumDescription(String modelName) {
    if (openAPI == null || openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return null;
    }
    for (Map.Entry<String, Schema> e : openAPI.getComponents().getSchemas().entrySet()) {
      if (toModelName(e.getKey()).equals(modelName) && e.getValue().getDescription() != null) {
        return escapeText(e.getValue().getDescription());
      }
    }
    return null;
  }

  boolean isEnumModel(String modelName) {
    if (openAPI == null || openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return false;
    }
    for (Map.Entry<String, Schema> e : openAPI.getComponents().getSchemas().entrySet()) {
      if (toModelName(e.getKey()).equals(modelName)) {
        return e.getValue().getEnum() != null && !e.getValue().getEnum().isEmpty();
      }
    }
    return false;
  }

  /** Every operation of the spec, once the generator has walked all tags (for other generators built on this one). */
  List<OperationView> operations() {
    return allOperations;
  }

  Tag findTag(String name) {
    if (openAPI.getTags() == null) {
      return null;
    }
    return openAPI.getTags().stream().filter(t -> t.getName().equals(name)).findFirst().orElse(null);
  }

  String accessorFor(String tag) {
    Tag t = findTag(tag);
    Object accessor = t == null || t.getExtensions() == null ? null : t.getExtensions().get("x-sdk-accessor");
    return accessor != null ? accessor.toString() : Names.lowerCamel(tag);
  }

  /** Extensions such as x-sdk-json sit on a query parameter's schema: the templates read them here. */
  @Override
  @SuppressWarnings("unchecked")
  public CodegenParameter fromParameter(io.swagger.v3.oas.models.parameters.Parameter parameter, Set<String> imports) {
    CodegenParameter p = super.fromParameter(parameter, imports);
    Schema schema = parameter.getSchema();
    if (schema != null && schema.getExtensions() != null) {
      ((Map<String, Object>) schema.getExtensions()).forEach(p.vendorExtensions::putIfAbsent);
    }
    return p;
  }

  // ---------------------------------------------------------------- supporting files

  @Override
  public Map<String, Object> postProcessSupportingFileData(Map<String, Object> bundle) {
    Map<String, Object> result = super.postProcessSupportingFileData(bundle);
    ExtraFileRenderer renderer = new ExtraFileRenderer(Paths.get(templateDir()), Paths.get(outputFolder));
    for (OperationView op : allOperations) {
      if (op.paramsClass != null) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("op", op);
        data.put("package", PARAMS_PACKAGE);
        renderer.render("params.mustache", javaPath(PARAMS_PACKAGE, op.paramsClass), data);
      }
    }
    Map<String, Object> adapters = new LinkedHashMap<>();
    adapters.put("models", new ArrayList<>(objectModels));
    renderer.render("model-adapters.mustache", javaPath(MODEL_PACKAGE, "ModelAdapters"), adapters);
    packageInfo(renderer, MODEL_PACKAGE, "Models of the TaskRouter API's resources, read from its JSON.");
    packageInfo(renderer, PARAMS_PACKAGE, "The options of each operation: immutable, checked before anything is sent.");
    packageInfo(renderer, API_PACKAGE, "Internal: the Retrofit description of every operation. Not an API.");
    for (ScopeView scope : ScopeView.build(allOperations, this)) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("scope", scope);
      data.put("package", BASE_PACKAGE);
      renderer.render("scope.mustache", javaPath(BASE_PACKAGE, scope.className), data);
    }
    return result;
  }

  private void packageInfo(ExtraFileRenderer renderer, String pkg, String description) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("package", pkg);
    data.put("description", description);
    renderer.render("package-info.mustache", javaPath(pkg, "package-info"), data);
  }

  private Path javaPath(String pkg, String className) {
    return Paths.get("src/main/java", pkg.replace('.', '/'), className + ".java");
  }

  /** Models returned together with an ETag header carry it (see model.mustache). */
  boolean carriesEtag(String modelName) {
    return etagModels.contains(modelName);
  }

  @Override
  public void postProcess() {
    // Replaces the generator's banner with the drift check of the committed copy.
    Object committed = additionalProperties.get("driftCheckAgainst");
    if (committed != null && !committed.toString().isEmpty()) {
      DriftCheck.compare(Paths.get(outputFolder), Paths.get(committed.toString()));
    }
  }

  /**
   * Finds, before any model is rendered, the schemas that operations return together with an
   * {@code ETag} header: those models get a place to carry it.
   */
  @Override
  public void preprocessOpenAPI(OpenAPI openAPI) {
    super.preprocessOpenAPI(openAPI);
    if (openAPI.getPaths() == null) {
      return;
    }
    openAPI.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
      if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
        operation.getRequestBody().getContent().forEach((type, media) -> {
          if (type.contains("json") && media.getSchema() != null && media.getSchema().get$ref() != null) {
            requestBodyModels.add(toModelName(ModelUtils.getSimpleRef(media.getSchema().get$ref())));
          }
        });
      }
      if (operation.getResponses() == null) {
        return;
      }
      operation.getResponses().forEach((status, response) -> {
        if (!status.startsWith("2") || response.getHeaders() == null || response.getContent() == null) {
          return;
        }
        boolean etag = response.getHeaders().keySet().stream().anyMatch(h -> h.equalsIgnoreCase("ETag"));
        response.getContent().values().forEach(media -> {
          Schema schema = media.getSchema();
          if (etag && schema != null && schema.get$ref() != null) {
            String name = toModelName(ModelUtils.getSimpleRef(schema.get$ref()));
            if (!name.endsWith("List")) {
              etagModels.add(name);
            }
          }
        });
      });
    }));
  }
}
