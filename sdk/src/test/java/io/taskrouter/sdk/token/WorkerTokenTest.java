package io.taskrouter.sdk.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The token is decoded and checked here without the class's help: the format (header with
 * {@code cty: twilio-fpa;v=1}, {@code jti}/{@code iss}/{@code sub}/{@code exp} claims, a
 * {@code grants} object holding {@code identity} and {@code task_router}) is the one of the
 * service's Access Token documentation (https://www.twilio.com/docs/iam/access-tokens, whose
 * example token starts with the very header segment this class writes) and the official helper
 * libraries' {@code AccessToken} (twilio-python {@code twilio/jwt/access_token}, twilio-java
 * {@code com/twilio/jwt/accesstoken}).
 */
class WorkerTokenTest {
  private static final String AC = "AC0123456789abcdef0123456789abcdef";
  private static final String SK = "SK0123456789abcdef0123456789abcdef";
  private static final String SECRET = "the-api-key-secret";
  private static final String WS = "WS0123456789abcdef0123456789abcdef";
  private static final String WK = "WK0123456789abcdef0123456789abcdef";
  private static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");
  /** The header segment of the example token in the Access Token documentation. */
  private static final String PUBLISHED_HEADER = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiIsImN0eSI6InR3aWxpby1mcGE7dj0xIn0";
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private static Map<String, Object> json(String base64url) {
    String text = new String(Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8);
    try {
      return new Moshi.Builder().build().<Map<String, Object>>adapter(
          Types.newParameterizedType(Map.class, String.class, Object.class)).fromJson(text);
    } catch (java.io.IOException e) {
      throw new AssertionError(text, e);
    }
  }

  private static String hs256(String secret, String input) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theTokenIsAnHs256JwtWithTheTaskRouterGrant() throws Exception {
    String jwt = WorkerToken.builder(AC, SK, SECRET).workspaceSid(WS).ttl(Duration.ofMinutes(30)).clock(CLOCK)
        .build().mint(WK, "jamie@example.com");

    String[] parts = jwt.split("\\.", -1);
    assertThat(parts).hasSize(3);
    assertThat(jwt).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    assertThat(parts[2]).isEqualTo(hs256(SECRET, parts[0] + "." + parts[1]));
    assertThat(parts[0]).isEqualTo(PUBLISHED_HEADER);
    assertThat(json(parts[0])).containsExactly(
        Map.entry("typ", "JWT"), Map.entry("alg", "HS256"), Map.entry("cty", "twilio-fpa;v=1"));
    long now = NOW.getEpochSecond();
    assertThat(json(parts[1])).containsExactly(
        Map.entry("jti", SK + "-" + now),
        Map.entry("iss", SK),
        Map.entry("sub", AC),
        Map.entry("iat", (double) now),
        Map.entry("nbf", (double) now),
        Map.entry("exp", (double) (now + 1800)),
        Map.entry("grants", Map.of(
            "identity", "jamie@example.com",
            "task_router", Map.of("workspace_sid", WS, "worker_sid", WK, "role", "worker"))));
  }

  @Test
  void anotherSecretDoesNotVerifyIt() throws Exception {
    String[] parts = WorkerToken.builder(AC, SK, SECRET).workspaceSid(WS).clock(CLOCK).build()
        .mint(WK, "jamie").split("\\.");

    assertThat(parts[2]).isNotEqualTo(hs256(SECRET + "x", parts[0] + "." + parts[1]));
  }

  @Test
  void defaultsAreOneHourAndTheWorkerRole() {
    String jwt = WorkerToken.builder(AC, SK, SECRET).workspaceSid(WS).clock(CLOCK).build().mint(WK, "jamie");
    Map<String, Object> claims = json(jwt.split("\\.")[1]);

    assertThat(claims.get("exp")).isEqualTo((double) NOW.plus(WorkerToken.DEFAULT_TTL).getEpochSecond());
    assertThat(((Map<?, ?>) ((Map<?, ?>) claims.get("grants")).get("task_router")).get("role")).isEqualTo("worker");
  }

