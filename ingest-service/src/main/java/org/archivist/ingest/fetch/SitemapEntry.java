package org.archivist.ingest.fetch;

import java.time.Instant;

/**
 * A page or a child sitemap named by a sitemap.
 *
 * @param url          an absolute http or https address
 * @param lastModified the entry's {@code <lastmod>} (for a Google News entry without one, its publication date);
 *                     null when the sitemap does not say
 */
public record SitemapEntry(String url, Instant lastModified) {
}
