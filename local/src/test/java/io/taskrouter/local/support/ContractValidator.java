package io.taskrouter.local.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Checks every response the tests receive against the project's OpenAPI description
 * ({@code openapi/taskrouter.yaml}, or the file named by the {@code taskrouter.spec} system
 * property), failing the test that received a response the spec does not allow. There is no way
 * to switch it off: a missing or unreadable spec fails every test that talks HTTP, loudly.
 *
 * <p>Only responses are validated: many tests send invalid requests on purpose. (Ignoring the
 * request checks also lets answers to unknown paths and methods through: they have no operation
 * in the spec to be checked against.)
 */
public final class ContractValidator implements Interceptor {
  private static final AtomicLong VALIDATED = new AtomicLong();
  private static final ContractValidator INSTANCE =
      forSpec(Path.of(System.getProperty("taskrouter.spec", "../openapi/taskrouter.yaml")));

  private final OpenApiInteractionValidator validator;

  private ContractValidator(OpenApiInteractionValidator validator) {
    this.validator = validator;
  }

  public static ContractValidator instance() {
    return INSTANCE;
  }

  public static long validatedCount() {
    return VALIDATED.get();
  }

  /**
   * A validator for the spec at {@code spec}.
   *
   * @throws IllegalStateException if the file is missing or unreadable, or is not an OpenAPI description
   */
  public static ContractValidator forSpec(Path spec) {
    Path file = spec.toAbsolutePath().normalize();
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new IllegalStateException("The contract check needs the API description, but there is no readable file at "
          + file + " (set -Dtaskrouter.spec to its path)");
    }
    LevelResolver levels = LevelResolver.create()
        .withLevel("validation.request", ValidationReport.Level.IGNORE)
        .build();
    try {
      return new ContractValidator(OpenApiInteractionValidator
          .createForSpecificationUrl(file.toUri().toString())
          .withLevelResolver(levels)
          .build());
    } catch (RuntimeException e) {
      throw new IllegalStateException("The contract check could not read the API description at " + file + ": "
          + e.getMessage(), e);
    }
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
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