  @Test
  void theLongestTtlTheServiceAcceptsIsAccepted() {
    String jwt = WorkerToken.builder(AC, SK, SECRET).workspaceSid(WS).role("supervisor").ttl(WorkerToken.MAX_TTL)
        .clock(CLOCK).build().mint(WK, "jamie");
    Map<String, Object> claims = json(jwt.split("\\.")[1]);

    assertThat(claims.get("exp")).isEqualTo((double) (NOW.getEpochSecond() + 86_400));
    assertThat(((Map<?, ?>) ((Map<?, ?>) claims.get("grants")).get("task_router")).get("role")).isEqualTo("supervisor");
  }

  static Stream<Arguments> badInput() {
    WorkerToken.Builder ok = WorkerToken.builder(AC, SK, SECRET);
    WorkerToken minter = WorkerToken.builder(AC, SK, SECRET).workspaceSid(WS).build();
    String ttlBounds = "ttl must be a whole number of seconds between 1 and 86400 (24 hours, the service's limit), got ";
    return Stream.of(
        Arguments.of((Runnable) () -> WorkerToken.builder(SK, SK, SECRET),
            "accountSid must be an account SID (\"AC\" and 32 hex digits), got an API key SID: \"" + SK + "\""),
        Arguments.of((Runnable) () -> WorkerToken.builder(AC, AC, SECRET),
            "apiKeySid must be an API key SID (\"SK\" and 32 hex digits), got an account SID: \"" + AC + "\""),
        Arguments.of((Runnable) () -> WorkerToken.builder(null, SK, SECRET), "accountSid is required, got null"),
        Arguments.of((Runnable) () -> WorkerToken.builder(AC, SK, " "), "apiKeySecret must not be blank, got \" \""),
        Arguments.of((Runnable) () -> ok.workspaceSid("WS123"),
            "workspaceSid must be a workspace SID (\"WS\" and 32 hex digits), got 5 characters: \"WS123\""),
        Arguments.of((Runnable) () -> ok.role(""), "role must not be blank, got \"\""),
        Arguments.of((Runnable) () -> ok.ttl(Duration.ofSeconds(86_401)), ttlBounds + "86401 seconds"),
        Arguments.of((Runnable) () -> ok.ttl(Duration.ZERO), ttlBounds + "0 seconds"),
        Arguments.of((Runnable) () -> ok.ttl(Duration.ofSeconds(-60)), ttlBounds + "-60 seconds"),
        Arguments.of((Runnable) () -> ok.ttl(Duration.ofMillis(1500)), ttlBounds + "PT1.5S"),
        Arguments.of((Runnable) () -> minter.mint("WS0123456789abcdef0123456789abcdef", "jamie"),
            "workerSid must be a worker SID (\"WK\" and 32 hex digits), got a workspace SID: \"WS0123456789abcdef0123456789abcdef\""),
        Arguments.of((Runnable) () -> minter.mint(WK, "  "), "identity must not be blank, got \"  \""));
  }

  @ParameterizedTest
  @MethodSource("badInput")
  void badInputIsRefusedNamingTheParameter(Runnable call, String message) {
    assertThatThrownBy(call::run).isInstanceOf(IllegalArgumentException.class).hasMessage(message)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
  }

  @Test
  void aWorkspaceIsRequiredBeforeBuilding() {
    assertThatThrownBy(() -> WorkerToken.builder(AC, SK, SECRET).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("workspaceSid is required: call workspaceSid(\"WS...\") before build()");
  }

  @Test
  void theSecretNeverShows() {
    WorkerToken.Builder builder = WorkerToken.builder(AC, SK, SECRET).workspaceSid(WS);

    assertThat(List.of(builder.toString(), builder.build().toString(), builder.build().mint(WK, "jamie")))
        .allSatisfy(text -> assertThat(text).doesNotContain(SECRET));
    assertThat(builder.build().toString()).contains(SK).contains("apiKeySecret=****");
  }
}
