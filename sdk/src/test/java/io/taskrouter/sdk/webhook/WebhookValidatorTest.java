package io.taskrouter.sdk.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Known answers: the example request of the official helper libraries' validator tests (auth token
 * {@code 12345}, URL {@code https://mycompany.com/myapp.php?foo=1&bar=2}, a voice call's five
 * parameters, also the example of the service's request-validation code samples in
 * TwilioDevEd/api-snippets {@code security/signature_validation}) and the signatures those suites
 * expect for it, its port variants, a repeated parameter and a JSON body (twilio-java
 * {@code src/test/java/com/twilio/security/RequestValidatorTest.java}, twilio-python
 * {@code tests/unit/test_request_validator.py}).
 */
class WebhookValidatorTest {
  private static final String TOKEN = "12345";
  private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
  private static final String BODY =
      "CallSid=CA1234567890ABCDE&Caller=%2B14158675309&Digits=1234&From=%2B14158675309&To=%2B18005551212";
  private static final String SIGNATURE = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";
  private static final String JSON = "{\"property\": \"value\", \"boolean\": true}";
  private static final String JSON_SHA256 = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";

  private final WebhookValidator validator = WebhookValidator.forAuthToken(TOKEN);

  static Stream<Arguments> publishedFormVectors() {
    return Stream.of(
        Arguments.of("as signed", URL, BODY, SIGNATURE),
        Arguments.of("signed with :443, received without", URL, BODY, "kvajT1Ptam85bY51eRf/AJRuM3w="),
        Arguments.of("signed with :80, received without", URL.replace("https", "http"), BODY,
            "0ZXoZLH/DfblKGATFgpif+LLRf4="),
        Arguments.of("http with its own port", URL.replace("https", "http").replace(".com", ".com:1234"), BODY,
            "Zmvh+3yNM1Phv2jhDCwEM3q5ebU="),
        Arguments.of("signed without port, received with one", URL.replace(".com", ".com:1234"), BODY, SIGNATURE),
        Arguments.of("signed without port, received with :443", URL.replace(".com", ".com:443"), BODY, SIGNATURE),
        Arguments.of("repeated name: names sorted, then its values", URL,
            "Sid=CA123&SidAccount=AC123&Digits=5678&Digits=1234", "IK+Dwps556ElfBT0I3Rgjkr1wJU="));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publishedFormVectors")
  void publishedFormSignaturesValidate(String what, String url, String body, String signature) {
    assertThat(validator.isValid(url, FormParameters.parse(body), signature)).isTrue();
  }

  @Test
  void signsThePublishedExample() {
    assertThat(validator.signatureOf(URL, FormParameters.parse(BODY))).isEqualTo(SIGNATURE);
  }

  static Stream<Arguments> publishedJsonVectors() {
    return Stream.of(
        Arguments.of(URL + "&bodySHA256=" + JSON_SHA256, "a9nBmqA0ju/hNViExpshrM61xv4="),
        Arguments.of("https://mycompany.com/myapp.php?bodySHA256=" + JSON_SHA256, "y77kIzt2vzLz71DgmJGsen2scGs="));
  }

  @ParameterizedTest
  @MethodSource("publishedJsonVectors")
  void publishedJsonSignaturesValidate(String url, String signature) {
    assertThat(validator.isValidJson(url, JSON, signature)).isTrue();
    assertThat(validator.isValidJson(url, JSON.getBytes(StandardCharsets.UTF_8), signature)).isTrue();
  }

  static Stream<Arguments> tamperedForms() {
    return Stream.of(
        Arguments.of("a value changed", URL, BODY.replace("Digits=1234", "Digits=1235"), SIGNATURE),
        Arguments.of("a parameter added", URL, BODY + "&Extra=1", SIGNATURE),
        Arguments.of("a parameter removed", URL, BODY.replace("&Digits=1234", ""), SIGNATURE),
        Arguments.of("a value repeated with another", URL, BODY + "&Digits=9999", SIGNATURE),
        Arguments.of("the path changed", URL.replace("myapp", "yourapp"), BODY, SIGNATURE),
        Arguments.of("the query changed", URL.replace("foo=1", "foo=2"), BODY, SIGNATURE),
        Arguments.of("the query dropped", "https://mycompany.com/myapp.php", BODY, SIGNATURE),
        Arguments.of("the scheme changed", URL.replace("https", "http"), BODY, SIGNATURE),
        Arguments.of("the host changed", URL.replace("mycompany", "theircompany"), BODY, SIGNATURE),
        Arguments.of("another request's signature", URL, BODY, "kvajT1Ptam85bY51eRf/AJRuM3X="),
        Arguments.of("the header missing", URL, BODY, null),
        Arguments.of("the header empty", URL, BODY, ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tamperedForms")
  void tamperedFormRequestsAreRefused(String what, String url, String body, @Nullable String signature) {
    assertThat(validator.isValid(url, FormParameters.parse(body), signature)).isFalse();
  }

  @Test
  void anotherAuthTokenRefusesTheRequest() {
    assertThat(WebhookValidator.forAuthToken("12346").isValid(URL, FormParameters.parse(BODY), SIGNATURE)).isFalse();
  }

  static Stream<Arguments> tamperedJson() {
    String url = URL + "&bodySHA256=" + JSON_SHA256;
    String signature = "a9nBmqA0ju/hNViExpshrM61xv4=";
    return Stream.of(
        Arguments.of("the body changed", url, JSON.replace("true", "false"), signature),
        Arguments.of("the hash changed to the new body's",
            URL + "&bodySHA256=" + "1" + JSON_SHA256.substring(1), JSON, signature),
        Arguments.of("no bodySHA256 in the URL", URL, JSON, SIGNATURE),
        Arguments.of("the header missing", url, JSON, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tamperedJson")
  void tamperedJsonRequestsAreRefused(String what, String url, String body, @Nullable String signature) {
    assertThat(validator.isValidJson(url, body, signature)).isFalse();
  }

  @Test
  void behindAProxyThePublicUrlIsWhatIsChecked() {
    WebhookValidator behindProxy = validator.withPublicUrl("https://mycompany.com/");
    FormParameters params = FormParameters.parse(BODY);

    assertThat(behindProxy.isValid("http://10.0.0.7:8080/myapp.php?foo=1&bar=2", params, SIGNATURE)).isTrue();
    assertThat(behindProxy.isValid("/myapp.php?foo=1&bar=2", params, SIGNATURE)).isTrue();
    assertThat(validator.isValid("http://10.0.0.7:8080/myapp.php?foo=1&bar=2", params, SIGNATURE)).isFalse();
    assertThat(validator.withPublicUrl("https://mycompany.com/other").isValid("/myapp.php?foo=1&bar=2", params,
        SIGNATURE)).isFalse();
  }

  @Test
  void aProxyStrippingAPathPrefixIsGivenThePrefix() {
    WebhookValidator behindProxy = validator.withPublicUrl("https://mycompany.com/myapp.php");

    assertThat(behindProxy.isValid("http://app:8080?foo=1&bar=2", FormParameters.parse(BODY), SIGNATURE)).isTrue();
  }

  @Test
  void frameworkMapsOfEveryShapeValidateAlike() {
    Map<String, String[]> servlet = new LinkedHashMap<>();
    Map<String, List<String>> multiValue = new LinkedHashMap<>();
    Map<String, String> single = new LinkedHashMap<>();
    FormParameters.parse(BODY).asMap().forEach((name, values) -> {
      servlet.put(name, values.toArray(new String[0]));
      multiValue.put(name, values);
      single.put(name, values.get(0));
    });

    assertThat(validator.isValid(URL, servlet, SIGNATURE)).isTrue();
    assertThat(validator.isValid(URL, multiValue, SIGNATURE)).isTrue();
    assertThat(validator.isValid(URL, single, SIGNATURE)).isTrue();
    assertThat(validator.isValid(URL, Collections.singletonMap("Digits", Arrays.asList("1234", "5678")), SIGNATURE))
        .isFalse();
  }

  static Stream<Arguments> badArguments() {
    WebhookValidator v = WebhookValidator.forAuthToken(TOKEN);
    FormParameters none = FormParameters.empty();
    return Stream.of(
        Arguments.of((Runnable) () -> WebhookValidator.forAuthToken(" "), "authToken must not be blank, got \" \""),
        Arguments.of((Runnable) () -> v.isValid("/myapp.php", none, SIGNATURE),
            "url must be an absolute http or https URL, got \"/myapp.php\""),
        Arguments.of((Runnable) () -> v.isValid("ftp://mycompany.com/x", none, SIGNATURE),
            "url must be an absolute http or https URL, got \"ftp://mycompany.com/x\""),
        Arguments.of((Runnable) () -> v.isValid("https:///x", none, SIGNATURE),
            "url must name a host, got \"https:///x\""),
        Arguments.of((Runnable) () -> v.isValid("https://user:secret@/x", none, SIGNATURE),
            "url must name a host, got \"https://****@/x\""),
        Arguments.of((Runnable) () -> v.isValidJson("", "{}", SIGNATURE), "url must not be blank, got \"\""),
        Arguments.of((Runnable) () -> v.withPublicUrl("https://mycompany.com/?a=1"),
            "publicBaseUrl must be a base URL without query or fragment, got \"https://mycompany.com/?a=1\""),
        Arguments.of((Runnable) () -> v.withPublicUrl("mycompany.com"),
            "publicBaseUrl must be an absolute http or https URL, got \"mycompany.com\""),
        Arguments.of((Runnable) () -> v.isValid(URL, Collections.singletonMap("Digits", 1234), SIGNATURE),
            "params[Digits] must be a String, a String[] or an Iterable of strings, got a value of type java.lang.Integer"));
  }

  @ParameterizedTest
  @MethodSource("badArguments")
  void badArgumentsAreRefusedNamingTheParameter(Runnable call, String message) {
    assertThatThrownBy(call::run).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void theTokenNeverShows() {
    String token = "s3cr3t-auth-token";
    WebhookValidator secret = WebhookValidator.forAuthToken(token).withPublicUrl("https://hooks.example.com");

    assertThat(secret.toString()).doesNotContain(token).contains("****").contains("https://hooks.example.com");
    assertThatThrownBy(() -> secret.isValid("nonsense", FormParameters.empty(), "x"))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(token));
  }
}
