package io.taskrouter.local.callback;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which hosts callbacks may go to. Loopback only by default: a local server that posts attributes
 * and signatures wherever a workflow points would be an open relay. The standalone server can allow
 * more by name, or everything with {@code *}.
 *
 * <p>Loopback is decided on the resolved addresses (all of them in 127.0.0.0/8 or ::1), never on
 * the name, so {@code localhost.example} or a name that points elsewhere is refused. Allowed names
 * match the URL's host exactly (case-insensitive). {@link #refusal} resolves names: call it on a
 * delivery thread. The HTTP client resolves the name again when it connects; a DNS answer that
 * changes in between (rebinding) is not defended against.
 */
public final class AllowedHosts {
  /** How names become addresses; replaceable so that tests need no DNS. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private static final String ANY = "*";
  private static final Resolver SYSTEM = InetAddress::getAllByName;

  private final boolean loopback;
  private final boolean any;
  private final Set<String> names;
  private final Resolver resolver;

  private AllowedHosts(boolean loopback, boolean any, Set<String> names, Resolver resolver) {
    this.loopback = loopback;
    this.any = any;
    this.names = names;
    this.resolver = resolver;
  }

  /** The default: loopback addresses only. */
  public static AllowedHosts loopback() {
    return new AllowedHosts(true, false, Set.of(), SYSTEM);
  }

  /** Loopback plus these hosts (names or IP literals; {@code *} allows every host). */
  public static AllowedHosts loopbackAnd(Collection<String> hosts) {
    Set<String> names = normalised(hosts);
    return new AllowedHosts(true, names.contains(ANY), names, SYSTEM);
  }

  /** Exactly these hosts, not even loopback (for a server whose callbacks must go elsewhere). */
  public static AllowedHosts only(Collection<String> hosts) {
    Set<String> names = normalised(hosts);
    return new AllowedHosts(false, names.contains(ANY), names, SYSTEM);
  }

  /** The same policy, resolving names with {@code resolver}. */
  public AllowedHosts withResolver(Resolver resolver) {
    return new AllowedHosts(loopback, any, names, resolver);
  }

  /**
   * Why a callback to this URL must not be sent, or empty when it may be. May resolve the host:
   * never call it on the engine thread.
   */
  public Optional<String> refusal(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("scheme '" + scheme + "' is not http or https");
    }
    if (url.getRawUserInfo() != null) {
      return Optional.of("credentials in callback URLs are not supported");
    }
    String host = host(url);
    if (host.isEmpty()) {
      return Optional.of("the URL has no host");
    }
    if (any || names.contains(host)) {
      return Optional.empty();
    }
    if (!loopback) {
      return Optional.of("host is not in the allowed list");
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      return Optional.of("host does not resolve");
    }
    if (addresses.length == 0) {
      return Optional.of("host does not resolve");
    }
    for (InetAddress address : addresses) {
      if (!address.isLoopbackAddress()) {
        return Optional.of(
            "host resolves to " + address.getHostAddress() + ", not loopback, and is not in the allowed list");
      }
    }
    return Optional.empty();
  }

  /** The URL's host, lower-case, IPv6 brackets removed; empty when there is none. */
  static String host(URI url) {
    String host = url.getHost();
    if (host == null) {
      return "";
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    return host.toLowerCase(Locale.ROOT);
  }

  private static Set<String> normalised(Collection<String> hosts) {
    Set<String> names = new LinkedHashSet<>();
    for (String raw : hosts) {
      String host = raw.strip().toLowerCase(Locale.ROOT);
      if (host.startsWith("[") && host.endsWith("]")) {
        host = host.substring(1, host.length() - 1);
      }
      if (host.isEmpty() || host.chars().anyMatch(c -> Character.isWhitespace(c) || "/?#@".indexOf(c) >= 0)) {
        throw new IllegalArgumentException(
            "allowed callback host must be a host name, an IP address or '*', was '" + raw + "'");
      }
      names.add(host);
    }
    return Set.copyOf(names);
  }

  @Override
  public String toString() {
    if (any) {
      return "AllowedHosts[*]";
    }
    String listed = names.stream().sorted().collect(Collectors.joining(", "));
    return "AllowedHosts[" + (loopback ? (listed.isEmpty() ? "loopback" : "loopback, " + listed) : listed) + "]";
  }

}
