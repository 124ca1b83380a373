package io.taskrouter.sdk.webhook;

import io.taskrouter.sdk.internal.Checks;
import io.taskrouter.sdk.internal.Shown;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Checks the {@code X-Twilio-Signature} header of a webhook (assignment callbacks, event
 * callbacks): the HMAC-SHA1, keyed with the account's auth token, of the full URL the service
 * called followed by the POST parameters. Immutable and thread-safe.
 *
 * <pre>{@code
 * WebhookValidator validator = WebhookValidator.forAuthToken(authToken);
 * boolean genuine = validator.isValid(url, FormParameters.parse(body), signatureHeader);
 * }</pre>
 *
 * <p>The URL must be the one the service called, query string included. Behind a proxy that
 * terminates TLS or rewrites the host, the app sees another URL: give the public one with
 * {@link #withPublicUrl(String)}. Like the official validators, the URL is accepted with and
 * without its port (the service sometimes signs one form, sometimes the other), so
 * {@code https://example.com/cb} and {@code https://example.com:443/cb} both validate.
 */
public final class WebhookValidator {
  /** The header carrying the signature. */
  public static final String SIGNATURE_HEADER = "X-Twilio-Signature";
  /** The query parameter carrying the SHA-256 (hex) of a JSON body. */
  public static final String BODY_SHA256_PARAMETER = "bodySHA256";

  private static final String HMAC_SHA1 = "HmacSHA1";

  private final SecretKeySpec key;
  private final @Nullable String publicUrl;

  private WebhookValidator(SecretKeySpec key, @Nullable String publicUrl) {
    this.key = key;
    this.publicUrl = publicUrl;
  }

  /**
   * @param authToken the auth token of the account the webhooks are for
   * @return a validator
   * @throws IllegalArgumentException when the token is null or blank
   */
  public static WebhookValidator forAuthToken(String authToken) {
    Checks.notBlank("authToken", authToken);
    return new WebhookValidator(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), HMAC_SHA1), null);
  }

  /**
   * For an app behind a proxy: validate against the public URL the service was configured with,
   * not the one the app sees. The path and query of each request URL are put after this base;
   * a request URL may then also be given as a path alone ({@code /assignment?x=1}).
   *
   * @param publicBaseUrl the public scheme, host, port if any, and path prefix if the proxy
   *     strips one, e.g. {@code https://hooks.example.com} or {@code https://example.com/app}
   * @return a copy using that base
   * @throws IllegalArgumentException when it is not an absolute http(s) URL without query
   */
  public WebhookValidator withPublicUrl(String publicBaseUrl) {
    Checks.notBlank("publicBaseUrl", publicBaseUrl);
    SignedUrl parsed = SignedUrl.parse("publicBaseUrl", publicBaseUrl);
    if (parsed.hasQueryOrFragment()) {
      throw new IllegalArgumentException("publicBaseUrl must be a base URL without query or fragment, got "
          + SignedUrl.shown(publicBaseUrl));
    }
    String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    return new WebhookValidator(key, base);
  }

  /**
   * Checks a form-encoded webhook (what TaskRouter sends).
   *
   * @param url the URL the service called, query string included (or its path alone, after
   *     {@link #withPublicUrl(String)})
   * @param params the POST parameters, all of them, repeated names included
   * @param signature the {@code X-Twilio-Signature} header; null when the request has none
   * @return whether the signature is the service's; false when it is missing
   * @throws IllegalArgumentException when the URL is not an absolute http(s) URL
   */
  public boolean isValid(String url, FormParameters params, @Nullable String signature) {
    Checks.required("params", params);
    String full = resolve(url);
    if (signature == null || signature.isEmpty()) {
      return false;
    }
    return matchesAnyForm(full, params, signature);
  }

  /**
   * Checks a form-encoded webhook whose parameters a framework already decoded.
   *
   * @param url see {@link #isValid(String, FormParameters, String)}
   * @param params e.g. a servlet's {@code getParameterMap()}: see {@link FormParameters#of(Map)}
   * @param signature the {@code X-Twilio-Signature} header, or null
   * @return whether the signature is the service's
   */
  public boolean isValid(String url, Map<String, ?> params, @Nullable String signature) {
    return isValid(url, FormParameters.of(params), signature);
  }

  /**
   * Checks a JSON-bodied webhook: its URL carries {@code bodySHA256}, the hex SHA-256 of the
   * body, and the signature covers the URL alone. Both must hold.
   *
   * @param url the URL the service called, {@code bodySHA256} included
   * @param body the raw body, exactly as received
   * @param signature the {@code X-Twilio-Signature} header, or null
   * @return whether the signature is the service's and the body is the one it signed; false
   *     when the URL has no {@code bodySHA256}
   */
  public boolean isValidJson(String url, byte[] body, @Nullable String signature) {
    Checks.required("body", body);
    String full = resolve(url);
    String expectedHash = SignedUrl.parse("url", full).queryParameter(BODY_SHA256_PARAMETER);
    if (signature == null || signature.isEmpty() || expectedHash == null) {
      return false;
    }
    boolean bodyMatches = MessageDigest.isEqual(ascii(sha256Hex(body)),
        ascii(expectedHash.toLowerCase(Locale.ROOT)));
    boolean signatureMatches = matchesAnyForm(full, FormParameters.empty(), signature);
    return bodyMatches & signatureMatches;
  }

  /**
   * @param url see {@link #isValidJson(String, byte[], String)}
   * @param body the body as text (encoded as UTF-8 to be hashed)
   * @param signature the {@code X-Twilio-Signature} header, or null
   * @return whether the signature is the service's and the body is the one it signed
   */
  public boolean isValidJson(String url, String body, @Nullable String signature) {
    Checks.required("body", body);
    return isValidJson(url, body.getBytes(StandardCharsets.UTF_8), signature);
  }

  /**
   * The signature the service puts on a request to this exact URL (no port variant tried):
   * what a test, or a server sending webhooks, signs with.
   *
   * @param url the full URL, query string included
   * @param params the POST parameters
   * @return the Base64 HMAC-SHA1
   */
  public String signatureOf(String url, FormParameters params) {
    Checks.required("params", params);
    return Base64.getEncoder().encodeToString(hmac(resolve(url), params));
  }

  // Every URL form is computed and compared, whatever matched first, so that timing does not
  // tell which form (or none) was right.
  private boolean matchesAnyForm(String url, FormParameters params, String signature) {
    byte[] given = ascii(signature);
    boolean any = false;
    for (String form : SignedUrl.parse("url", url).portForms()) {
      any |= MessageDigest.isEqual(ascii(Base64.getEncoder().encodeToString(hmac(form, params))), given);
    }
    return any;
  }

  private byte[] hmac(String url, FormParameters params) {
    StringBuilder data = new StringBuilder(url);
    // Names in order; a repeated name's values each once, in order: what the official validators do.
    for (String name : new TreeSet<>(params.names())) {
      for (String value : new TreeSet<>(params.all(name))) {
        data.append(name).append(value);
      }
    }
    try {
      Mac mac = Mac.getInstance(HMAC_SHA1);
      mac.init(key);
      return mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is not available on this runtime", e);
    }
  }

  private String resolve(String url) {
    Checks.notBlank("url", url);
    if (publicUrl == null) {
      SignedUrl.parse("url", url);
      return url;
    }
    String pathAndQuery = url.startsWith("/") ? url : SignedUrl.parse("url", url).pathAndQuery();
    return publicUrl + pathAndQuery;
  }

  private static String sha256Hex(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      StringBuilder hex = new StringBuilder(digest.length * 2);
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available on this runtime", e);
    }
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The token never shows. */
  @Override
  public String toString() {
    return "WebhookValidator{authToken=****" + (publicUrl == null ? "" : ", publicUrl=" + Checks.maskUserInfo(publicUrl))
        + "}";
  }

  /** A URL split textually, so that the forms tried keep its exact escaping (no re-encoding). */
  static final class SignedUrl {
    final String scheme;
    final String userInfo;
    final String host;
    final @Nullable String port;
    final String rest;

    private SignedUrl(String scheme, String userInfo, String host, @Nullable String port, String rest) {
      this.scheme = scheme;
      this.userInfo = userInfo;
      this.host = host;
      this.port = port;
      this.rest = rest;
    }

    static SignedUrl parse(String name, String url) {
      int colon = url.indexOf("://");
      String scheme = colon < 0 ? "" : url.substring(0, colon).toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new IllegalArgumentException(name + " must be an absolute http or https URL, got " + shown(url));
      }
      int authorityStart = colon + 3;
      int authorityEnd = authorityStart;
      while (authorityEnd < url.length() && "/?#".indexOf(url.charAt(authorityEnd)) < 0) {
        authorityEnd++;
      }
      String authority = url.substring(authorityStart, authorityEnd);
      int at = authority.lastIndexOf('@');
      String userInfo = at < 0 ? "" : authority.substring(0, at + 1);
      String hostPort = authority.substring(at + 1);
      int portColon = hostPort.lastIndexOf(':');
      boolean hasPort = portColon > hostPort.lastIndexOf(']');
      String host = hasPort ? hostPort.substring(0, portColon) : hostPort;
      if (host.isEmpty()) {
        throw new IllegalArgumentException(name + " must name a host, got " + shown(url));
      }
      String port = hasPort ? hostPort.substring(portColon + 1) : null;
      return new SignedUrl(url.substring(0, colon), userInfo, host, port, url.substring(authorityEnd));
    }

    boolean hasQueryOrFragment() {
      return rest.indexOf('?') >= 0 || rest.indexOf('#') >= 0;
    }

    String pathAndQuery() {
      return rest;
    }

    /** The URL with its port (the default one added when it has none) and without any port. */
    List<String> portForms() {
      String defaultPort = scheme.equalsIgnoreCase("https") ? "443" : "80";
      List<String> forms = new ArrayList<>(2);
      forms.add(build(port == null ? defaultPort : port));
      forms.add(build(null));
      return forms;
    }

    private String build(@Nullable String withPort) {
      return scheme + "://" + userInfo + host + (withPort == null ? "" : ":" + withPort) + rest;
    }

    @Nullable String queryParameter(String wanted) {
      int question = rest.indexOf('?');
      if (question < 0) {
        return null;
      }
      int hash = rest.indexOf('#', question);
      String query = rest.substring(question + 1, hash < 0 ? rest.length() : hash);
      try {
        return FormParameters.parse(query).first(wanted);
      } catch (IllegalArgumentException malformed) {
        return null;
      }
    }

    static String shown(String url) {
      return Shown.text(java.util.Objects.requireNonNull(Checks.maskUserInfo(url)));
    }
  }
}
