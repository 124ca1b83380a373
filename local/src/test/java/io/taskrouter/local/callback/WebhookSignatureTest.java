package io.taskrouter.local.callback;

import static org.assertj.core.api.Assertions.assertThat;

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
