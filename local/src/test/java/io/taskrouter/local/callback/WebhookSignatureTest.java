package io.taskrouter.local.callback;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.webhook.WebhookValidator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WebhookSignatureTest {
  private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
  private static final SigningKey TOKEN = SigningKey.of("12345");

  /**
   * Published known answers: Twilio's documented validation example (token {@code 12345}), and the
   * repeated-name vector of twilio-python's validator tests, whose {@code Sid}/{@code SidAccount}
   * pair also tells sorting by name apart from sorting the concatenated strings.
   */
  static Stream<Arguments> knownAnswers() {
    return Stream.of(
        Arguments.of(
            FormParams.builder()
                .add("CallSid", "CA1234567890ABCDE")
                .add("Caller", "+14158675309")
                .add("Digits", "1234")
                .add("From", "+14158675309")
                .add("To", "+18005551212")
                .build(),
            "RSOYDt4T1cUTdK1PDd93/VVr8B8="),
        Arguments.of(
            FormParams.builder()
                .add("Sid", "CA123")
                .add("SidAccount", "AC123")
                .add("Digits", "5678")
                .add("Digits", "1234")
                .build(),
            "IK+Dwps556ElfBT0I3Rgjkr1wJU="));
  }

  @ParameterizedTest
  @MethodSource("knownAnswers")
  void matchesThePublishedSignatures(FormParams params, String expected) {
    assertThat(WebhookSignature.sign(TOKEN, URL, params)).isEqualTo(expected);
  }

  /**
   * The server signs with its own copy of the scheme (the SDK is not on its runtime classpath, see
   * local/README.md): every form it can send must validate with the SDK's validator, repeated
   * names, non-ASCII values and URLs with a query and a port included.
   */
  @ParameterizedTest
  @MethodSource("knownAnswers")
  void theSdksValidatorAcceptsWhatTheServerSigns(FormParams params, String ignored) {
    FormParams more = FormParams.builder().add("TaskAttributes", "{\"name\":\"Zoë ✓ 𝄞\"}").add("A", "b")
        .add("A", "a").add("Empty", "").build();
    for (FormParams form : List.of(params, more, FormParams.empty())) {
      for (String url : List.of(URL, "http://127.0.0.1:8123/assign", "https://example.com/cb?x=1&y=%20")) {
        String signature = WebhookSignature.sign(TOKEN, url, form);
        io.taskrouter.sdk.webhook.FormParameters sdkForm = form.size() == 0
            ? io.taskrouter.sdk.webhook.FormParameters.empty()
            : io.taskrouter.sdk.webhook.FormParameters.parse(form.encoded());
        WebhookValidator sdk = WebhookValidator.forAuthToken("12345");
        assertThat(sdk.signatureOf(url, sdkForm)).as("%s at %s", form, url).isEqualTo(signature);
        assertThat(sdk.isValid(url, sdkForm, signature)).isTrue();
      }
    }
  }

  @Test
  void orderOfAddingDoesNotChangeTheSignature() {
    FormParams one = FormParams.builder().add("B", "2").add("A", "y").add("A", "x").build();
    FormParams other = FormParams.builder().add("A", "x").add("B", "2").add("A", "y").build();
    assertThat(WebhookSignature.sign(TOKEN, URL, one)).isEqualTo(WebhookSignature.sign(TOKEN, URL, other));
  }

  @Test
  void formKeepsOrderEncodesUtf8AndKeepsAnExactDuplicateOnce() {
    FormParams params =
        FormParams.builder()
            .add("TaskAttributes", "{\"name\":\"Zoë & co\"}")
            .add("Digits", "1")
            .add("Digits", "1")
            .add("Digits", "2")
            .addIfPresent("TaskCanceledReason", null)
            .build();
    assertThat(params.encoded())
        .isEqualTo("TaskAttributes=%7B%22name%22%3A%22Zo%C3%AB+%26+co%22%7D&Digits=1&Digits=2");
    assertThat(params.values("Digits")).containsExactly("1", "2");
    assertThat(params.names()).containsExactly("TaskAttributes", "Digits");
  }

  @Test
  void keyAndFormNeverPrintTheirSecrets() {
    SigningKey key = SigningKey.of("tok-9f8e7d");
    FormParams params = FormParams.builder().add("TaskAttributes", "{\"ssn\":\"123\"}").build();
    assertThat(key.toString()).doesNotContain("tok-9f8e7d");
    assertThat(params.toString()).contains("TaskAttributes").doesNotContain("ssn");
  }
}
