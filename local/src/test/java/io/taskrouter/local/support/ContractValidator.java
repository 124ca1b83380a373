package io.taskrouter.local.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * Checks every response the tests receive against the project's OpenAPI description
 * ({@code openapi/taskrouter.yaml}), failing the test that received a response the spec does not
 * allow. Controlled by the {@code taskrouter.contract} system property: {@code auto} (validate when
 * the spec exists), {@code on} (the spec must exist), {@code off}.
 *
 * <p>Only responses are validated: many tests send invalid requests on purpose. (Ignoring the
 * request checks also lets answers to unknown paths and methods through: they have no operation
 * in the spec to be checked against.)
 */
public final class ContractValidator implements Interceptor {
  private static final ContractValidator INSTANCE = create();
  private static final AtomicLong VALIDATED = new AtomicLong();

  private final @Nullable OpenApiInteractionValidator validator;

  private ContractValidator(@Nullable OpenApiInteractionValidator validator) {
    this.validator = validator;
  }

  public static ContractValidator instance() {
    return INSTANCE;
  }

  public boolean enabled() {
    return validator != null;
  }

  public static long validatedCount() {
    return VALIDATED.get();
  }

  private static ContractValidator create() {
    String mode = System.getProperty("taskrouter.contract", "auto").toLowerCase(Locale.ROOT);
    Path spec = Path.of(System.getProperty("taskrouter.spec", "../openapi/taskrouter.yaml"));
    if (mode.equals("off")) {
      return new ContractValidator(null);
    }
    if (!Files.isRegularFile(spec)) {
      if (mode.equals("on")) {
        throw new IllegalStateException("taskrouter.contract=on but there is no spec at " + spec.toAbsolutePath());
      }
      System.err.println("[contract] no spec at " + spec.toAbsolutePath() + ": responses are not validated");
      return new ContractValidator(null);
    }
    LevelResolver levels = LevelResolver.create()
        .withLevel("validation.request", ValidationReport.Level.IGNORE)
        .build();
    return new ContractValidator(OpenApiInteractionValidator
        .createForSpecificationUrl(spec.toAbsolutePath().toUri().toString())
        .withLevelResolver(levels)
        .build());
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (validator == null) {
      return response;
    }
    ResponseBody peeked = response.peekBody(Long.MAX_VALUE);
    String body = peeked.string();
    SimpleResponse.Builder simple = new SimpleResponse.Builder(response.code());
    if (!body.isEmpty()) {
      simple.withBody(body);
    }
    response.headers().names().forEach(name -> simple.withHeader(name, response.headers(name)));
    String path = chain.request().url().encodedPath();
    Request.Method method = Request.Method.valueOf(chain.request().method());
    ValidationReport report = validator.validateResponse(path, method, simple.build());
    VALIDATED.incrementAndGet();
    if (report.hasErrors()) {
      throw new AssertionError("response violates openapi/taskrouter.yaml: " + chain.request().method() + " " + path
          + " -> " + response.code() + "\n" + report + "\nbody: " + body);
    }
    return response;
  }
}
