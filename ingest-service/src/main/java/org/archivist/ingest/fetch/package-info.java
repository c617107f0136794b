/**
 * Fetching content from where it lives (URLs, feeds, sitemaps) without becoming a way into the operator's network:
 * {@link org.archivist.ingest.fetch.AddressPolicy} decides which addresses a fetch may connect to;
 * {@link org.archivist.ingest.fetch.FeedReader} and {@link org.archivist.ingest.fetch.SitemapReader} turn fetched
 * feeds and sitemaps into the page addresses to fetch next; neither expands an XML external entity.
 */
package org.archivist.ingest.fetch;
