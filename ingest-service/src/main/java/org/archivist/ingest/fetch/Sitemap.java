package org.archivist.ingest.fetch;

import java.util.List;

/**
 * What a sitemap lists, as {@link SitemapReader} gives it: pages, or (in a sitemap index) further sitemaps to fetch.
 * Either way every address is an absolute http or https URL, in the order the sitemap gives them.
 */
public sealed interface Sitemap {

    /** A sitemap of pages ({@code <urlset>}, or a plain-text list of URLs). */
    record Urls(List<SitemapEntry> entries) implements Sitemap {

        public Urls {
            entries = List.copyOf(entries);
        }
    }

    /** A sitemap index ({@code <sitemapindex>}): the sitemaps it names, each to be fetched and read in turn. */
    record Index(List<SitemapEntry> sitemaps) implements Sitemap {

        public Index {
            sitemaps = List.copyOf(sitemaps);
        }
    }
}
