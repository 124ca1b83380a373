package io.taskrouter.local.render;

import io.taskrouter.local.model.ResourcePaths;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Absolute URLs on this server: every {@code url} and {@code links} value is built here, from the
 * server's base URL and {@link ResourcePaths}, so the views only say which links a resource has.
 */
public final class Links {
  private final String baseUrl;

  public Links(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** The absolute URL of an API path on this server. */
  public String url(String path) {
    return baseUrl + path;
  }

  public String workspace(String workspaceSid) {
    return url(ResourcePaths.workspace(workspaceSid));
  }

  public String member(String workspaceSid, String segment, String sid) {
    return url(ResourcePaths.member(workspaceSid, segment, sid));
  }

  public @Nullable String activity(String workspaceSid, @Nullable String activitySid) {
    return activitySid == null ? null : member(workspaceSid, "Activities", activitySid);
  }

  /** A links object under construction: relative names to absolute URLs, absent ones left out. */
  public Builder links(String workspaceSid) {
    return new Builder().put("workspace", workspace(workspaceSid));
  }

  /** Ordered name to URL; a null URL is left out (links hold URLs only). */
  public final class Builder {
    private final Map<String, String> links = new LinkedHashMap<>();

    public Builder put(String name, @Nullable String absoluteUrl) {
      if (absoluteUrl != null) {
        links.put(name, absoluteUrl);
      }
      return this;
    }

    /** {@code name} to {@code base + suffix} for each pair of {@code namesAndSuffixes}. */
    public Builder under(String basePath, String... namesAndSuffixes) {
      for (int i = 0; i < namesAndSuffixes.length; i += 2) {
        links.put(namesAndSuffixes[i], url(basePath + namesAndSuffixes[i + 1]));
      }
      return this;
    }

    public Map<String, String> build() {
      return links;
    }
  }
}
