package io.taskrouter.local.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AllowedHostsTest {
  /** A DNS of the test's own: names map to fixed addresses, literals parse without lookup. */
  private static final AllowedHosts.Resolver DNS =
      host -> {
        Map<String, String> names =
            Map.of(
                "localhost", "127.0.0.1",
                "localhost.example", "203.0.113.5",
                "loopback.example", "127.0.0.9",
                "callbacks.example", "198.51.100.7");
        if (names.containsKey(host)) {
          return new InetAddress[] {InetAddress.getByName(names.get(host))};
        }
        if (host.equals("split.example")) {
          return new InetAddress[] {InetAddress.getByName("127.0.0.1"), InetAddress.getByName("198.51.100.8")};
        }
        if (Character.isDigit(host.charAt(0)) || host.contains(":")) {
          return new InetAddress[] {InetAddress.getByName(host)};
        }
        throw new UnknownHostException(host);
      };

  private static final AllowedHosts LOOPBACK = AllowedHosts.loopback().withResolver(DNS);
  private static final AllowedHosts PLUS_NAME = AllowedHosts.loopbackAnd(List.of("Callbacks.Example")).withResolver(DNS);
  private static final AllowedHosts ONLY_NAME = AllowedHosts.only(List.of("callbacks.example")).withResolver(DNS);
  private static final AllowedHosts ANYWHERE = AllowedHosts.loopbackAnd(List.of("*")).withResolver(DNS);

  static Stream<Arguments> cases() {
    return Stream.of(
        // policy, URL, refusal fragment (null = allowed)
        Arguments.of(LOOPBACK, "http://127.0.0.1:8080/cb", null),
        Arguments.of(LOOPBACK, "http://127.3.2.1/cb", null),
        Arguments.of(LOOPBACK, "http://[::1]:9000/cb", null),
        Arguments.of(LOOPBACK, "https://localhost/cb?x=1", null),
        Arguments.of(LOOPBACK, "http://loopback.example/cb", null),
        Arguments.of(LOOPBACK, "http://localhost.example/cb", "resolves to 203.0.113.5"),
        Arguments.of(LOOPBACK, "http://split.example/cb", "resolves to 198.51.100.8"),
        Arguments.of(LOOPBACK, "http://10.0.0.1/cb", "resolves to 10.0.0.1"),
        Arguments.of(LOOPBACK, "http://callbacks.example/cb", "not loopback"),
        Arguments.of(LOOPBACK, "http://nowhere.invalid/cb", "does not resolve"),
        Arguments.of(LOOPBACK, "ftp://127.0.0.1/cb", "scheme 'ftp'"),
        Arguments.of(LOOPBACK, "file:///etc/passwd", "scheme 'file'"),
        Arguments.of(LOOPBACK, "/relative/cb", "scheme ''"),
        Arguments.of(LOOPBACK, "http://user:pw@127.0.0.1/cb", "credentials"),
        Arguments.of(PLUS_NAME, "https://callbacks.example/cb", null),
        Arguments.of(PLUS_NAME, "http://127.0.0.1/cb", null),
        Arguments.of(PLUS_NAME, "http://other.example/cb", "does not resolve"),
        Arguments.of(ONLY_NAME, "https://CALLBACKS.example/cb", null),
        Arguments.of(ONLY_NAME, "http://127.0.0.1/cb", "not in the allowed list"),
        Arguments.of(ANYWHERE, "https://198.51.100.200/cb", null),
        Arguments.of(ANYWHERE, "gopher://198.51.100.200/cb", "scheme 'gopher'"));
  }

  @ParameterizedTest(name = "{1} -> {2}")
  @MethodSource("cases")
  void decidesByResolvedAddressOrListedName(AllowedHosts policy, String url, String refusal) {
    if (refusal == null) {
      assertThat(policy.refusal(URI.create(url))).isEmpty();
    } else {
      assertThat(policy.refusal(URI.create(url))).hasValueSatisfying(r -> assertThat(r).contains(refusal));
    }
  }

  @Test
  void refusesAMalformedListEntryNamingIt() {
    assertThatThrownBy(() -> AllowedHosts.loopbackAnd(List.of("ok.example", "bad host")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'bad host'");
  }
}
