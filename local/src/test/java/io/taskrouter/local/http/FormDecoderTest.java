package io.taskrouter.local.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormDecoderTest {

  @Test
  void decodesPairsInOrderAndCollectsRepeatedNames() throws Exception {
    Map<String, List<String>> form = FormDecoder.decode(
        "FriendlyName=Jamie+R&Attributes=%7B%22a%22%3A1%7D&AssignmentStatus=pending&AssignmentStatus=reserved&Empty=");
    assertThat(form.keySet()).containsExactly("FriendlyName", "Attributes", "AssignmentStatus", "Empty");
    assertThat(form.get("FriendlyName")).containsExactly("Jamie R");
    assertThat(form.get("Attributes")).containsExactly("{\"a\":1}");
    assertThat(form.get("AssignmentStatus")).containsExactly("pending", "reserved");
    assertThat(form.get("Empty")).containsExactly("");
  }

  @Test
  void toleratesEmptyInputAndStrayAmpersands() throws Exception {
    assertThat(FormDecoder.decode("")).isEmpty();
    assertThat(FormDecoder.decode("&&A=1&").get("A")).containsExactly("1");
    assertThat(FormDecoder.decode("Flag").get("Flag")).containsExactly("");
  }

  @Test
  void refusesBrokenEscapesNamelessPairsAndNonUtf8() {
    assertThatThrownBy(() -> FormDecoder.decode("A=%zz")).isInstanceOf(FormDecoder.MalformedFormException.class);
    assertThatThrownBy(() -> FormDecoder.decode("A=%4")).isInstanceOf(FormDecoder.MalformedFormException.class);
    assertThatThrownBy(() -> FormDecoder.decode("=1")).isInstanceOf(FormDecoder.MalformedFormException.class);
    assertThatThrownBy(() -> FormDecoder.decode(new byte[] {'A', '=', (byte) 0xFF}))
        .isInstanceOf(FormDecoder.MalformedFormException.class);
    assertThat(catchDecode("A=%C3%A9".getBytes(StandardCharsets.US_ASCII))).containsExactly("é");
  }

  private static List<String> catchDecode(byte[] bytes) {
    try {
      return FormDecoder.decode(bytes).get("A");
    } catch (FormDecoder.MalformedFormException e) {
      throw new AssertionError(e);
    }
  }
}
