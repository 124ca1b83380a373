package io.taskrouter.sdk;

import java.nio.charset.StandardCharsets;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The pages one iteration has fetched, as 64-bit fingerprints of their URLs: a next page already
 * in the trail is a cycle (of any length), refused before it is requested. Immutable and shared by
 * the pages it led to, so that asking one page for its next page twice is not mistaken for a cycle;
 * it keeps 24 bytes per page, never the pages themselves.
 */
final class PageTrail {
  private final long fingerprint;
  private final @Nullable PageTrail previous;
  private final int length;

  private PageTrail(long fingerprint, @Nullable PageTrail previous) {
    this.fingerprint = fingerprint;
    this.previous = previous;
    this.length = previous == null ? 1 : previous.length + 1;
  }

  static PageTrail start(HttpUrl first) {
    return new PageTrail(fingerprint(first), null);
  }

  /** @return the trail with {@code next} added; throws when {@code next} was already fetched */
  PageTrail then(HttpUrl next) {
    long print = fingerprint(next);
    for (PageTrail seen = this; seen != null; seen = seen.previous) {
      if (seen.fingerprint == print) {
        throw new PagingException("the API's next_page_url after page " + length + " leads back to page "
            + seen.length + " (" + next.newBuilder().username("").password("").build()
            + "): following it would never end");
      }
    }
    return new PageTrail(print, this);
  }

  /** FNV-1a over the URL's canonical form: query parameters in the order sent. */
  private static long fingerprint(HttpUrl url) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : url.toString().getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
