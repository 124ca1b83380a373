package io.taskrouter.sdk.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides, for every type met while writing a caller's value as JSON (the value's own class, its
 * fields' types, the classes of a Map's values), whether Moshi can write it as the caller meant, and
 * refuses it with a {@link Refused} that explains why otherwise. Moshi would instead write some of
 * them silently as {@code {}} (a class without fields), fail with an {@link AssertionError} (a
 * record that is not public) or with advice meant for whoever configures Moshi (a Kotlin class, a
 * platform type): the caller of the SDK configures none of it, so the remedy must be theirs.
 */
final class WritableTypes implements JsonAdapter.Factory {
  /** The name prefixes Moshi treats as platform types, whose fields it never reads. */
  private static final String[] PLATFORM = {"java.", "javax.", "android.", "androidx.", "kotlin.", "kotlinx.",
      "scala."};

  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    Class<?> raw = Types.getRawType(type);
    if (!annotations.isEmpty() || raw.isPrimitive() || raw.isArray() || raw.isEnum()) {
      return null;
    }
    if (raw == Object.class) {
      return new Guarded(moshi.nextAdapter(this, type, annotations), false);
    }
    if (raw == Map.class) {
      return new Guarded(moshi.nextAdapter(this, type, annotations), true);
    }
    if (isPlatform(raw)) {
      try {
        return moshi.nextAdapter(this, type, annotations);
      } catch (IllegalArgumentException noAdapter) {
        throw new Refused(raw, "is " + a(raw.getName()) + ", a platform type that this SDK's Moshi has no"
            + " adapter for; store it as a String or a number", noAdapter);
      }
    }
    if (hasAnnotation(raw, "com.squareup.moshi.JsonClass")) {
      return null; // Moshi's code generation wrote an adapter for it: Kotlin or not, it works.
    }
    refuseShape(raw);
    try {
      return moshi.nextAdapter(this, type, annotations);
    } catch (Refused deeper) {
      throw deeper.within(raw);
    }
  }

  private static void refuseShape(Class<?> raw) {
    String name = raw.getName();
    if (hasAnnotation(raw, "kotlin.Metadata")) {
      throw new Refused(raw, "is " + a(name) + ", " + kotlinClass("writes", "pass a Map or JSON text"), null);
    }
    if (raw.isAnonymousClass() || raw.isLocalClass()) {
      throw new Refused(raw, "is " + a(name) + ", an anonymous or local class, which Moshi does not write;"
          + " use a named static class, a Map or JSON text", null);
    }
    if (raw.getEnclosingClass() != null && !Modifier.isStatic(raw.getModifiers())) {
      throw new Refused(raw, "is " + a(name) + ", an inner class (it holds its outer instance), which Moshi"
          + " does not write; make it a static nested class", null);
    }
    if (raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) {
      throw new Refused(raw, "is " + a(name) + ", an interface or abstract class, and Moshi writes fields by"
          + " their declared type; declare a concrete class", null);
    }
    if (isRecord(raw) && !Modifier.isPublic(raw.getModifiers())) {
      throw new Refused(raw, "is " + a(name) + ", a record that is not public, whose components Moshi"
          + " may not read; make it public, or pass a Map", null);
    }
    if (!hasWrittenFields(raw)) {
      // Moshi would send {}: a value without properties given as attributes is almost certainly a
      // mistake (a wrong variable, getters without fields), never the intent. An empty Map says {}.
      throw new Refused(raw, "is " + a(name) + ", which has no fields Moshi writes (static and transient ones"
          + " are skipped) and would be sent as {}; give it fields, or pass an empty Map to send {}", null);
    }
  }

  private static String kotlinClass(String verb, String otherwise) {
    return "a Kotlin class, which Moshi " + verb + " only with the adapters of moshi-kotlin (which this SDK does"
        + " not include) or of moshi-kotlin-codegen; annotate it with @JsonClass(generateAdapter = true) and use"
        + " moshi-kotlin-codegen, or " + otherwise;
  }

  /**
   * Why the SDK's Moshi has no adapter to read a JSON object as {@code raw}: Moshi says it in words for
   * whoever configures Moshi, or (a record that is not public) with an {@link AssertionError}.
   *
   * @param raw the type asked for
   * @return the reason and the caller's remedy, starting "it is ..."
   */
  static String unreadable(Class<?> raw) {
    String asMap = "read it as a Map";
    if (hasAnnotation(raw, "kotlin.Metadata") && !hasAnnotation(raw, "com.squareup.moshi.JsonClass")) {
      return "it is " + kotlinClass("reads", asMap);
    }
    if (isRecord(raw) && !Modifier.isPublic(raw.getModifiers())) {
      return "it is a record that is not public, whose constructor Moshi may not call; make it public, or " + asMap;
    }
    if (isPlatform(raw)) {
      return "it is a platform type that this SDK's Moshi has no adapter for; " + asMap;
    }
    if (raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) {
      return "it is an interface or abstract class, and Moshi reads into a concrete class; declare one, or " + asMap;
    }
    return "this SDK's Moshi has no adapter for it (see the cause); use a public record or a static class with"
        + " fields, or " + asMap;
  }

  /** Moshi writes every non-static, non-transient field of the class and its non-platform ancestors. */
  private static boolean hasWrittenFields(Class<?> raw) {
    for (Class<?> c = raw; c != null && c != Object.class && !isPlatform(c); c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Java 8 bytecode: {@code Class.isRecord()} does not exist there, records' superclass does. */
  private static boolean isRecord(Class<?> raw) {
    Class<?> parent = raw.getSuperclass();
    return parent != null && "java.lang.Record".equals(parent.getName());
  }

  private static boolean hasAnnotation(Class<?> raw, String annotation) {
    for (Annotation present : raw.getDeclaredAnnotations()) {
      if (present.annotationType().getName().equals(annotation)) {
        return true;
      }
    }
    return false;
  }

  /** "a java.util.Date", "an io.example.Point": the article as the name's first letter is read. */
  static String a(String typeName) {
    return ("aeiouAEIOU".indexOf(typeName.charAt(0)) >= 0 ? "an " : "a ") + typeName;
  }

  static boolean isPlatform(Class<?> raw) {
    String name = raw.getName();
    for (String prefix : PLATFORM) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param map a Map to write
   * @return why it cannot become a JSON object ("is a Map with the key ..."), or null when its keys
   *     are all Strings: Moshi would turn a number into a name silently, and read it back as text
   */
  static @Nullable String keyProblem(Map<?, ?> map) {
    for (Object key : map.keySet()) {
      if (!(key instanceof String)) {
        return "is a Map with the key " + (key == null ? "null" : key + " (" + a(key.getClass().getName()) + ")")
            + ", and JSON names are text; use String keys";
      }
    }
    return null;
  }

  /**
   * The adapter of {@code Object} (a Map's values) and of {@code Map}: values met only while writing,
   * whose class no factory was asked about ({@code new Object()}) or whose keys Moshi would turn
   * into names without a word (numbers) or fail on (null).
   */
  private static final class Guarded extends JsonAdapter<Object> {
    private final JsonAdapter<Object> delegate;
    private final boolean map;

    @SuppressWarnings("unchecked")
    Guarded(JsonAdapter<?> delegate, boolean map) {
      this.delegate = (JsonAdapter<Object>) delegate;
      this.map = map;
    }

    @Override
    public @Nullable Object fromJson(JsonReader reader) throws IOException {
      return delegate.fromJson(reader);
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Object value) throws IOException {
      if (value != null && value.getClass() == Object.class) {
        throw new Refused(Object.class, "is a java.lang.Object, which has no fields and would be sent as {};"
            + " pass an empty Map to send {}", null);
      }
      String keyProblem = map && value instanceof Map ? keyProblem((Map<?, ?>) value) : null;
      if (keyProblem != null) {
        throw new Refused(Map.class, keyProblem, null);
      }
      delegate.toJson(writer, value);
    }
  }

  /** Why a type cannot be written; {@link JsonText} turns it into the parameter's refusal. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The type refused. */
    final transient Class<?> type;
    /** The innermost field holding it ({@code Holder.field}), or null when not known. */
    final @Nullable String field;

    Refused(Class<?> type, String reason, @Nullable Throwable cause) {
      this(type, reason, null, cause);
    }

    private Refused(Class<?> type, String reason, @Nullable String field, @Nullable Throwable cause) {
      super(reason, cause);
      this.type = type;
      this.field = field;
    }

    /** Names the innermost field that holds the refused type, once: the outer ones add nothing. */
    Refused within(Class<?> holder) {
      if (field != null) {
        return this;
      }
      for (Class<?> c = holder; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field candidate : c.getDeclaredFields()) {
          if (!Modifier.isStatic(candidate.getModifiers())
              && candidate.getGenericType().toString().contains(type.getName())) {
            return new Refused(type, getMessage(), c.getSimpleName() + "." + candidate.getName(), getCause());
          }
        }
      }
      return this;
    }
  }
}
